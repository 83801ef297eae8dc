// Proves query parameters reach the driver with integral numbers as Neo4j Integers (so `LIMIT $limit` works), at any depth.
import { describe, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { InvalidArgumentError } from '../../../../core/errors.ts';
import { toNeo4jParams } from '../../../../server/store/neo4j/params.ts';

describe('toNeo4jParams', () => {
  it('turns integral numbers into Integers and leaves fractions as floats', () => {
    const p = toNeo4jParams({ limit: 10, score: 0.5, zero: 0, neg: -3 });
    expect(neo4j.isInt(p.limit)).toBe(true);
    expect(String(p.limit)).toBe('10');
    expect(p.score).toBe(0.5);
    expect(neo4j.isInt(p.zero)).toBe(true);
    expect(String(p.neg)).toBe('-3');
  });

  it('converts inside lists and maps, recursively', () => {
    const p = toNeo4jParams({
      people: [{ id: 'p', props: { mentionCount: 4, roles: ['CEO'], weights: [1, 2.5] } }],
    }) as {
      people: { id: string; props: { mentionCount: unknown; roles: string[]; weights: unknown[] } }[];
    };
    const props = p.people[0].props;
    expect(neo4j.isInt(props.mentionCount)).toBe(true);
    expect(props.roles).toEqual(['CEO']);
    expect(neo4j.isInt(props.weights[0])).toBe(true);
    expect(props.weights[1]).toBe(2.5);
  });

  it('keeps numbers past 2^53 as floats (they are not exact integers) and non-numbers untouched', () => {
    const when = new Date('2025-01-01T00:00:00Z');
    const date = new neo4j.types.Date(2025, 1, 1);
    const p = toNeo4jParams({ huge: 1e20, s: '10', b: true, n: null, when, date });
    expect(p.huge).toBe(1e20);
    expect(p.s).toBe('10');
    expect(p.b).toBe(true);
    expect(p.n).toBeNull();
    expect(p.when).toBe(when);
    expect(p.date).toBe(date);
  });

  it('passes Integers through and converts bigints within 64 bits, refusing larger ones', () => {
    const i = neo4j.int('9007199254740993');
    expect(toNeo4jParams({ i }).i).toBe(i);
    expect(String(toNeo4jParams({ b: 2n ** 62n }).b)).toBe((2n ** 62n).toString());
    expect(() => toNeo4jParams({ b: 2n ** 63n })).toThrow(InvalidArgumentError);
  });

  it('does not modify the caller’s object', () => {
    const input = { limit: 5, nested: { k: 1 } };
    toNeo4jParams(input);
    expect(input).toEqual({ limit: 5, nested: { k: 1 } });
  });
});
