// The JSON export: nodes and relationships keyed by domain id, properties as stored.
import type { PlainValue } from '../../core/graph-store.ts';
import { exportKey, type ExportGraph } from './read-graph.ts';

export interface JsonExport {
  nodes: { id: string; labels: string[]; properties: Record<string, PlainValue> }[];
  relationships: { type: string; start: string; end: string; properties: Record<string, PlainValue> }[];
}

export function toJson(g: ExportGraph): string {
  const key = new Map(g.nodes.map((n) => [n.elementId, exportKey(n)]));
  const out: JsonExport = {
    nodes: g.nodes.map((n) => ({ id: exportKey(n), labels: n.labels, properties: n.properties })),
    relationships: g.relationships.map((r) => ({
      type: r.type,
      start: key.get(r.start) ?? r.start,
      end: key.get(r.end) ?? r.end,
      properties: r.properties,
    })),
  };
  return `${JSON.stringify(out, null, 2)}\n`;
}
