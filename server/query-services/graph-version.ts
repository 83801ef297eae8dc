// A cheap "has the graph changed?" signal (the graph's version node, which every committed write raises) and a cache that rebuilds its value when it has.
import type { GraphStore } from '../../core/graph-store.ts';

const CHECK_EVERY_MS = 1000; // the store is asked at most once a second; a change shows within that time

/**
 * Why a version node: counts miss an edit that keeps them equal (a renamed entity, a new alias), and the name index
 * would serve the old name until the next count change. Both stores raise `(:GraphMeta {id: 'graph'}).version` in
 * every committed write, whichever process makes it (another server, `npm run load`), so reading that one node (an
 * indexed lookup) tells whether anything changed. Writes made through this app also call invalidate(), so they show
 * at once rather than within checkEveryMs.
 */
export class GraphVersion {
  private value: string | null = null;
  private checkedAt = 0;
  private pending: Promise<string> | null = null;

  constructor(
    private readonly store: GraphStore,
    private readonly checkEveryMs = CHECK_EVERY_MS,
  ) {}

  /** The graph version as a string, refreshed when older than checkEveryMs. */
  async current(): Promise<string> {
    if (this.value !== null && performance.now() - this.checkedAt < this.checkEveryMs) return this.value;
    this.pending ??= this.store
      .version()
      .then((v) => {
        this.value = String(v);
        this.checkedAt = performance.now();
        return this.value;
      })
      .finally(() => {
        this.pending = null;
      });
    return this.pending;
  }

  /** Forget the last answer, so the next call asks the store (after a write through the API). */
  invalidate(): void {
    this.value = null;
  }
}

/** A value computed from the graph, rebuilt (once, shared by concurrent callers) when the graph's version changes. */
export class VersionedCache<T> {
  private value: { version: string; data: T } | null = null;
  private building: { version: string; promise: Promise<T> } | null = null;

  constructor(
    private readonly version: GraphVersion,
    private readonly build: () => Promise<T>,
  ) {}

  async get(): Promise<T> {
    const v = await this.version.current();
    if (this.value?.version === v) return this.value.data;
    if (this.building?.version === v) return this.building.promise;
    const promise = this.build().then(
      (data) => {
        this.value = { version: v, data };
        if (this.building?.promise === promise) this.building = null;
        return data;
      },
      (e: unknown) => {
        if (this.building?.promise === promise) this.building = null;
        throw e;
      },
    );
    this.building = { version: v, promise };
    return promise;
  }
}
