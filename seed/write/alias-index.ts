// Stored entities by normalized alias, held for one load: a document's new names are looked up here instead of scanning every entity.
import type { GraphStore } from '../../core/graph-store.ts';
import { normalizeName } from './name-key.ts';

/**
 * The store has no index over list elements, so matching a name against every entity's aliases scans all entities
 * for each document (30 ms at 20,000 entities). This index is read from the store once, when a document first has
 * a name the store does not know by id, and kept current from what each committed write stored. It only proposes
 * candidates: resolveEntities reads them by id and checks them, so an entity deleted since is simply not found.
 * It knows the graph version it reflects: when another writer (another load, a server, a correction) commits in
 * between, the version moves past it and the index is read again, so it never hides an entity another process wrote.
 */
export class EntityAliasIndex {
  private byName: Map<string, Set<string>> | null = null;
  /** The graph version the contents reflect (null: nothing held). */
  private version: number | null = null;
  /** The version the current document was read at (see at()). */
  private reading: number | null = null;

  /** A document is being read at graph version v: what was held for another version is dropped. */
  at(v: number): void {
    this.reading = v;
    if (this.version !== v) {
      this.byName = null;
      this.version = null;
    }
  }

  /** Ids of entities with an alias whose normalized form is one of these names (normalizeName output). */
  async lookup(store: GraphStore, names: string[]): Promise<string[]> {
    if (!this.byName) {
      const byName = new Map<string, Set<string>>();
      const r = await store.run('MATCH (e:Entity) RETURN e.id AS id, e.aliases AS aliases');
      this.byName = byName;
      this.version = this.reading;
      for (const row of r.rows) this.add(String(row.id), Array.isArray(row.aliases) ? row.aliases.map(String) : []);
    }
    const ids = new Set<string>();
    for (const n of names) for (const id of this.byName.get(n) ?? []) ids.add(id);
    return [...ids].sort();
  }

  /**
   * What a committed write stored, and the version it left (the index follows it only from the version before).
   * Before the first lookup there is nothing to keep current: the store has it.
   */
  record(entities: { id: string; aliases: string[] }[], newVersion?: number): void {
    if (!this.byName) return;
    if (newVersion !== undefined) {
      if (this.version !== newVersion - 1) {
        this.byName = null;
        this.version = null;
        return;
      }
      this.version = newVersion;
    }
    for (const e of entities) this.add(e.id, e.aliases);
  }

  private add(id: string, aliases: string[]): void {
    const byName = this.byName!;
    for (const a of aliases) {
      const key = normalizeName(a);
      const ids = byName.get(key) ?? byName.set(key, new Set()).get(key)!;
      ids.add(id);
    }
  }
}
