// The fingerprint helper the idempotence tests rely on: equal graphs match whatever the write order; any change to a node, relationship or property shows.
import { describe, expect, it } from 'vitest';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';
import { graphFingerprint } from '../../_support/graph-fingerprint.ts';

async function graph(statements: string[]) {
  const store = EmbeddedGraphStore.open({});
  for (const s of statements) await store.run(s, {}, { mode: 'write' });
  const f = await graphFingerprint(store);
  await store.close();
  return f;
}

describe('graphFingerprint', () => {
  const base = [
    "CREATE (:Entity:Company {id: 'a', name: 'A', aliases: ['x', 'y']})",
    "CREATE (:Entity:Chip {id: 'b', name: 'B'})",
    "MATCH (a {id: 'a'}), (b {id: 'b'}) CREATE (a)-[:MAKES {support: 1}]->(b)",
  ];

  it('is equal for the same graph written in another order, ignoring loadedAt', async () => {
    const one = await graph([...base, "CREATE (:Document {id: 'd', loadedAt: '2025-01-01'})"]);
    const two = await graph(["CREATE (:Document {id: 'd', loadedAt: '2026-06-06'})", base[1], base[0], base[2]]);
    expect(two).toEqual(one);
    expect(one).toMatchObject({
      nodes: 3,
      relationships: 1,
      labels: { Entity: 2, Company: 1, Chip: 1, Document: 1 },
      types: { MAKES: 1 },
      nodeIds: ['a', 'b', 'd'],
      relationshipKeys: ['a-[MAKES]->b'],
    });
  });

  it('differs when a property, a list order, a relationship property or a label changes', async () => {
    const one = await graph(base);
    for (const changed of [
      [base[0].replace("name: 'A'", "name: 'A2'"), base[1], base[2]],
      [base[0].replace("['x', 'y']", "['y', 'x']"), base[1], base[2]],
      [base[0], base[1], base[2].replace('support: 1', 'support: 2')],
      [base[0], base[1].replace(':Chip', ':Model'), base[2]],
    ]) {
      expect((await graph(changed)).hash).not.toBe(one.hash);
    }
  });
});
