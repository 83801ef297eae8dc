// Reads the graph (or the part a scope names) out of the store for export, with domain ids as the stable keys.
import type { GraphNode, GraphRelationship, GraphStore } from '../../core/graph-store.ts';

export interface ExportScope {
  /** Domain ids of the nodes to export (relationships among them come along); all nodes when omitted. */
  nodeIds?: string[];
}

export interface ExportGraph {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** The key a node is exported under: its `id` property, else its elementId (stable only within one export). */
export const exportKey = (n: GraphNode): string => n.id ?? n.elementId;

export async function readGraph(store: GraphStore, scope: ExportScope = {}): Promise<ExportGraph> {
  const byScope = scope.nodeIds !== undefined;
  const nodes = (
    await store.run(byScope ? 'MATCH (n) WHERE n.id IN $ids RETURN n' : 'MATCH (n) RETURN n', {
      ids: scope.nodeIds ?? [],
    })
  ).rows.map((r) => r.n as GraphNode);
  const rels = (
    await store.run(
      byScope ? 'MATCH (a)-[r]->(b) WHERE a.id IN $ids AND b.id IN $ids RETURN r' : 'MATCH ()-[r]->() RETURN r',
      { ids: scope.nodeIds ?? [] },
    )
  ).rows.map((r) => r.r as GraphRelationship);
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  nodes.sort((a, b) => order(exportKey(a), exportKey(b)));
  const key = new Map(nodes.map((n) => [n.elementId, exportKey(n)]));
  rels.sort((a, b) =>
    order(`${key.get(a.start)} ${a.type} ${key.get(a.end)}`, `${key.get(b.start)} ${b.type} ${key.get(b.end)}`),
  );
  return { nodes, relationships: rels };
}
