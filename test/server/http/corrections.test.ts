// Corrections on the real store: made through the validated routes, stored with who/when/why, applied at once, applied
// again by the loader when the documents are re-extracted, undoable, exported; bad requests are 4xx for people.
import { testCatalog } from '../../_support/catalog.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/create-app.ts';
import { GRAPH_META_LABEL, type GraphStore } from '../../../core/graph-store.ts';
import { loadCorpus } from '../../../seed/load-corpus.ts';
import { writeDocument } from '../../../seed/write/write-document.ts';
import { document, handAnalysis } from '../../_support/hand-analysis.ts';
import { NO_CLIENT, testConfig } from '../../_support/api-app.ts';
import { openWithSchema, STORES } from '../../_support/stores.ts';
import { canonical } from '../../_support/graph-fingerprint.ts';
import type { PlainValue } from '../../../core/graph-store.ts';
import type { CorrectionsResponse, CorrectionView, EntityResponse, StatementsResponse } from '../../../core/wire.ts';

// Every test store (stores.ts): embedded, and Neo4j at NEO4J_TEST_URI only (never NEO4J_URI or .env: the tests wipe
// their database, and refuse one that is not marked as theirs).
const stores: [string, () => Promise<GraphStore>][] = STORES.map((s) => [s.kind, () => openWithSchema(s)]);

