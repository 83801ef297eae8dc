// Pure mapping from Grafeo's result values to the store's plain JSON values (nodes, relationships, paths, safe integers).
import { ValueRangeError } from '../../../core/errors.ts';
import type { GraphNode, GraphPath, GraphRelationship, GraphValue, PlainValue } from '../../../core/graph-store.ts';

type Raw = unknown;

/** Grafeo gives integers past the double range as bigint; we refuse to round them. */
export function toSafeNumber(v: bigint, where = 'value'): number {
  if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER)) {
    throw new ValueRangeError(
      `EmbeddedStore: ${where} ${v.toString()} is outside the range of a JavaScript number (±2^53); return it as a string with toString().`,
    );
  }
  return Number(v);
}

function isRecord(v: Raw): v is Record<string, Raw> {
  return typeof v === 'object' && v !== null && !Array.isArray(v) && !(v instanceof Date) && !ArrayBuffer.isView(v);
}

function isRawNode(v: Record<string, Raw>): boolean {
  return '_id' in v && Array.isArray(v._labels);
}

function isRawEdge(v: Record<string, Raw>): boolean {
  return '_id' in v && '_source' in v && '_target' in v && typeof v._type === 'string';
}

function isRawPath(v: Record<string, Raw>): boolean {
  const keys = Object.keys(v);
  return (
    keys.length === 2 &&
    Array.isArray(v.nodes) &&
    Array.isArray(v.edges) &&
    (v.nodes as Raw[]).every((n) => isRecord(n) && isRawNode(n))
  );
}

function rawId(v: Raw): number {
  return typeof v === 'bigint' ? toSafeNumber(v, 'id') : (v as number);
}

export const nodeElementId = (id: number): string => `n:${id}`;
export const edgeElementId = (id: number): string => `e:${id}`;

function properties(v: Record<string, Raw>, internal: string[]): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, val] of Object.entries(v)) if (!internal.includes(k)) out[k] = toPlain(val, `property ${k}`);
  return out;
}

export function toNode(v: Record<string, Raw>): GraphNode {
  const props = properties(v, ['_id', '_labels']);
  return {
    elementId: nodeElementId(rawId(v._id)),
    id: typeof props.id === 'string' ? props.id : null,
    labels: [...(v._labels as string[])].sort(),
    properties: props,
  };
}

export function toRelationship(v: Record<string, Raw>): GraphRelationship {
  return {
    elementId: edgeElementId(rawId(v._id)),
    type: v._type as string,
    start: nodeElementId(rawId(v._source)),
    end: nodeElementId(rawId(v._target)),
    properties: properties(v, ['_id', '_source', '_target', '_type']),
  };
}

function toPath(v: Record<string, Raw>): GraphPath {
  return {
    nodes: (v.nodes as Record<string, Raw>[]).map(toNode),
    relationships: (v.edges as Record<string, Raw>[]).map(toRelationship),
  };
}

/** A property value: scalars, lists and maps only. */
function toPlain(v: Raw, where: string): PlainValue {
  const g = toGraphValue(v, where);
  return g as PlainValue;
}

export function toGraphValue(v: Raw, where = 'value'): GraphValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : String(v);
    case 'bigint':
      return toSafeNumber(v, where);
  }
  if (v instanceof Date) return v.toISOString();
  if (Buffer.isBuffer(v)) return v.toString('base64');
  if (ArrayBuffer.isView(v)) return Array.from(v as unknown as ArrayLike<number>);
  if (Array.isArray(v)) return v.map((x) => toGraphValue(x, where));
  if (isRecord(v)) {
    if (isRawNode(v)) return toNode(v);
    if (isRawEdge(v)) return toRelationship(v);
    if (isRawPath(v)) return toPath(v);
    if ('termType' in v && 'value' in v) return String(v.value); // an RDF term
    const out: Record<string, GraphValue> = {};
    for (const [k, val] of Object.entries(v)) out[k] = toGraphValue(val, where);
    return out;
  }
  return String(v);
}
