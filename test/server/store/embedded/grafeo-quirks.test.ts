// Pins the Grafeo 0.6.0 behaviours the embedded adapter works around, so an upgrade that changes them is noticed.
import { describe, expect, it } from 'vitest';
import grafeo from '@grafeo-db/js';
import { EmbeddedGraphStore } from '../../../../server/store/embedded/embedded-store.ts';
import { QueryRejectedError } from '../../../../core/errors.ts';
import { isReservedWord, RESERVED_WORDS } from '../../../../server/queries/cypher-keywords.ts';
import { forbiddenInReadMode } from '../../../../server/store/embedded/schema-keywords.ts';

const { GrafeoDB } = grafeo;

describe('Grafeo 0.6.0 quirks the embedded adapter works around', () => {
  it('keeps an index created inside a rolled-back transaction, with zero write counters (raw Grafeo)', async () => {
    const db = GrafeoDB.create();
    const tx = db.beginTransaction();
    const r = await tx.executeCypher('CREATE INDEX quirk_idx FOR (n:Quirk) ON (n.x)');
    expect(Object.values(r.counters).every((v) => v === 0)).toBe(true);
    tx.rollback();
    const indexes = (await db.executeCypher('SHOW INDEXES')).toArray().map((row) => row.name);
    expect(indexes).toContain('quirk_idx'); // the rollback did not undo it: hence the keyword check in read mode
    db.close();
  });

  it('reads every node of the label for ORDER BY … LIMIT on an indexed property: no index order (raw Grafeo)', async () => {
    // So an unfiltered /api/statements page, which Neo4j answers from the statement_date index in order, still
    // reads every statement on the embedded store; an upgrade that plans it from the index is noticed here.
    const db = GrafeoDB.create();
    await db.executeCypher('CREATE INDEX quirk_date FOR (n:Quirk) ON (n.date)');
    await db.executeCypher(
      "UNWIND range(1, 50) AS i CREATE (:Quirk {id: toString(i), date: '2025-01-' + toString(i)})",
    );
    const plan = (
      await db.executeCypher(
        "EXPLAIN MATCH (s:Quirk) WHERE s.date <= '2025-01-3' WITH s ORDER BY s.date DESC, s.id LIMIT 5 RETURN s.id",
      )
    )
      .toArray()
      .map((row) => String(row.plan))
      .join('\n');
    expect(plan).toMatch(/NodeScan \(s:Quirk\)/);
    expect(plan).toMatch(/Sort \(s\.date DESC/);
    db.close();
  });

  it('so the adapter refuses schema commands in read mode before running them', async () => {
    const store = EmbeddedGraphStore.open({});
    await expect(store.run('CREATE INDEX quirk_idx FOR (n:Quirk) ON (n.x)')).rejects.toBeInstanceOf(QueryRejectedError);
    await expect(store.run('/* hide */ cReAtE index q2 FOR (n:Q) ON (n.x)')).rejects.toBeInstanceOf(QueryRejectedError);
    await expect(store.run("LOAD CSV FROM 'file:///etc/passwd' AS line RETURN line")).rejects.toBeInstanceOf(
      QueryRejectedError,
    );
    const indexes = (await store.run('SHOW INDEXES')).rows.map((row) => row.name);
    expect(indexes).not.toContain('quirk_idx');
    await store.close();
  });

  it('returns null for size((n)--()) where COUNT {} works (raw Grafeo)', async () => {
    const db = GrafeoDB.create();
    await db.executeCypher("CREATE (a:A {id: 'a'})-[:R]->(b:A {id: 'b'})");
    const r = (
      await db.executeCypher("MATCH (n:A {id: 'a'}) RETURN size((n)--()) AS s, COUNT { (n)--() } AS c")
    ).toArray()[0];
    expect(r.s).toBeNull();
    expect(r.c).toBe(1);
    db.close();
  });
});

describe('parameters named like keywords', () => {
  it('Grafeo cannot read $CREATE, $match, $null… as parameters; every one it refuses is a reserved word saved queries refuse', async () => {
    const db = GrafeoDB.create();
    const refused: string[] = [];
    for (const word of [...RESERVED_WORDS, 'name', 'limitValue', 'x']) {
      for (const name of [word, word.toLowerCase()]) {
        try {
          await db.executeCypher(`RETURN $${name} AS v`, { [name]: 1 });
        } catch {
          refused.push(name);
        }
      }
    }
    db.close();
    expect(refused).toEqual(expect.arrayContaining(['CREATE', 'create', 'match', 'RETURN', 'null', 'DELETE']));
    for (const name of refused) expect(isReservedWord(name), name).toBe(true);
  });
});

describe('read-mode keyword check', () => {
  it('finds schema, admin and file-loading keywords outside strings, comments and property names', () => {
    expect(forbiddenInReadMode('MATCH (n) RETURN n')).toBeNull();
    expect(forbiddenInReadMode("MATCH (n) WHERE n.text CONTAINS 'create index' RETURN n")).toBeNull();
    expect(forbiddenInReadMode('MATCH (n) // drop everything\nRETURN n.create, n.`drop`')).toBeNull();
    expect(forbiddenInReadMode('MATCH (n:Load) RETURN n')).toBeNull();
    expect(forbiddenInReadMode('DROP INDEX x')).toBe('DROP');
    expect(forbiddenInReadMode('MATCH (n) CALL { CREATE (m) } RETURN n')).toBe('CREATE');
    expect(forbiddenInReadMode('load csv from $u as l return l')).toBe('LOAD');
  });
});
