// Collects every node, relationship and path found anywhere in query results into one deduplicated graph; pure.
import {
  isGraphNode,
  isGraphPath,
  isGraphRelationship,
  type GraphNode,
  type GraphRelationship,
  type GraphValue,
} from '../../core/graph-store.ts';

export interface WireGraph {
  nodes: GraphNode[];
  edges: GraphRelationship[];
}

/** The loader's bookkeeping on Document nodes: which typed relationships each document sources (see seed/write). */
const DOCUMENT_BOOKKEEPING = ['relationFromIds', 'relationTypes', 'relationToIds'];

/**
 * A node as the explorer receives it inside a graph: a Document's full text is left out (it can be megabytes and
 * is fetched with GET /api/documents/:id), its length kept; so are the loader's per-document relationship lists,
 * which grow with the document and mean nothing to a reader.
 */
export function toWireNode(node: GraphNode): GraphNode {
  if (!node.labels.includes('Document')) return node;
  const { text, ...rest } = node.properties;
  for (const k of DOCUMENT_BOOKKEEPING) delete rest[k];
  return { ...node, properties: typeof text === 'string' ? { ...rest, textLength: text.length } : rest };
}

/**
 * Walks values (rows, lists, maps, paths) and gathers nodes and relationships, each once by elementId. At most
 * `nodeLimit` nodes are kept (then `truncated`); an edge is kept only when both its ends are in the graph, so the
 * explorer never draws a dangling edge.
 */
export function extractGraph(values: Iterable<GraphValue>, nodeLimit: number): WireGraph & { truncated: boolean } {
  const nodes = new Map<string, GraphNode>();
  const edges = new Map<string, GraphRelationship>();
  let truncated = false;
  const addNode = (n: GraphNode) => {
    if (nodes.has(n.elementId)) return;
    if (nodes.size >= nodeLimit) {
      truncated = true;
      return;
    }
    nodes.set(n.elementId, toWireNode(n));
  };
  const visit = (v: GraphValue): void => {
    if (v === null || typeof v !== 'object') return;
    if (Array.isArray(v)) {
      for (const x of v) visit(x);
    } else if (isGraphNode(v)) {
      addNode(v);
    } else if (isGraphRelationship(v)) {
      edges.set(v.elementId, v);
    } else if (isGraphPath(v)) {
      for (const n of v.nodes) addNode(n);
      for (const r of v.relationships) edges.set(r.elementId, r);
    } else {
      for (const x of Object.values(v)) visit(x);
    }
  };
  for (const v of values) visit(v);
  const kept = [...edges.values()].filter((e) => nodes.has(e.start) && nodes.has(e.end));
  return { nodes: [...nodes.values()], edges: kept, truncated };
}
