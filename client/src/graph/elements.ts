// Pure mapping from the API's nodes and relationships to Cytoscape element definitions (ids are elementIds).
import type { WireEdge, WireNode } from '../wire-types.ts';
import { typeOfLabels } from './types.ts';

export interface NodeData {
  id: string; // elementId
  key: string; // domain id (e.g. company:nvidia), or the elementId when the node has none
  label: string;
  type: string;
  raw: WireNode;
  [k: string]: unknown;
}

export interface EdgeData {
  id: string;
  source: string;
  target: string;
  type: string;
  support: number;
  raw: WireEdge;
  [k: string]: unknown;
}

const MAX_LABEL = 42; // characters before a label is shortened on the canvas

export function shorten(s: string, max = MAX_LABEL): string {
  return s.length <= max ? s : `${s.slice(0, max - 1)}…`;
}

/** The readable name of a node: name, title, the start of a statement's text, else its id. */
export function nodeLabel(n: WireNode): string {
  const p = n.properties;
  const name = p.name ?? p.title ?? (typeof p.text === 'string' ? `“${p.text}”` : null) ?? n.id ?? n.elementId;
  return shorten(String(name));
}

export function nodeData(n: WireNode): NodeData {
  return {
    id: n.elementId,
    key: n.id ?? String(n.properties.id ?? n.elementId),
    label: nodeLabel(n),
    type: typeOfLabels(n.labels, n.properties.type),
    raw: n,
  };
}

export function edgeData(e: WireEdge): EdgeData {
  const s = e.properties.support;
  return {
    id: e.elementId,
    source: e.start,
    target: e.end,
    type: e.type,
    support: typeof s === 'number' && s > 0 ? s : 1,
    raw: e,
  };
}

/** Elements for the canvas: edges whose endpoints are missing (from both the batch and `present`) are dropped. */
export function toElements(nodes: WireNode[], edges: WireEdge[], present: (id: string) => boolean = () => false) {
  const ids = new Set(nodes.map((n) => n.elementId));
  const has = (id: string) => ids.has(id) || present(id);
  const seen = new Set<string>();
  const out: { group: 'nodes' | 'edges'; data: NodeData | EdgeData }[] = [];
  for (const n of nodes) {
    if (seen.has(n.elementId)) continue;
    seen.add(n.elementId);
    out.push({ group: 'nodes', data: nodeData(n) });
  }
  for (const e of edges) {
    if (seen.has(e.elementId) || !has(e.start) || !has(e.end)) continue;
    seen.add(e.elementId);
    out.push({ group: 'edges', data: edgeData(e) });
  }
  return out;
}
