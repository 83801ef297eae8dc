// An entity's neighbourhood up to three hops, explored level by level so counts are known before the result is cut to size.
import { NotFoundError } from '../../core/errors.ts';
import {
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  isGraphNode,
  isGraphRelationship,
} from '../../core/graph-store.ts';
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

/**
 * What a level beyond the first reads of each hop: ids, type, labels and mention count, not whole nodes and
 * relationships. A level from a busy entity reads thousands of hops (statements, documents with their text: ~5 MB
 * for ~4,000 rows on a 2,448-node graph) to keep at most `limit` nodes, and the embedded engine holds every result in
 * native memory until it is collected; only the nodes and relationships kept are then read whole (readWhole).
 */
const LIGHT_HOP =
  'elementId(r) AS rid, type(r) AS rtype, elementId(startNode(r)) AS rstart, elementId(endNode(r)) AS rend, ' +
  'elementId(b) AS bid, labels(b) AS blabels, b.id AS bkey, b.mentionCount AS bmentions';

/** One level's hops from the frontier: a branch per key label that has nodes in it, each starting at its key index. */
function nextLevelQuery(frontier: GraphNode[], filters: (string | null)[]): string {
  const keys = frontierKeys(frontier);
  const where = filters.length ? ` WHERE ${filters.join(' AND ')}` : '';
  const branches = KEY_LABELS.filter((l) => keys[keyParam(l)]!.length > 0).map(
    (l) => `UNWIND $${keyParam(l)} AS k MATCH (a:${l} {id: k})-[r]-(b)${where} RETURN ${LIGHT_HOP} LIMIT $cap`,
  );
  if (keys.otherIds!.length > 0)
    branches.push(
      `MATCH (a)-[r]-(b) WHERE ${['elementId(a) IN $otherIds', ...filters].join(' AND ')} RETURN ${LIGHT_HOP} LIMIT $cap`,
    );
  return branches.join(' UNION ALL ');
}

/** A hop as the light columns give it: the relationship and the node reached, with only what the walk needs. */
function lightHop(row: Record<string, unknown>): [GraphRelationship, GraphNode] {
  const key = typeof row.bkey === 'string' ? row.bkey : null;
  const properties: GraphNode['properties'] = {};
  if (key !== null) properties.id = key;
  if (typeof row.bmentions === 'number') properties.mentionCount = row.bmentions;
  return [
    {
      elementId: String(row.rid),
      type: String(row.rtype),
      start: String(row.rstart),
      end: String(row.rend),
      properties: {},
    },
    { elementId: String(row.bid), id: key, labels: (row.blabels as string[]) ?? [], properties },
  ];
}

/**
 * The kept nodes and relationships of levels beyond the first, read whole: each node from its key index (or its
 * element id, for a node the loader did not write), each relationship from its start node the same way.
 */
async function readWhole(
  store: GraphStore,
  nodes: GraphNode[],
  relationships: { elementId: string; from: GraphNode }[],
  timeoutMs: number,
): Promise<{ nodes: Map<string, GraphNode>; relationships: Map<string, GraphRelationship> }> {
  const found = { nodes: new Map<string, GraphNode>(), relationships: new Map<string, GraphRelationship>() };
  if (nodes.length === 0 && relationships.length === 0) return found;
  const nodeKeys = frontierKeys(nodes);
  const fromKeys = frontierKeys(relationships.map((r) => r.from));
  const params: Record<string, unknown> = { rids: relationships.map((r) => r.elementId) };
  // Nodes and relationships in separate branches (an OPTIONAL MATCH here makes Grafeo scan every node for the join).
  const branches: string[] = [];
  for (const l of KEY_LABELS) {
    const p = keyParam(l);
    if (nodeKeys[p]!.length > 0) {
      params[p] = nodeKeys[p];
      branches.push(`UNWIND $${p} AS k MATCH (b:${l} {id: k}) RETURN b AS item`);
    }
    if (fromKeys[p]!.length > 0) {
      params[`from_${p}`] = fromKeys[p];
      branches.push(
        `UNWIND $from_${p} AS k MATCH (b:${l} {id: k})-[r]->() WHERE elementId(r) IN $rids RETURN r AS item`,
      );
    }
  }
  if (nodeKeys.otherIds!.length > 0) {
    params.otherIds = nodeKeys.otherIds;
    branches.push('MATCH (b) WHERE elementId(b) IN $otherIds RETURN b AS item');
  }
  if (fromKeys.otherIds!.length > 0) {
    params.fromOtherIds = fromKeys.otherIds;
    branches.push('MATCH (b)-[r]->() WHERE elementId(b) IN $fromOtherIds AND elementId(r) IN $rids RETURN r AS item');
  }
  const r = await store.run(branches.join(' UNION ALL '), params, { timeoutMs });
  for (const row of r.rows) {
    const item = row.item;
    if (isGraphRelationship(item)) found.relationships.set(item.elementId, item);
    else if (isGraphNode(item)) found.nodes.set(item.elementId, item);
  }
  return found;
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
      if (!edges.has(rel.elementId)) edges.set(rel.elementId, rel); // a whole first-hop edge stays whole
      if (!seen.has(b.elementId)) {
        seen.set(b.elementId, { node: b, level });
        next.push(b);
      }
    }
    if (hops.length > o.exploreLimit) truncated = true;
    return truncated ? null : next;
  };
  let frontier = addLevel(first.rows[0].hops as [GraphRelationship | null, GraphNode | null][], 1);
  const firstHopEdges = new Set(edges.keys()); // read whole by the first query
  for (let level = 2; level <= o.depth && frontier && frontier.length > 0; level++) {
    const r = await store.run(
      nextLevelQuery(frontier, filters),
      { ...params, ...frontierKeys(frontier) },
      {
        timeoutMs: o.timeoutMs,
      },
    );
    frontier = addLevel(r.rows.map(lightHop), level);
  }

  const countsByType: Record<string, number> = {};
  for (const e of edges.values()) countsByType[e.type] = (countsByType[e.type] ?? 0) + 1;
  // Keep the nearest, then the most mentioned, neighbours.
  const neighbours = [...seen.values()]
    .filter((s) => s.level > 0)
    .sort((a, b) => a.level - b.level || mentions(b.node) - mentions(a.node));
  if (neighbours.length > o.limit) truncated = true;
  const chosen = neighbours.slice(0, o.limit);
  const kept = new Set([center.elementId, ...chosen.map((s) => s.node.elementId)]);
  const keptEdges = [...edges.values()].filter((e) => kept.has(e.start) && kept.has(e.end));
  // Levels beyond the first were read light: their kept nodes and relationships are read whole now.
  const whole = await readWhole(
    store,
    chosen.filter((s) => s.level > 1).map((s) => s.node),
    keptEdges
      .filter((e) => !firstHopEdges.has(e.elementId))
      .map((e) => ({ elementId: e.elementId, from: seen.get(e.start)!.node })),
    o.timeoutMs,
  );
  return {
    center: center.elementId,
    nodes: [center, ...chosen.map((s) => whole.nodes.get(s.node.elementId) ?? s.node)].map(toWireNode),
    edges: keptEdges.map((e) => whole.relationships.get(e.elementId) ?? e),
    truncated,
    countsByType,
  };
}
