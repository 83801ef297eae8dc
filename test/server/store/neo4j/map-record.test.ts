// Proves the Neo4j result mapping on the driver's own value classes: graph types, Integers, temporals, points, bytes, counters.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { ValueRangeError } from '../../../../core/errors.ts';
import type { GraphNode, GraphPath, GraphRelationship } from '../../../../core/graph-store.ts';
import { toCounters, toGraphValue, toRow } from '../../../../server/store/neo4j/map-record.ts';

const {
  Node,
  Relationship,
  Path,
  PathSegment,
  Record,
  Point,
  Date: CypherDate,
  DateTime,
  LocalDateTime,
  Time,
  LocalTime,
  Duration,
} = neo4j.types;
const int = neo4j.int;

const node = (n: number, labels: string[], props: Record<string, unknown>) =>
  new Node(int(n), labels, props, `4:db:${n}`);
const rel = (n: number, start: number, end: number, type: string, props: Record<string, unknown> = {}) =>
  new Relationship(int(n), int(start), int(end), type, props, `5:db:${n}`, `4:db:${start}`, `4:db:${end}`);

describe('Neo4j record mapping', () => {
  it('maps a node to {elementId, id, labels sorted, properties} with Integers as numbers', () => {
    const n = toGraphValue(
      node(1, ['Person', 'Entity'], {
        id: 'person:howard-lutnick',
        name: 'Howard Lutnick',
        mentionCount: int(4),
        aliases: ['Lutnick'],
      }),
    ) as GraphNode;
    expect(n).toEqual({
      elementId: '4:db:1',
      id: 'person:howard-lutnick',
      labels: ['Entity', 'Person'],
      properties: { id: 'person:howard-lutnick', name: 'Howard Lutnick', mentionCount: 4, aliases: ['Lutnick'] },
    });
  });

  it('gives id null when the node has no string id property', () => {
    expect((toGraphValue(node(2, ['Thing'], {})) as GraphNode).id).toBeNull();
    expect((toGraphValue(node(3, ['Thing'], { id: int(7) })) as GraphNode).id).toBeNull();
  });

  it('maps a relationship with start and end as the endpoints’ elementIds', () => {
    const r = toGraphValue(rel(10, 1, 2, 'LEADS', { confidence: 0.9, support: int(1) })) as GraphRelationship;
    expect(r).toEqual({
      elementId: '5:db:10',
      type: 'LEADS',
      start: '4:db:1',
      end: '4:db:2',
      properties: { confidence: 0.9, support: 1 },
    });
  });

  it('maps a path to nodes in walk order and relationships keeping their own direction', () => {
    const a = node(1, ['Person'], { id: 'a' });
    const b = node(2, ['Company'], { id: 'b' });
    const c = node(3, ['Country'], { id: 'c' });
    const ab = rel(10, 1, 2, 'LEADS'); // a -> b
    const cb = rel(11, 3, 2, 'HOSTS'); // c -> b, walked b -> c against its direction
    const p = new Path(a, c, [new PathSegment(a, ab, b), new PathSegment(b, cb, c)]);
    const out = toGraphValue(p) as GraphPath;
    expect(out.nodes.map((n) => n.id)).toEqual(['a', 'b', 'c']);
    expect(out.relationships.map((r) => [r.type, r.start, r.end])).toEqual([
      ['LEADS', '4:db:1', '4:db:2'],
      ['HOSTS', '4:db:3', '4:db:2'],
    ]);
  });

  it('maps a path walked wholly against relationship direction, and a zero-length path', () => {
    const a = node(1, ['Person'], { id: 'a' });
    const b = node(2, ['Company'], { id: 'b' });
    const ab = rel(10, 1, 2, 'LEADS');
    const back = toGraphValue(new Path(b, a, [new PathSegment(b, ab, a)])) as GraphPath;
    expect(back.nodes.map((n) => n.id)).toEqual(['b', 'a']);
    expect(back.relationships[0]).toMatchObject({ start: '4:db:1', end: '4:db:2' });
    const single = toGraphValue(new Path(a, a, [])) as GraphPath;
    expect(single).toEqual({ nodes: [toGraphValue(a)], relationships: [] });
  });

  it('keeps a node a cyclic path revisits, so nodes are always relationships + 1', () => {
    const a = node(1, ['Person'], { id: 'a' });
    const b = node(2, ['Company'], { id: 'b' });
    const p = new Path(a, a, [
      new PathSegment(a, rel(10, 1, 2, 'LEADS'), b),
      new PathSegment(b, rel(11, 2, 1, 'EMPLOYS'), a),
    ]);
    const out = toGraphValue(p) as GraphPath;
    expect(out.nodes.map((n) => n.id)).toEqual(['a', 'b', 'a']);
    expect(out.relationships).toHaveLength(2);
  });

  it('maps nested lists and maps recursively, graph values inside them included', () => {
    const v = toGraphValue({ k: int(1), m: { n: [true, int(2), [node(1, ['X'], { id: 'x' })]] }, f: 1.5, s: null });
    expect(v).toEqual({
      k: 1,
      m: { n: [true, 2, [{ elementId: '4:db:1', id: 'x', labels: ['X'], properties: { id: 'x' } }]] },
      f: 1.5,
      s: null,
    });
    expect(JSON.parse(JSON.stringify(v))).toEqual(v);
  });

  it('maps Integers in the safe range exactly and refuses larger ones with ValueRangeError', () => {
    expect(toGraphValue(int('9007199254740991'))).toBe(Number.MAX_SAFE_INTEGER);
    expect(toGraphValue(int('-9007199254740991'))).toBe(-Number.MAX_SAFE_INTEGER);
    expect(() => toGraphValue(int('9007199254740993'), 'column big')).toThrow(ValueRangeError);
    expect(() => toGraphValue(int('-9007199254740993'))).toThrow(ValueRangeError);
    expect(() => toGraphValue(node(1, ['X'], { n: int('9223372036854775807') }))).toThrow(
      /node property n 9223372036854775807/,
    );
    expect(() => toGraphValue(2n ** 60n)).toThrow(ValueRangeError);
  });

  it('maps temporal values to ISO 8601 strings', () => {
    expect(toGraphValue(new CypherDate(int(2025), int(1), int(15)))).toBe('2025-01-15');
    expect(toGraphValue(new DateTime(int(2025), int(1), int(15), int(9), int(30), int(0), int(0), int(0), null))).toBe(
      '2025-01-15T09:30:00Z',
    );
    expect(
      toGraphValue(new DateTime(int(2025), int(1), int(15), int(9), int(30), int(0), int(0), int(3600), null)),
    ).toBe('2025-01-15T09:30:00+01:00');
    expect(toGraphValue(new LocalDateTime(int(2025), int(1), int(15), int(9), int(30), int(5), int(0)))).toBe(
      '2025-01-15T09:30:05',
    );
    expect(toGraphValue(new Time(int(9), int(30), int(0), int(0), int(0)))).toBe('09:30:00Z');
    expect(toGraphValue(new LocalTime(int(9), int(30), int(0), int(500000000)))).toBe('09:30:00.500000000');
    expect(toGraphValue(new Duration(int(14), int(2), int(3600), int(0)))).toBe('P1Y2M2DT1H');
  });

  it('maps points to {srid, x, y, z?} and bytes to base64', () => {
    expect(toGraphValue(new Point(int(4326), 13.4, 52.5))).toEqual({ srid: 4326, x: 13.4, y: 52.5 });
    expect(toGraphValue(new Point(int(9157), 1, 2, 3))).toEqual({ srid: 9157, x: 1, y: 2, z: 3 });
    expect(toGraphValue(new Int8Array([104, 105]))).toBe('aGk=');
  });

  it('gives NaN and infinities as strings, since JSON has no form for them', () => {
    expect(toGraphValue(Number.NaN)).toBe('NaN');
    expect(toGraphValue(Number.POSITIVE_INFINITY)).toBe('Infinity');
  });

  it('maps a driver Record to a row keyed by column', () => {
    const r = new Record(['n', 'c'], [node(1, ['A'], { id: 'a' }), int(3)]);
    expect(toRow(r)).toEqual({ n: { elementId: '4:db:1', id: 'a', labels: ['A'], properties: { id: 'a' } }, c: 3 });
  });

  it('names the column of an out-of-range Integer in the error', () => {
    const r = new Record(['big'], [int('9007199254740993')]);
    expect(() => toRow(r)).toThrow(/column big 9007199254740993/);
  });

  it('reads write counters from the driver’s QueryStatistics', () => {
    const stats = new neo4j.QueryStatistics({
      'nodes-created': int(2),
      'relationships-created': 1,
      'properties-set': int(5),
      'labels-added': 4,
      'indexes-added': 1,
    });
    expect(toCounters(stats)).toEqual({
      nodesCreated: 2,
      nodesDeleted: 0,
      relationshipsCreated: 1,
      relationshipsDeleted: 0,
      propertiesSet: 5,
      labelsAdded: 4,
      labelsRemoved: 0,
    });
  });
});