describe.each(stores)('corrections (%s)', (_kind, open) => {
  let store: GraphStore;
  let app: Express;
  const config = testConfig();
  const reload = () =>
    loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes, force: true });
  const entity = async (id: string) => request(app).get(`/api/entities/${encodeURIComponent(id)}`);
  const correct = (body: Record<string, unknown>) =>
    request(app)
      .post('/api/corrections')
      .send({ who: 'analyst@example.org', why: 'seen in the source', ...body });

  beforeAll(async () => {
    store = await open();
    const report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    expect(report.failed).toEqual([]);
    app = createApp({ store, config, clientDir: NO_CLIENT, catalog: testCatalog() });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('renames and retypes at once, keeps who/when/why, and the loader re-applies them after re-extraction', async () => {
    const renamed = await correct({ kind: 'rename', target: 'company:nvidia', value: 'NVIDIA Corporation' });
    expect(renamed.status).toBe(201);
    expect(renamed.body as CorrectionView).toMatchObject({
      kind: 'rename',
      who: 'analyst@example.org',
      why: 'seen in the source',
      previous: 'Nvidia',
      undone: false,
    });
    expect((await entity('company:nvidia')).body.entity.properties.name).toBe('NVIDIA Corporation');
    const search = await request(app).get('/api/search?q=NVIDIA%20Corporation');
    expect(search.body.results[0].node.id).toBe('company:nvidia');

    const retyped = await correct({
      kind: 'retype',
      target: 'organization:biden-administration',
      value: 'Organization',
    });
    expect(retyped.status).toBe(201); // already that type: recorded, no change
    const r2 = await correct({ kind: 'retype', target: 'country:china', value: 'Organization' });
    expect(r2.body.previous).toBe('Country');
    const china = (await entity('country:china')).body as EntityResponse;
    expect(china.entity.labels).toContain('Organization');
    expect(china.entity.labels).not.toContain('Country');

    const report = await reload();
    expect(report.failed).toEqual([]);
    expect(report.replaced + report.loaded).toBe(1); // the seed's one article, extracted again
    expect(report.corrections).toBeGreaterThanOrEqual(3);
    expect((await entity('company:nvidia')).body.entity.properties.name).toBe('NVIDIA Corporation');
    expect(((await entity('country:china')).body as EntityResponse).entity.properties.type).toBe('Organization');
  });

  it('a retyped entity keeps its id (links, saved queries and corrections name it), and a later document naming it with the new type finds it instead of making a namesake', async () => {
    // country:china was retyped to Organization above; the "country:" in its id is part of a stable name, not its type
    const china = async () =>
      (
        await store.run(
          "MATCH (e:Entity) WHERE toLower(e.name) = 'china' RETURN e.id AS id, e.type AS type, labels(e) AS labels",
        )
      ).rows;
    expect(await china()).toEqual([{ id: 'country:china', type: 'Organization', labels: expect.any(Array) }]);
    const r = await writeDocument(
      store,
      handAnalysis(document('retype-probe', 'China said so.'), { entities: [{ type: 'Organization', name: 'China' }] }),
    );
    expect(r.status).toBe('loaded');
    const after = await china();
    expect(after.map((x) => x.id)).toEqual(['country:china']);
    expect(after[0].labels).toContain('Organization');
  });

  it('merges one entity into another: relationships and names move, and a reload does not bring it back', async () => {
    const links = async (id: string) =>
      (
        await store.run(
          "MATCH (e:Entity {id: $id})-[r]-(o) WHERE o.id <> 'company:nvidia' AND o.id <> 'company:amd' RETURN DISTINCT type(r) + ' ' + o.id AS link",
          { id },
        )
      ).rows.map((r) => String(r.link));
    const amd = await links('company:amd');
    expect(amd).toContain('MENTIONED_IN us-permits-downgraded-ai-chips'); // "AMD made a similar statement"
    const m = await correct({ kind: 'merge', target: 'company:amd', other: 'company:nvidia' });
    expect(m.status).toBe(201);
    expect((await entity('company:amd')).status).toBe(404);
    const merged = (await entity('company:nvidia')).body as EntityResponse;
    expect(merged.aliases).toContain('AMD');
    expect(await links('company:nvidia')).toEqual(expect.arrayContaining(amd));
    await reload();
    expect((await entity('company:amd')).status).toBe(404);
    expect(((await entity('company:nvidia')).body as EntityResponse).aliases).toContain('AMD');
  });

  it('marks not-an-entity and rejects a relationship and a statement, through reloads', async () => {
    expect(
      (await correct({ kind: 'not-entity', target: 'event:china-international-supply-chain-achievements-exhibition' }))
        .status,
    ).toBeLessThan(500);
    const rel = (
      await store.run(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE NOT type(r) IN ['MENTIONED_IN'] RETURN a.id AS a, type(r) AS t, b.id AS b LIMIT 1",
      )
    ).rows[0] as { a: string; t: string; b: string };
    expect((await correct({ kind: 'reject-relationship', target: rel.a, other: rel.b, value: rel.t })).status).toBe(
      201,
    );
    const st = (
      (await request(app).get('/api/statements?speaker=person:howard-lutnick&limit=1')).body as StatementsResponse
    ).statements[0];
    expect((await correct({ kind: 'reject-statement', target: st.id })).status).toBe(201);
    await reload();
    const still = await store.run(`MATCH (:Entity {id: $a})-[r:${rel.t}]->(:Entity {id: $b}) RETURN count(r) AS n`, {
      a: rel.a,
      b: rel.b,
    });
    expect(Number(still.rows[0].n)).toBe(0);
    expect((await request(app).get(`/api/statements/${st.id}`)).status).toBe(404);
  });

  it('undoes: a rename reverts at once and stays reverted after a reload; the record is kept', async () => {
    const list = ((await request(app).get('/api/corrections')).body as CorrectionsResponse).corrections;
    const rename = list.find((c) => c.kind === 'rename')!;
    const undone = await request(app).post(`/api/corrections/${rename.id}/undo`);
    expect(undone.status).toBe(200);
    expect(undone.body.undone).toBe(true);
    expect((await entity('company:nvidia')).body.entity.properties.name).toBe('Nvidia');
    await reload();
    expect((await entity('company:nvidia')).body.entity.properties.name).toBe('Nvidia');
    const after = ((await request(app).get('/api/corrections')).body as CorrectionsResponse).corrections;
    expect(after.length).toBe(list.length);
    expect(after.find((c) => c.id === rename.id)!.undone).toBe(true);
    expect(after.every((c) => c.who && c.why && c.at)).toBe(true);
  });

  it('refuses bad corrections with a 4xx written for people, and changes nothing', async () => {
    const count = async () =>
      ((await request(app).get('/api/corrections')).body as CorrectionsResponse).corrections.length;
    const n = await count();
    const cases: [Record<string, unknown>, number, RegExp][] = [
      [{ kind: 'rename', target: 'company:nope', value: 'X' }, 404, /no entity/],
      [{ kind: 'retype', target: 'chip:h20', value: 'Vegetable' }, 400, /one of the types/],
      [{ kind: 'merge', target: 'chip:h20' }, 400, /another entity/],
      [{ kind: 'explode', target: 'chip:h20' }, 400, /“kind” should be one of/],
      [{ kind: 'rename', target: 'chip:h20', value: 'H20', why: '' }, 400, /“why” is empty/],
      [
        { kind: 'reject-relationship', target: 'chip:h20', other: 'company:nvidia', value: 'MAKES' },
        404,
        /no MAKES relationship/,
      ],
    ];
    for (const [body, status, message] of cases) {
      const res = await correct(body);
      expect(res.status, JSON.stringify(body)).toBe(status);
      expect(res.body.error.message).toMatch(message);
    }
    expect((await request(app).post('/api/corrections/not-a-uuid/undo')).status).toBe(400);
    expect((await request(app).post('/api/corrections/00000000-0000-4000-8000-000000000000/undo')).status).toBe(404);
    expect(await count()).toBe(n);
    // user Cypher stays read-only: no correction through /api/cypher
    expect((await request(app).post('/api/cypher').send({ query: "CREATE (:Correction {id: 'x'})" })).status).toBe(422);
  });
});

