// The GraphML export: typed <key>s per property, labels in a `labels` key (":Entity:Person", as Neo4j's APOC writes them), lists as JSON text.
import type { PlainValue } from '../../core/graph-store.ts';
import { exportKey, type ExportGraph } from './read-graph.ts';
import { inferType, scalarText } from './value-types.ts';

export function escapeXml(s: string): string {
  // Characters XML 1.0 forbids are dropped: they cannot be written even as references.
  return s
    .replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]/g, '')
    .replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/'/g, '&apos;');
}

const GRAPHML_TYPE = { boolean: 'boolean', long: 'long', double: 'double', string: 'string' } as const;

function keys(kind: 'node' | 'edge', items: { properties: Record<string, PlainValue> }[], prefix: string) {
  const names = [...new Set(items.flatMap((i) => Object.keys(i.properties)))].sort();
  return names.map((name, i) => {
    const t = inferType(items.map((it) => it.properties[name]));
    return { id: `${prefix}${i}`, name, kind, type: t.list ? 'string' : GRAPHML_TYPE[t.scalar], list: t.list };
  });
}

function dataValue(v: PlainValue, list: boolean): string {
  return list || Array.isArray(v) ? JSON.stringify(v) : scalarText(v);
}

export function toGraphml(g: ExportGraph): string {
  const nodeKeys = keys('node', g.nodes, 'n');
  const edgeKeys = keys('edge', g.relationships, 'e');
  const key = new Map(g.nodes.map((n) => [n.elementId, exportKey(n)]));
  const out: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<graphml xmlns="http://graphml.graphdrawing.org/xmlns" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:schemaLocation="http://graphml.graphdrawing.org/xmlns http://graphml.graphdrawing.org/xmlns/1.0/graphml.xsd">',
    '  <key id="labels" for="node" attr.name="labels" attr.type="string"/>',
    '  <key id="type" for="edge" attr.name="type" attr.type="string"/>',
    ...[...nodeKeys, ...edgeKeys].map(
      (k) =>
        `  <key id="${k.id}" for="${k.kind}" attr.name="${escapeXml(k.name)}" attr.type="${k.type}"${k.list ? ' attr.list="json"' : ''}/>`,
    ),
    '  <graph id="actorgraph" edgedefault="directed">',
  ];
  for (const n of g.nodes) {
    out.push(
      `    <node id="${escapeXml(exportKey(n))}">`,
      `      <data key="labels">${escapeXml(n.labels.map((l) => `:${l}`).join(''))}</data>`,
    );
    for (const k of nodeKeys)
      if (n.properties[k.name] !== undefined && n.properties[k.name] !== null)
        out.push(`      <data key="${k.id}">${escapeXml(dataValue(n.properties[k.name], k.list))}</data>`);
    out.push('    </node>');
  }
  g.relationships.forEach((r, i) => {
    out.push(
      `    <edge id="r${i}" source="${escapeXml(key.get(r.start) ?? r.start)}" target="${escapeXml(key.get(r.end) ?? r.end)}">`,
      `      <data key="type">${escapeXml(r.type)}</data>`,
    );
    for (const k of edgeKeys)
      if (r.properties[k.name] !== undefined && r.properties[k.name] !== null)
        out.push(`      <data key="${k.id}">${escapeXml(dataValue(r.properties[k.name], k.list))}</data>`);
    out.push('    </edge>');
  });
  out.push('  </graph>', '</graphml>', '');
  return out.join('\n');
}
