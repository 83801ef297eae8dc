// Entity search: the name index, kept current with the graph by reading only what changed, answers; results carry how they matched.
import { ENTITY_CHANGES, type GraphNode, type GraphStore } from '../../core/graph-store.ts';
import { VersionedCache, type GraphVersion } from './graph-version.ts';
import { NameIndex, toIndexedEntity, type IndexedEntity } from './name-index.ts';
import type { SearchResponse } from '../../core/wire.ts';

/**
 * The one search path of the app, on both stores; the store contract has no search of its own. (A store's text
 * index matches whole words and a Cypher scan of names misses typos like "lutnik" and costs tens of ms at 100k
 * entities; the name index finds what they find and more.)
 *
 * Built incrementally: every entity is read once, when the first search comes; after a write, only the entities it
 * stamped (ENTITY_CHANGES: `graphVersion` above the version the index holds, an index range seek) are read again.
 * A write that may have deleted entities (a replaced document's orphans, a merge, not-an-entity) makes the next
 * refresh read them all again, since a deleted node leaves no stamp.
 */
export class EntitySearch {
  private readonly index: VersionedCache<NameIndex>;
  private readonly entities = new Map<string, IndexedEntity>();
  /** The graph version the entities reflect; -1 before the first read. */
  private at = -1;
  /** Refreshes run one after another (they share the entities and `at`). */
  private queue: Promise<unknown> = Promise.resolve();

  constructor(
    private readonly store: GraphStore,
    version: GraphVersion,
  ) {
    this.index = new VersionedCache(version, () => {
      const next = this.queue.then(
        () => this.refresh(),
        () => this.refresh(),
      );
      this.queue = next.catch(() => undefined);
      return next;
    });
  }

  private async refresh(): Promise<NameIndex> {
    const state = await this.store.versionState();
    const put = (rows: Record<string, unknown>[]) => {
      for (const row of rows) {
        const node = row.e as GraphNode;
        this.entities.set(node.id ?? node.elementId, toIndexedEntity(node));
      }
    };
    if (this.at < 0 || state.entitiesDeletedAt > this.at) {
      this.entities.clear();
      put((await this.store.run('MATCH (e:Entity) RETURN e')).rows);
    } else if (state.version > this.at) {
      put((await this.store.run(ENTITY_CHANGES.since, { since: this.at })).rows);
    }
    this.at = state.version;
    return new NameIndex([...this.entities.values()]);
  }

  async search(q: string, options: { limit: number; types?: string[] }): Promise<SearchResponse> {
    const index = await this.index.get();
    return {
      query: q,
      results: index.search(q, options).map((h) => ({
        node: h.entity.node,
        score: h.rank.score,
        match: { kind: h.rank.kind, field: h.rank.field, text: h.rank.matched },
      })),
    };
  }
}
