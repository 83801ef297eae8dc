// A query result as a table: nodes show their name, relationships their type, everything else as plain text.
import { empty, h } from '../dom.ts';
import { nodeLabel } from '../graph/elements.ts';
import type { QueryRun, WireEdge, WireNode } from '../wire-types.ts';

// A cell holds whatever the query returned (the contract types rows as unknown values): nodes and relationships are
// told apart by their fields.
type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const isWireNode = (v: unknown): v is WireNode =>
  isObj(v) && typeof v.elementId === 'string' && Array.isArray(v.labels) && isObj(v.properties);
const isWireEdge = (v: unknown): v is WireEdge =>
  isObj(v) && typeof v.elementId === 'string' && typeof v.type === 'string' && 'start' in v && 'end' in v;

const MAX_ROWS = 500; // rendered; the rest are counted

export function cellText(v: unknown): string {
  if (v === null || v === undefined) return '';
  if (isWireNode(v)) return nodeLabel(v);
  if (isWireEdge(v)) return `:${v.type}`;
  if (Array.isArray(v)) return v.map(cellText).join(', ');
  if (typeof v === 'object') {
    const o = v as Record<string, unknown>;
    if (Array.isArray(o.nodes) && Array.isArray(o.relationships))
      return (o.nodes as unknown[]).map(cellText).join(' → ');
    return JSON.stringify(v);
  }
  return String(v);
}

export function resultTable(r: QueryRun): HTMLElement {
  if (!r.rows.length) return empty('No rows.');
  const shown = r.rows.slice(0, MAX_ROWS);
  return h(
    'div',
    { class: 'table-wrap' },
    h(
      'table',
      { class: 'results' },
      h('thead', {}, h('tr', {}, ...r.columns.map((c) => h('th', { attrs: { scope: 'col' } }, c)))),
      h('tbody', {}, ...shown.map((row) => h('tr', {}, ...r.columns.map((c) => h('td', {}, cellText(row[c])))))),
    ),
    r.rows.length > MAX_ROWS ? h('p', { class: 'meta' }, `${r.rows.length - MAX_ROWS} more rows not shown`) : null,
  );
}
