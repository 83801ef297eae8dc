// Pure mapping from neo4j-driver values (records, nodes, paths, Integers, temporals, points) to the store's plain JSON values.
import neo4j, {
  type Integer,
  type Node,
  type Path,
  type QueryStatistics,
  type Record as Neo4jRecord,
  type Relationship,
} from 'neo4j-driver';
import { ValueRangeError } from '../../../core/errors.ts';
import type {
  GraphNode,
  GraphPath,
  GraphRelationship,
  GraphValue,
  PlainValue,
  WriteCounters,
} from '../../../core/graph-store.ts';

function outOfRange(where: string, text: string): ValueRangeError {
  return new ValueRangeError(
    `Neo4jStore: ${where} ${text} is outside the range of a JavaScript number (±2^53); return it as a string with toString().`,
  );
}

/** Neo4j integers are 64-bit; we return them as JS numbers only when that loses nothing, and refuse otherwise. */
export function toSafeNumber(v: Integer | bigint, where = 'value'): number {
  if (typeof v === 'bigint') {
    if (v > BigInt(Number.MAX_SAFE_INTEGER) || v < BigInt(Number.MIN_SAFE_INTEGER))
      throw outOfRange(where, v.toString());
    return Number(v);
  }
  if (!neo4j.integer.inSafeRange(v)) throw outOfRange(where, v.toString());
  return v.toNumber();
}

function properties(props: Record<string, unknown>, owner: string): Record<string, PlainValue> {
  const out: Record<string, PlainValue> = {};
  for (const [k, v] of Object.entries(props)) out[k] = toGraphValue(v, `${owner} property ${k}`) as PlainValue;
  return out;
}

export function toNode(n: Node): GraphNode {
  const props = properties(n.properties, 'node');
  return {
    elementId: n.elementId,
    id: typeof props.id === 'string' ? props.id : null,
    labels: [...n.labels].sort(),
    properties: props,
  };
}

export function toRelationship(r: Relationship): GraphRelationship {
  return {
    elementId: r.elementId,
    type: r.type,
    start: r.startNodeElementId,
    end: r.endNodeElementId,
    properties: properties(r.properties, 'relationship'),
  };
}

/**
 * Nodes in the order the path walks them, the node two segments share listed once (so nodes = relationships + 1).
 * Segment start/end follow the walk; each relationship keeps its own direction in start/end.
 */
export function toPath(p: Path): GraphPath {
  const nodes: GraphNode[] = [toNode(p.start)];
  const relationships: GraphRelationship[] = [];
  let last = p.start.elementId;
  for (const seg of p.segments) {
    if (seg.start.elementId !== last) nodes.push(toNode(seg.start));
    relationships.push(toRelationship(seg.relationship));
    nodes.push(toNode(seg.end));
    last = seg.end.elementId;
  }
  return { nodes, relationships };
}

function isTemporal(v: unknown): boolean {
  return (
    neo4j.isDate(v) ||
    neo4j.isDateTime(v) ||
    neo4j.isLocalDateTime(v) ||
    neo4j.isTime(v) ||
    neo4j.isLocalTime(v) ||
    neo4j.isDuration(v)
  );
}

function isPlainObject(v: unknown): v is Record<string, unknown> {
  if (typeof v !== 'object' || v === null) return false;
  const proto = Object.getPrototypeOf(v);
  return proto === Object.prototype || proto === null;
}

/** Any value the driver returns, as a JSON-safe value; `where` names it in errors (e.g. "column n"). */
export function toGraphValue(v: unknown, where = 'value'): GraphValue {
  if (v === null || v === undefined) return null;
  switch (typeof v) {
    case 'boolean':
    case 'string':
      return v;
    case 'number':
      return Number.isFinite(v) ? v : String(v); // NaN and ±Infinity have no JSON form
    case 'bigint':
      return toSafeNumber(v, where);
  }
  if (neo4j.isInt(v)) return toSafeNumber(v as Integer, where);
  if (neo4j.isNode(v)) return toNode(v);
  if (neo4j.isRelationship(v)) return toRelationship(v);
  if (neo4j.isPath(v)) return toPath(v);
  if (isTemporal(v)) return String(v); // the driver's toString() is ISO 8601 (with [Zone/Id] for named zones)
  if (neo4j.isPoint(v)) {
    const out: { [k: string]: PlainValue } = { srid: toSafeNumber(neo4j.int(v.srid), `${where} srid`), x: v.x, y: v.y };
    if (v.z !== undefined) out.z = v.z;
    return out;
  }
  if (v instanceof Int8Array || v instanceof Uint8Array)
    return Buffer.from(v.buffer, v.byteOffset, v.byteLength).toString('base64'); // Cypher bytes
  if (neo4j.isVector(v))
    return Array.from(v.asTypedArray() as ArrayLike<number | bigint>, (x) => toGraphValue(x, where));
  if (neo4j.isUUID(v)) return String(v);
  if (neo4j.isUnsupportedType(v))
    throw new ValueRangeError(`Neo4jStore: ${where} has a type this driver cannot read (${String(v)})`);
  if (Array.isArray(v)) return v.map((x, i) => toGraphValue(x, `${where}[${i}]`));
  if (isPlainObject(v)) {
    const out: { [k: string]: GraphValue } = {};
    for (const [k, val] of Object.entries(v)) out[k] = toGraphValue(val, `${where}.${k}`);
    return out;
  }
  return String(v);
}

/** One driver record as a row keyed by column name. */
export function toRow(record: Neo4jRecord): Record<string, GraphValue> {
  const row: Record<string, GraphValue> = {};
  for (const key of record.keys) row[String(key)] = toGraphValue(record.get(key), `column ${String(key)}`);
  return row;
}

export function toCounters(stats: QueryStatistics): WriteCounters {
  const u = stats.updates();
  return {
    nodesCreated: u.nodesCreated,
    nodesDeleted: u.nodesDeleted,
    relationshipsCreated: u.relationshipsCreated,
    relationshipsDeleted: u.relationshipsDeleted,
    propertiesSet: u.propertiesSet,
    labelsAdded: u.labelsAdded,
    labelsRemoved: u.labelsRemoved,
  };
}
