// Entity search: the name index, rebuilt when the graph changes, answers; results carry how they matched.
import type { GraphNode, GraphStore } from '../../core/graph-store.ts';
import { VersionedCache, type GraphVersion } from './graph-version.ts';
import { NameIndex, toIndexedEntity } from './name-index.ts';
import type { SearchResponse } from '../../core/wire.ts';

/**
 * The one search path of the app, on both stores; the store contract has no search of its own. (A store's text
 * index matches whole words and a Cypher scan of names misses typos like "lutnik" and costs tens of ms at 100k
 * entities; the name index finds what they find and more.)
 */
export class EntitySearch {
  private readonly index: VersionedCache<NameIndex>;

  constructor(store: GraphStore, version: GraphVersion) {
    this.index = new VersionedCache(version, async () => {
      const r = await store.run('MATCH (e:Entity) RETURN e');
      return new NameIndex(r.rows.map((row) => toIndexedEntity(row.e as GraphNode)));
    });
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
