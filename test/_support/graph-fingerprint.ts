// Test helper: a fingerprint of a whole graph (counts, sorted ids, a hash of every property) to prove two graphs are identical.
import { createHash } from 'node:crypto';
import {
  GRAPH_META_LABEL,
  type GraphNode,
  type GraphRelationship,
  type GraphStore,
  type PlainValue,
} from '../../core/graph-store.ts';

export interface GraphFingerprint {
  nodes: number;
  relationships: number;
  labels: Record<string, number>;
  types: Record<string, number>;
  nodeIds: string[];
  relationshipKeys: string[];
  /** sha256 over every node's labels and properties and every relationship's endpoints, type and properties. */
  hash: string;
}

/** Properties that record when, not what: they differ between two loads of the same corpus by design. */
export const VOLATILE_PROPERTIES = ['loadedAt', 'graphVersion'];

/** JSON with object keys sorted, so equal values always serialize the same way. */
export function canonical(v: PlainValue | undefined): string {
  if (v === undefined) return 'null';
  if (Array.isArray(v)) return `[${v.map(canonical).join(',')}]`;
  if (v && typeof v === 'object')
    return `{${Object.keys(v)
      .sort()
      .map((k) => `${JSON.stringify(k)}:${canonical(v[k])}`)
      .join(',')}}`;
  return JSON.stringify(v);
}

const stripKeys = (props: Record<string, PlainValue>, ignore: string[]) =>
  Object.fromEntries(Object.entries(props).filter(([k]) => !ignore.includes(k)));

export async function graphFingerprint(
  store: GraphStore,
  ignore: string[] = VOLATILE_PROPERTIES,
): Promise<GraphFingerprint> {
  // The version node is bookkeeping (how many writes committed: when, not what), not data: left out.
  const nodes = (await store.run('MATCH (n) RETURN n')).rows
    .map((r) => r.n as GraphNode)
    .filter((n) => !n.labels.includes(GRAPH_META_LABEL));
  const strip = stripKeys;
  const rels = (await store.run('MATCH ()-[r]->() RETURN r')).rows.map((r) => r.r as GraphRelationship);
  const keyOf = new Map(
    nodes.map((n) => [n.elementId, n.id ?? `${n.labels.join(':')}${canonical(strip(n.properties, ignore))}`]),
  );
  const labels: Record<string, number> = {};
  for (const n of nodes) for (const l of n.labels) labels[l] = (labels[l] ?? 0) + 1;
  const types: Record<string, number> = {};
  for (const r of rels) types[r.type] = (types[r.type] ?? 0) + 1;
  const nodeLines = nodes
    .map((n) => `${keyOf.get(n.elementId)}|${[...n.labels].sort().join(':')}|${canonical(strip(n.properties, ignore))}`)
    .sort();
  const relLines = rels
    .map((r) => `${keyOf.get(r.start)}-[${r.type}]->${keyOf.get(r.end)}|${canonical(strip(r.properties, ignore))}`)
    .sort();
  const hash = createHash('sha256')
    .update(nodeLines.join('\n'))
    .update('\n--\n')
    .update(relLines.join('\n'))
    .digest('hex');
  return {
    nodes: nodes.length,
    relationships: rels.length,
    labels,
    types,
    nodeIds: [...keyOf.values()].sort(),
    relationshipKeys: rels.map((r) => `${keyOf.get(r.start)}-[${r.type}]->${keyOf.get(r.end)}`).sort(),
    hash,
  };
}
