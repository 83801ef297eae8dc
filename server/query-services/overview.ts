// The explorer's own views as typed queries: the first screen (the most connected actors and the typed links among
// them) and a canvas restored from a link (the nodes named in the URL and the relationships between them).
import type { GraphStore } from '../../core/graph-store.ts';
import { extractGraph } from './extract-graph.ts';
import { type GraphVersion, VersionedCache } from './graph-version.ts';
import type { OverviewResponse, SubgraphResponse } from '../../core/wire.ts';

/** Relationships that are not facts between two actors: talk (statement links) and co-mention (document links). */
const NOT_TYPED_LINKS = ['SAID', 'ABOUT', 'VIA', 'MENTIONED_IN', 'REPORTED_IN'];

/**
 * The most connected entities (by relationships of any kind), and the typed relationships among them, at most
 * `links` of them (the best supported first), so the first screen shows a graph and not an empty canvas.
 */
export async function overview(
  store: GraphStore,
  o: { limit: number; links: number; timeoutMs: number },
): Promise<OverviewResponse> {
  const top = await store.run(
    `MATCH (e:Entity)
     WITH e, COUNT { (e)--() } AS degree
     RETURN e, e.id AS id, e.name AS name, e.type AS type, degree
     ORDER BY degree DESC, id LIMIT $limit`,
    { limit: o.limit },
    { timeoutMs: o.timeoutMs },
  );
  const ids = top.rows.map((r) => String(r.id));
  const links = await store.run(
    `MATCH (a:Entity)-[r]->(b:Entity)
     WHERE a.id IN $ids AND b.id IN $ids AND NOT type(r) IN $skip
     RETURN r, coalesce(r.support, 1) AS support
     ORDER BY support DESC LIMIT $links`,
    { ids, skip: NOT_TYPED_LINKS, links: o.links },
    { timeoutMs: o.timeoutMs },
  );
  const g = extractGraph([...top.rows.map((r) => r.e), ...links.rows.map((r) => r.r)], o.limit);
  return {
    actors: top.rows.map((r) => ({
      id: String(r.id),
      name: String(r.name ?? r.id),
      type: String(r.type ?? ''),
      degree: Number(r.degree ?? 0),
    })),
    graph: { nodes: g.nodes, edges: g.edges },
  };
}

/** Distinct first screens kept (one per `limit`/`links` pair asked for); the oldest is dropped past this. */
const KEPT_SCREENS = 16;

/**
 * The first screen, computed once per graph version: ranking by degree reads every entity, so a request served from
 * here sends no ranking query until a write moves the version node (then the next request ranks again, once, shared
 * by concurrent callers).
 */
export class OverviewCache {
  private readonly screens = new Map<string, VersionedCache<OverviewResponse>>();

  constructor(
    private readonly store: GraphStore,
    private readonly version: GraphVersion,
  ) {}

  get(o: { limit: number; links: number; timeoutMs: number }): Promise<OverviewResponse> {
    const key = `${o.limit}/${o.links}`;
    let cache = this.screens.get(key);
    if (!cache) {
      cache = new VersionedCache(this.version, () => overview(this.store, o));
      this.screens.set(key, cache);
      if (this.screens.size > KEPT_SCREENS) this.screens.delete(this.screens.keys().next().value as string);
    }
    return cache.get();
  }
}

/** The nodes with these domain ids (entities, statements, documents) and every relationship between two of them. */
export async function subgraph(
  store: GraphStore,
  ids: string[],
  o: { nodeLimit: number; timeoutMs: number },
): Promise<SubgraphResponse> {
  const r = await store.run(
    `MATCH (a) WHERE a.id IN $ids
     OPTIONAL MATCH (a)-[r]->(b) WHERE b.id IN $ids
     RETURN a, r, b`,
    { ids },
    { timeoutMs: o.timeoutMs },
  );
  const g = extractGraph(
    r.rows.flatMap((row) => [row.a, row.r, row.b]),
    o.nodeLimit,
  );
  return { nodes: g.nodes, edges: g.edges, truncated: g.truncated };
}
