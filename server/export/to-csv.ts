// The CSV export in the shape `neo4j-admin database import full` reads: one nodes file per label set, one relationships file per type.
import type { PlainValue } from '../../core/graph-store.ts';
import { exportKey, type ExportGraph } from './read-graph.ts';
import { inferType, scalarText, type ValueType } from './value-types.ts';

export interface CsvFile {
  name: string;
  content: string;
  kind: 'nodes' | 'relationships';
}

export interface CsvExport {
  files: CsvFile[];
  arrayDelimiter: string;
  /** The neo4j-admin command that imports these files, run from the directory holding them. */
  command: string;
}

/** Array delimiter candidates: neo4j-admin's default `;` first, others when a list element contains it. */
const DELIMITERS = [';', '|', '¦', '\u001F'];

/** Every field quoted (so commas, quotes and newlines survive); an absent value is an unquoted empty field (null). */
function field(v: string | null): string {
  return v === null ? '' : `"${v.replace(/"/g, '""')}"`;
}

function header(name: string, t: ValueType): string {
  return `${name}:${t.scalar}${t.list ? '[]' : ''}`;
}

function cell(v: PlainValue | undefined, t: ValueType, delimiter: string): string {
  if (v === undefined || v === null) return field(null);
  if (t.list) {
    const items = Array.isArray(v) ? v : [v];
    // An empty list has no CSV spelling neo4j-admin reads back as []; it is left absent.
    return items.length ? field(items.map((x) => scalarText(x)).join(delimiter)) : field(null);
  }
  return field(Array.isArray(v) ? JSON.stringify(v) : scalarText(v));
}

function chooseDelimiter(g: ExportGraph): string {
  const texts: string[] = [];
  for (const item of [...g.nodes, ...g.relationships])
    for (const v of Object.values(item.properties)) if (Array.isArray(v)) texts.push(...v.map((x) => scalarText(x)));
  for (const n of g.nodes) texts.push(...n.labels);
  return DELIMITERS.find((d) => !texts.some((t) => t.includes(d))) ?? DELIMITERS[DELIMITERS.length - 1];
}

const safeName = (s: string) => s.replace(/[^A-Za-z0-9_-]+/g, '_');

export function toCsv(g: ExportGraph, database = 'neo4j'): CsvExport {
  const d = chooseDelimiter(g);
  const files: CsvFile[] = [];
  const byLabels = new Map<string, ExportGraph['nodes']>();
  for (const n of g.nodes) byLabels.set(n.labels.join(d), [...(byLabels.get(n.labels.join(d)) ?? []), n]);
  for (const [labelKey, nodes] of [...byLabels].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const props = [...new Set(nodes.flatMap((n) => Object.keys(n.properties)))].filter((p) => p !== 'id').sort();
    const types = props.map((p) => inferType(nodes.map((n) => n.properties[p])));
    const lines = [['id:ID', ':LABEL', ...props.map((p, i) => header(p, types[i]))].join(',')];
    for (const n of nodes)
      lines.push(
        [field(exportKey(n)), field(n.labels.join(d)), ...props.map((p, i) => cell(n.properties[p], types[i], d))].join(
          ',',
        ),
      );
    files.push({
      name: `nodes_${safeName(labelKey.split(d).join('_')) || 'unlabelled'}.csv`,
      content: `${lines.join('\n')}\n`,
      kind: 'nodes',
    });
  }
  const key = new Map(g.nodes.map((n) => [n.elementId, exportKey(n)]));
  const byType = new Map<string, ExportGraph['relationships']>();
  for (const r of g.relationships) byType.set(r.type, [...(byType.get(r.type) ?? []), r]);
  for (const [type, rels] of [...byType].sort(([a], [b]) => (a < b ? -1 : 1))) {
    const props = [...new Set(rels.flatMap((r) => Object.keys(r.properties)))].sort();
    const types = props.map((p) => inferType(rels.map((r) => r.properties[p])));
    const lines = [[':START_ID', ':END_ID', ':TYPE', ...props.map((p, i) => header(p, types[i]))].join(',')];
    for (const r of rels)
      lines.push(
        [
          field(key.get(r.start) ?? r.start),
          field(key.get(r.end) ?? r.end),
          field(type),
          ...props.map((p, i) => cell(r.properties[p], types[i], d)),
        ].join(','),
      );
    files.push({
      name: `relationships_${safeName(type)}.csv`,
      content: `${lines.join('\n')}\n`,
      kind: 'relationships',
    });
  }
  const args = files.map((f) => `--${f.kind}=${f.name}`).join(' ');
  const command = `neo4j-admin database import full --overwrite-destination --array-delimiter=${JSON.stringify(d)} --multiline-fields=true ${args} ${database}`;
  return { files, arrayDelimiter: d, command };
}