// Undo puts the graph back at once: a merge, a not-an-entity mark and the rejections each leave the store as it was
// before them (nodes, labels, properties, relationships), with no reload; and a later load neither re-applies an
// undone correction nor finds anything missing.
describe.each(stores)('undoing corrections (%s)', (_kind, open) => {
  let store: GraphStore;
  let app: Express;
  const config = testConfig();
  const reload = () =>
    loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes, force: true });
  /**
   * Every node and relationship except the corrections themselves and the bookkeeping every write moves (the version
   * node, the entities' graphVersion stamps, load times), as sorted lines.
   */
  const graph = async () => {
    const nodes = await store.run(
      `MATCH (n) WHERE NOT n:Correction AND NOT n:${GRAPH_META_LABEL} RETURN n.id AS id, labels(n) AS labels, properties(n) AS props`,
    );
    const rels = await store.run(
      'MATCH (a)-[r]->(b) RETURN a.id AS a, type(r) AS t, b.id AS b, properties(r) AS props',
    );
    const strip = (p: unknown) =>
      canonical(
        Object.fromEntries(
          Object.entries(p as Record<string, PlainValue>).filter(([k]) => k !== 'loadedAt' && k !== 'graphVersion'),
        ),
      );
    return [
      ...nodes.rows.map((r) => `${r.id} ${[...(r.labels as string[])].sort().join(':')} ${strip(r.props)}`),
      ...rels.rows.map((r) => `${r.a} -${r.t}-> ${r.b} ${strip(r.props)}`),
    ].sort();
  };
  const correct = async (body: Record<string, unknown>) => {
    const res = await request(app)
      .post('/api/corrections')
      .send({ who: 'analyst@example.org', why: 'checking undo', ...body });
    expect(res.status, JSON.stringify(res.body)).toBe(201);
    return res.body as CorrectionView;
  };
  const undo = async (c: CorrectionView) => {
    const res = await request(app).post(`/api/corrections/${c.id}/undo`);
    expect(res.status, JSON.stringify(res.body)).toBe(200);
    expect(res.body.undone).toBe(true);
  };
  let cases: [string, Record<string, unknown>][];

  beforeAll(async () => {
    store = await open();
    const report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    expect(report.failed).toEqual([]);
    app = createApp({ store, config, clientDir: NO_CLIENT });
    const rel = (
      await store.run(
        "MATCH (a:Entity)-[r]->(b:Entity) WHERE type(r) <> 'MENTIONED_IN' AND a.id <> 'company:amd' AND b.id <> 'company:amd' RETURN a.id AS a, type(r) AS t, b.id AS b ORDER BY a.id, b.id LIMIT 1",
      )
    ).rows[0] as { a: string; t: string; b: string };
    const st = (
      (await request(app).get('/api/statements?speaker=person:howard-lutnick&limit=1')).body as StatementsResponse
    ).statements[0];
    cases = [
      ['merge', { kind: 'merge', target: 'company:amd', other: 'company:nvidia' }],
      ['not-entity', { kind: 'not-entity', target: 'event:china-international-supply-chain-achievements-exhibition' }],
      ['reject-relationship', { kind: 'reject-relationship', target: rel.a, other: rel.b, value: rel.t }],
      ['reject-statement', { kind: 'reject-statement', target: st.id }],
    ];
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('puts back at once what each removing correction took, and takes away what a merge added', async () => {
    const before = await graph();
    for (const [kind, body] of cases) {
      const c = await correct(body);
      const changed = await graph();
      expect(changed, kind).not.toEqual(before);
      await undo(c);
      expect(await graph(), `${kind}: the graph after undo`).toEqual(before);
    }
    // the merged entity is found again, with its links, through the API
    const amd = await request(app).get('/api/entities/company:amd');
    expect(amd.status).toBe(200);
    expect((amd.body as EntityResponse).aliases ?? []).not.toContain('Nvidia');
    const nvidia = (await request(app).get('/api/entities/company:nvidia')).body as EntityResponse;
    expect(nvidia.aliases ?? []).not.toContain('AMD');
    const search = await request(app).get('/api/search?q=AMD');
    expect(search.body.results[0].node.id).toBe('company:amd');
  });

  it('keeps undone corrections undone through later loads, also after the documents were re-extracted in between', async () => {
    const before = await graph();
    const made: CorrectionView[] = [];
    for (const [, body] of cases) made.push(await correct(body));
    const applied = await reload(); // re-extracted with the corrections applied
    expect(applied.failed).toEqual([]);
    expect(applied.corrections).toBe(4);
    expect((await request(app).get('/api/entities/company:amd')).status).toBe(404);
    for (const c of [...made].reverse()) await undo(c);
    // back at once: the merged-away entity and the rejected statement and relationship
    expect((await request(app).get('/api/entities/company:amd')).status).toBe(200);
    const st = cases[3][1].target as string;
    expect((await request(app).get(`/api/statements/${encodeURIComponent(st)}`)).status).toBe(200);
    const rel = cases[2][1] as { target: string; other: string; value: string };
    const n = await store.run(`MATCH (:Entity {id: $a})-[r:${rel.value}]->(:Entity {id: $b}) RETURN count(r) AS n`, {
      a: rel.target,
      b: rel.other,
    });
    expect(Number(n.rows[0].n)).toBe(1);
    // and a later load applies none of them: the graph is the one the documents give
    const again = await reload();
    expect(again.corrections).toBe(0);
    expect(await graph()).toEqual(before);
  });

  it('undoes a rename to exactly the name and aliases before it (the new name is not left among the aliases), also after a reload in between', async () => {
    const names = async () => {
      const e = (await request(app).get('/api/entities/company:nvidia')).body as EntityResponse;
      return { name: e.entity.properties.name, aliases: [...(e.aliases ?? [])].sort() };
    };
    const before = await graph();
    const was = await names();
    const rename = await correct({ kind: 'rename', target: 'company:nvidia', value: 'NVIDIA Corporation' });
    expect((await names()).aliases).toContain(was.name); // the old name is kept as an alias while renamed
    await undo(rename);
    expect(await names()).toEqual(was);
    expect(await graph()).toEqual(before);

    const again = await correct({ kind: 'rename', target: 'company:nvidia', value: 'NVIDIA Corporation' });
    expect((await reload()).failed).toEqual([]); // re-extracted, and the rename applied again
    expect((await names()).name).toBe('NVIDIA Corporation');
    await undo(again);
    expect(await names()).toEqual(was);
    // and the documents' records of the names they gave (on MENTIONED_IN, which the next load of any document that
    // mentions the entity unites into its aliases) hold the corrected name no more
    const shares = await store.run('MATCH (:Entity {id: $id})-[m:MENTIONED_IN]->(:Document) RETURN m.names AS names', {
      id: 'company:nvidia',
    });
    expect(shares.rows.length).toBeGreaterThan(0);
    for (const row of shares.rows) {
      expect(row.names).toContain(was.name);
      expect(row.names).not.toContain('NVIDIA Corporation');
    }
  });

  it('refuses to undo a correction whose entity a later one removed, until that one is undone', async () => {
    const first = await correct({ kind: 'rename', target: 'company:amd', value: 'Advanced Micro Devices' });
    const later = await correct({ kind: 'merge', target: 'company:amd', other: 'company:nvidia' });
    const refused = await request(app).post(`/api/corrections/${first.id}/undo`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toMatch(/undo that one first/);
    await undo(later);
    await undo(first);
    expect(((await request(app).get('/api/entities/company:amd')).body as EntityResponse).entity.properties.name).toBe(
      'AMD',
    );
  });

  it('puts back float properties as floats and integers as integers (1.0 stays 1.0 through the undo record)', async () => {
    // a float 1.0 and an integer 3 on each kind of thing a correction removes: a typed relationship, a statement and
    // one of its relationships, an entity and one of its relationships
    const rel = cases[2][1] as { target: string; other: string; value: string };
    const write = (query: string, params: Record<string, unknown>) => store.run(query, params, { mode: 'write' });
    await write(`MATCH (:Entity {id: $a})-[r:${rel.value}]->(:Entity {id: $b}) SET r.weight = 1.0, r.rank = 3`, {
      a: rel.target,
      b: rel.other,
    });
    for (const [label, id] of [
      ['Statement', cases[3][1].target],
      ['Entity', cases[1][1].target],
    ]) {
      await write(`MATCH (n:${label} {id: $id}) SET n.weight = 1.0, n.rank = 3`, { id });
      await write(
        `MATCH (n:${label} {id: $id})-[r]-(o) WHERE o.id IS NOT NULL AND r.rank IS NULL WITH r LIMIT 1 SET r.weight = 1.0, r.rank = 3`,
        { id },
      );
    }
    // (2x + 1) / 2 is 1.5 for the float 1.0 and 3 for the integer 3 (integer division), on both stores
    const types = async () => {
      const nodes = await store.run(
        'MATCH (n) WHERE n.rank = 3 RETURN (2 * n.weight + 1) / 2 AS w, (2 * n.rank + 1) / 2 AS k',
      );
      const rels = await store.run(
        'MATCH ()-[r]->() WHERE r.rank = 3 RETURN (2 * r.weight + 1) / 2 AS w, (2 * r.rank + 1) / 2 AS k',
      );
      return [...nodes.rows, ...rels.rows].map((r) => `${r.w} ${r.k}`);
    };
    const expected = Array(5).fill('1.5 3');
    expect(await types()).toEqual(expected);
    for (const [kind, body] of cases.slice(1)) {
      const c = await correct(body);
      expect(await types(), kind).not.toEqual(expected);
      await undo(c);
      expect(await types(), `${kind}: after undo`).toEqual(expected);
    }
    // a merge copies the merged entity's relationships onto the one it keeps: a float stays a float there too
    const linksOf = async (id: string) =>
      (
        await store.run(
          'MATCH (e:Entity {id: $id})-[r]-(o) WHERE o.id IS NOT NULL RETURN type(r) AS t, startNode(r) = e AS out, o.id AS o',
          { id },
        )
      ).rows.map((r) => ({ t: String(r.t), out: r.out === true, o: String(r.o) }));
    // Alibaba, merged into AMD, brings links AMD lacks
    const into = 'company:amd';
    const kept = new Set((await linksOf(into)).map((l) => `${l.t} ${l.out} ${l.o}`));
    const moved = (await linksOf('company:alibaba')).find((l) => l.o !== into && !kept.has(`${l.t} ${l.out} ${l.o}`));
    expect(moved).toBeDefined();
    const marked = await write(
      `MATCH (:Entity {id: 'company:alibaba'})-[r]-(o) WHERE o.id = $o AND type(r) = $t
       WITH r LIMIT 1 SET r.weight = 1.0, r.rank = 7 RETURN count(r) AS n`,
      { o: moved!.o, t: moved!.t },
    );
    expect(Number(marked.rows[0].n)).toBe(1);
    const on = async (id: string) =>
      (
        await store.run(
          'MATCH (:Entity {id: $id})-[r]-() WHERE r.rank = 7 RETURN (2 * r.weight + 1) / 2 AS w, (2 * r.rank + 1) / 2 AS k',
          { id },
        )
      ).rows.map((r) => `${r.w} ${r.k}`);
    const merge = await correct({ kind: 'merge', target: 'company:alibaba', other: into });
    expect(await on(into)).toEqual(['1.5 7']);
    await undo(merge);
    expect(await on(into)).toEqual([]);
    expect(await on('company:alibaba')).toEqual(['1.5 7']);
  });
});
