// Reads the graph (or the part a scope names) out of the store for export, with domain ids as the stable keys.
import { GRAPH_META_LABEL, type GraphNode, type GraphRelationship, type GraphStore } from '../../core/graph-store.ts';

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

/**
 * Nodes with a domain id: a scoped export finds them through these labels' id indexes (entity_id_unique and the
 * others in cypher/schema), never by reading every node.
 */
const ID_LABELS = ['Entity', 'Statement', 'Document', 'SavedQuery'];

export async function readGraph(store: GraphStore, scope: ExportScope = {}): Promise<ExportGraph> {
  if (scope.nodeIds === undefined) {
    // everything but the version node (bookkeeping: how many writes committed, not data)
    const nodes = (await store.run(`MATCH (n) WHERE NOT n:${GRAPH_META_LABEL} RETURN n`)).rows.map(
      (r) => r.n as GraphNode,
    );
    const rels = (await store.run('MATCH ()-[r]->() RETURN r')).rows.map((r) => r.r as GraphRelationship);
    return ordered(nodes, rels);
  }
  const ids = [...new Set(scope.nodeIds)];
  const nodes = new Map<string, GraphNode>();
  const rels = new Map<string, GraphRelationship>();
  for (const label of ID_LABELS) {
    const found = await store.run(`UNWIND $ids AS id MATCH (n:${label} {id: id}) RETURN n`, { ids });
    for (const r of found.rows) nodes.set((r.n as GraphNode).elementId, r.n as GraphNode);
    // relationships among the scope: from each scoped node of this label, to a node whose id is in scope
    const out = await store.run(`UNWIND $ids AS id MATCH (:${label} {id: id})-[r]->(b) WHERE b.id IN $ids RETURN r`, {
      ids,
    });
    for (const r of out.rows) rels.set((r.r as GraphRelationship).elementId, r.r as GraphRelationship);
  }
  return ordered([...nodes.values()], [...rels.values()]);
}

function ordered(nodes: GraphNode[], rels: GraphRelationship[]): ExportGraph {
  const order = (a: string, b: string) => (a < b ? -1 : a > b ? 1 : 0);
  nodes.sort((a, b) => order(exportKey(a), exportKey(b)));
  const key = new Map(nodes.map((n) => [n.elementId, exportKey(n)]));
  rels.sort((a, b) =>
    order(`${key.get(a.start)} ${a.type} ${key.get(a.end)}`, `${key.get(b.start)} ${b.type} ${key.get(b.end)}`),
  );
  return { nodes, relationships: rels };
}
