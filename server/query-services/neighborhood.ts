// An entity's neighbourhood up to three hops, explored level by level so counts are known before the result is cut to size.
import { NotFoundError } from '../../core/errors.ts';
import type { GraphNode, GraphRelationship, GraphStore } from '../../core/graph-store.ts';
import { toWireNode } from './extract-graph.ts';

export interface NeighborhoodOptions {
  depth: number;
  labels?: string[];
  types?: string[];
  /** Most neighbour nodes returned (the centre is not counted). */
  limit: number;
  timeoutMs: number;
  /** Most relationships read per level; past it the exploration stops and the result is `truncated`. */
  exploreLimit: number;
}

export interface Neighborhood {
  center: string;
  nodes: GraphNode[];
  edges: GraphRelationship[];
  truncated: boolean;
  countsByType: Record<string, number>;
}

const mentions = (n: GraphNode) => (typeof n.properties.mentionCount === 'number' ? n.properties.mentionCount : 0);

/**
 * The labels whose nodes are found by their `id` through the key index (cypher/schema/): every node a walk can reach
 * carries one of them, so a level starts from index lookups, never from a scan of every node.
 */
const KEY_LABELS = ['Entity', 'Statement', 'Document'] as const;
const keyParam = (label: string) => `${label.toLowerCase()}Keys`;

/** The frontier's keys by key label (the first key label a node has). */
function frontierKeys(frontier: GraphNode[]): Record<string, string[]> {
  const keys: Record<string, string[]> = Object.fromEntries(KEY_LABELS.map((l) => [keyParam(l), []]));
  keys.otherIds = [];
  for (const n of frontier) {
    const label = KEY_LABELS.find((l) => n.labels.includes(l));
    if (label && typeof n.properties.id === 'string') keys[keyParam(label)]!.push(n.properties.id);
    else keys.otherIds!.push(n.elementId); // not a node the loader writes: found by its element id
  }
  return keys;
}

/** One level's hops from the frontier: a branch per key label that has nodes in it, each starting at its key index. */
function nextLevelQuery(frontier: GraphNode[], filters: (string | null)[]): string {
  const keys = frontierKeys(frontier);
  const where = filters.length ? ` WHERE ${filters.join(' AND ')}` : '';
  const branches = KEY_LABELS.filter((l) => keys[keyParam(l)]!.length > 0).map(
    (l) => `UNWIND $${keyParam(l)} AS k MATCH (a:${l} {id: k})-[r]-(b)${where} RETURN r, b LIMIT $cap`,
  );
  if (keys.otherIds!.length > 0)
    branches.push(
      `MATCH (a)-[r]-(b) WHERE ${['elementId(a) IN $otherIds', ...filters].join(' AND ')} RETURN r, b LIMIT $cap`,
    );
  return branches.join(' UNION ALL ');
}

export async function neighborhood(store: GraphStore, entityId: string, o: NeighborhoodOptions): Promise<Neighborhood> {
  // Filters are parameters; a neighbour that fails the label filter is neither returned nor walked through.
  const filters = [
    o.types?.length ? 'type(r) IN $types' : null,
    o.labels?.length ? 'any(l IN labels(b) WHERE l IN $labels)' : null,
  ].filter(Boolean);
  const params = { id: entityId, types: o.types ?? [], labels: o.labels ?? [], cap: o.exploreLimit + 1 };
  // The centre and its first hop in one call (one round trip to the store's worker thread, from the id index):
  // one row, the centre once, its relationships collected after the LIMIT.
  const first = await store.run(
    `MATCH (a:Entity {id: $id}) OPTIONAL MATCH (a)-[r]-(b) ${filters.length ? `WHERE ${filters.join(' AND ')}` : ''} WITH a, r, b LIMIT $cap WITH a, collect([r, b]) AS hops RETURN a, hops`,
    params,
    { timeoutMs: o.timeoutMs },
  );
  const center = first.rows[0]?.a as GraphNode | undefined;
  if (!center) throw new NotFoundError(`Neighbors: no entity "${entityId}".`, { details: { id: entityId } });

  const seen = new Map<string, { node: GraphNode; level: number }>([[center.elementId, { node: center, level: 0 }]]);
  const edges = new Map<string, GraphRelationship>();
  let truncated = false;
  /** Adds one level's hops; returns the newly reached nodes, or null when the level hit the exploration limit. */
  const addLevel = (hops: [GraphRelationship | null, GraphNode | null][], level: number): GraphNode[] | null => {
    const next: GraphNode[] = [];
    for (const [rel, b] of hops.slice(0, o.exploreLimit)) {
      if (!rel || !b) continue; // OPTIONAL MATCH with no relationship
      edges.set(rel.elementId, rel);
      if (!seen.has(b.elementId)) {
        seen.set(b.elementId, { node: b, level });
        next.push(b);
      }
    }
    if (hops.length > o.exploreLimit) truncated = true;
    return truncated ? null : next;
  };
  let frontier = addLevel(first.rows[0].hops as [GraphRelationship | null, GraphNode | null][], 1);
  for (let level = 2; level <= o.depth && frontier && frontier.length > 0; level++) {
    const r = await store.run(
      nextLevelQuery(frontier, filters),
      { ...params, ...frontierKeys(frontier) },
      {
        timeoutMs: o.timeoutMs,
      },
    );
    frontier = addLevel(
      r.rows.map((row) => [row.r as GraphRelationship, row.b as GraphNode]),
      level,
    );
  }

  const countsByType: Record<string, number> = {};
  for (const e of edges.values()) countsByType[e.type] = (countsByType[e.type] ?? 0) + 1;
  // Keep the nearest, then the most mentioned, neighbours.
  const neighbours = [...seen.values()]
    .filter((s) => s.level > 0)
    .sort((a, b) => a.level - b.level || mentions(b.node) - mentions(a.node));
  if (neighbours.length > o.limit) truncated = true;
  const kept = new Set([center.elementId, ...neighbours.slice(0, o.limit).map((s) => s.node.elementId)]);
  return {
    center: center.elementId,
    nodes: [center, ...neighbours.slice(0, o.limit).map((s) => s.node)].map(toWireNode),
    edges: [...edges.values()].filter((e) => kept.has(e.start) && kept.has(e.end)),
    truncated,
    countsByType,
  };
}
