// §3.9 no whole-graph scans on request paths: every query the app sends while it answers /api/schema, /api/search
// (after a write: the name index reads only what changed), /api/paths and a scoped /api/export, and the loader's
// totals, is planned by Neo4j without a scan of all nodes or all relationships, and without a label or type scan
// unless a LIMIT cuts it. On the embedded store the same queries run (Grafeo's EXPLAIN shows a logical plan only, so
// the plans are checked on Neo4j) and the answers are checked on both.
import neo4j from 'neo4j-driver';
import request from 'supertest';
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENTITY_CHANGES, type GraphStore, type RunOptions } from '../../../core/graph-store.ts';
import { SCHEMA_DIR } from '../../../core/project-paths.ts';
import { readSchemaDir } from '../../../core/schema-statements.ts';
import { graphTotals } from '../../../seed/load-corpus.ts';
import { createApp } from '../../../server/create-app.ts';
import { NO_CLIENT, testConfig } from '../../_support/api-app.ts';
import { writeApiGraph } from '../../_support/api-graph.ts';
import { testCatalog } from '../../_support/catalog.ts';
import { forEachStore, neo4jTestConfig } from '../../_support/stores.ts';

interface Call {
  query: string;
  params: Record<string, unknown>;
  rows?: number;
}

/** The store, noting every read it is asked for while `calls` is set. */
function recording(inner: GraphStore): GraphStore & { calls: Call[] | null } {
  const wrapper = Object.create(inner) as GraphStore & { calls: Call[] | null };
  wrapper.calls = null;
  wrapper.run = (query: string, params: Record<string, unknown> = {}, options?: RunOptions) => {
    const call: Call = { query, params };
    if (options?.mode !== 'write') wrapper.calls?.push(call);
    return inner.run(query, params, options).then((r) => {
      call.rows = r.rows.length;
      return r;
    });
  };
  wrapper.versionState = () => inner.versionState();
  wrapper.version = () => inner.version();
  return wrapper;
}

interface PlanNode {
  operatorType: string;
  children: PlanNode[];
}

/** Operators that read every node or relationship, or a whole label or type without a LIMIT above them. */
function scans(plan: PlanNode, limited = false): string[] {
  const op = plan.operatorType.replace(/@.*$/, '');
  const cut = limited || /^Limit|^Top/.test(op);
  const bad =
    /^(AllNodesScan|AllRelationshipsScan|DirectedAllRelationshipsScan|UndirectedAllRelationshipsScan)$/.test(op) ||
    (!cut && /^(NodeByLabelScan|DirectedRelationshipTypeScan|UndirectedRelationshipTypeScan)$/.test(op));
  return [...(bad ? [op] : []), ...plan.children.flatMap((c) => scans(c, cut))];
}

/** Operators that read every node or every node of a label, whatever is above them. */
function wholeReads(plan: PlanNode): string[] {
  const op = plan.operatorType.replace(/@.*$/, '');
  const bad = /^(AllNodesScan|NodeByLabelScan)$/.test(op);
  return [...(bad ? [op] : []), ...plan.children.flatMap((c) => wholeReads(c))];
}

/** The plans Neo4j makes for these queries. */
async function explain(calls: Call[]): Promise<{ query: string; plan: PlanNode }[]> {
  const config = neo4jTestConfig()!;
  const driver = neo4j.driver(
    config.uri,
    config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password),
  );
  try {
    const out: { query: string; plan: PlanNode }[] = [];
    for (const c of calls) {
      const { summary } = await driver.executeQuery(`EXPLAIN ${c.query}`, c.params, { database: config.database });
      out.push({ query: c.query, plan: summary.plan as unknown as PlanNode });
    }
    return out;
  } finally {
    await driver.close();
  }
}

const operators = (plan: PlanNode): string[] => [
  plan.operatorType.replace(/@.*$/, ''),
  ...plan.children.flatMap(operators),
];

forEachStore('request paths read no whole graph', (testStore) => {
  let inner: GraphStore;
  let store: ReturnType<typeof recording>;
  let app: ReturnType<typeof createApp>;
  beforeAll(async () => {
    inner = await testStore.open();
    await inner.applySchema(readSchemaDir(SCHEMA_DIR));
    await writeApiGraph(inner);
    store = recording(inner);
    app = createApp({ store, config: testConfig(), clientDir: NO_CLIENT, catalog: testCatalog() });
  }, 120_000);
  afterAll(() => inner?.close());

  it('schema, search after a write, paths, scoped export and load totals', async () => {
    const first = await request(app).get('/api/search?q=lutnick');
    expect(first.body.results.length, JSON.stringify(first.body)).toBeGreaterThan(0);
    expect(first.body.results[0].node.id).toBe('person:howard-lutnick'); // the index is built: every entity read once

    // a rename as the writers make it: the entity stamped with the version the write commits
    await inner.writeBatch([
      { query: "MATCH (e:Entity {id: 'person:howard-lutnick'}) SET e.name = 'Commerce Secretary Lutnick'" },
      { query: ENTITY_CHANGES.stamp, params: { ids: ['person:howard-lutnick'] } },
    ]);
    await new Promise((r) => setTimeout(r, 1100)); // the app asks for the graph version at most once a second
    store.calls = [];
    const search = await request(app).get('/api/search?q=commerce%20secretary');
    expect(search.status).toBe(200);
    expect(search.body.results[0].node.id).toBe('person:howard-lutnick'); // current after the write
    expect(store.calls.map((c) => c.query)).not.toContain('MATCH (e:Entity) RETURN e'); // not read again whole

    const schema = await request(app).get('/api/schema');
    expect(schema.status).toBe(200);
    expect(schema.body.labels).toContainEqual({ label: 'Person', count: 4 });
    expect(schema.body.relationshipTypes).toContainEqual({ type: 'SAID', count: 3 });
    expect(schema.body.propertyKeys).toEqual(expect.arrayContaining(['name', 'mentionCount', 'support']));

    const paths = await request(app).get('/api/paths?from=person:howard-lutnick&to=company:nvidia');
    expect(paths.status).toBe(200);
    const scoped = await request(app).get('/api/export?format=json&scope=entity:company:nvidia');
    expect(scoped.status).toBe(200);
    const ids = scoped.body.nodes.map((n: { id: string }) => n.id);
    expect(ids).toEqual(expect.arrayContaining(['company:nvidia', 'chip:h20', 'person:jensen-huang']));
    expect(ids).not.toContain('country:china'); // two hops away
    expect(ids).not.toContain('graph'); // the version node is bookkeeping, never exported
    expect(scoped.body.relationships.length).toBeGreaterThan(0);
    const totals = await graphTotals(store);
    expect(totals.entitiesByType.Person).toBe(4);

    const calls = store.calls;
    store.calls = null;
    expect(calls.length).toBeGreaterThan(10);
    if (testStore.kind !== 'neo4j') return;
    const config = neo4jTestConfig()!;
    const driver = neo4j.driver(
      config.uri,
      config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password),
    );
    try {
      const found: string[] = [];
      for (const c of calls) {
        const { summary } = await driver.executeQuery(`EXPLAIN ${c.query}`, c.params, { database: config.database });
        const bad = scans(summary.plan as unknown as PlanNode);
        if (bad.length) found.push(`${bad.join(', ')}: ${c.query}`);
      }
      expect(found).toEqual([]);
    } finally {
      await driver.close();
    }
  }, 180_000);

  it('the first screen is ranked once per graph version: a second request sends no ranking query', async () => {
    const ranks = (calls: Call[]) => calls.filter((c) => c.query.includes('COUNT { (e)--() }')).length;
    store.calls = [];
    const first = await request(app).get('/api/overview?limit=5&links=20');
    expect(first.status).toBe(200);
    expect(ranks(store.calls)).toBe(1);
    store.calls = [];
    const second = await request(app).get('/api/overview?limit=5&links=20');
    expect(second.body).toEqual(first.body);
    expect(store.calls).toEqual([]); // not even the links among them: the whole screen is kept

    // a write moves the version: the next request ranks again, and sees the write
    const top = first.body.actors[first.body.actors.length - 1].id as string;
    await inner.writeBatch([
      { query: "MATCH (e:Entity {id: $id}) SET e.name = 'Renamed For The Overview'", params: { id: top } },
    ]);
    await new Promise((r) => setTimeout(r, 1100)); // the app asks for the graph version at most once a second
    store.calls = [];
    const third = await request(app).get('/api/overview?limit=5&links=20');
    expect(ranks(store.calls)).toBe(1);
    store.calls = null;
    expect(third.body.actors.find((a: { id: string }) => a.id === top)?.name).toBe('Renamed For The Overview');
  }, 60_000);

  it('an unfiltered statements page reads about a page: same order and cursor as a full sort, every statement once', async () => {
    // 40 more statements on 5 dates (ties broken by id), and one from a document without a date (it sorts last)
    const more = Array.from({ length: 40 }, (_, i) => ({
      id: `stmt:scan-${String(i).padStart(2, '0')}`,
      date: `2025-0${1 + (i % 5)}-1${i % 3}`,
    }));
    await inner.writeBatch([
      {
        query: `MATCH (sp:Entity {id: 'person:howard-lutnick'}), (d:Document) WITH sp, d ORDER BY d.id LIMIT 1
                UNWIND $rows AS r CREATE (sp)-[:SAID]->(s:Statement {id: r.id, text: 'more', kind: 'direct', date: r.date})-[:REPORTED_IN]->(d)`,
        params: { rows: more },
      },
      {
        query: `CREATE (d:Document {id: 'doc:undated', title: 'Undated', contentHash: 'hash-undated'})
                CREATE (s:Statement {id: 'stmt:undated', text: 'no date', kind: 'direct'})-[:REPORTED_IN]->(d)`,
      },
    ]);
    await new Promise((r) => setTimeout(r, 1100));
    const all = await inner.run(
      `MATCH (s:Statement) OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
       RETURN DISTINCT s.id AS id, coalesce(s.date, d.date, '') AS date ORDER BY date DESC, id`,
    );
    const expected = all.rows.map((r) => String(r.id));
    expect(expected.length).toBe(more.length + 4);
    expect(expected[expected.length - 1]).toBe('stmt:undated');

    const walk = async (filter: string, limit: number) => {
      const ids: string[] = [];
      const calls: Call[] = [];
      let cursor: string | null = null;
      for (let page = 0; page < 100; page++) {
        store.calls = [];
        const res = await request(app).get(
          `/api/statements?limit=${limit}${filter}${cursor ? `&cursor=${encodeURIComponent(cursor)}` : ''}`,
        );
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const sent = store.calls.filter((c) => c.query.includes('Statement'));
        // about a page: no query the page sends returns more than the page and one more (the statements added
        // here have one speaker and one document each, so one row per statement)
        for (const c of sent) expect(c.rows, c.query).toBeLessThanOrEqual(limit + 1 + 3);
        calls.push(...sent);
        ids.push(...res.body.statements.map((st: { id: string }) => st.id));
        cursor = res.body.nextCursor;
        if (!cursor) break;
      }
      store.calls = null;
      return { ids, calls };
    };
    const unfiltered = await walk('', 4);
    expect(unfiltered.ids).toEqual(expected);
    const ranged = await walk('&since=2025-02-01&until=2025-04-30', 3);
    const inRange = all.rows
      .filter((r) => String(r.date) >= '2025-02-01' && String(r.date) <= '2025-04-30')
      .map((r) => String(r.id));
    expect(inRange.length).toBeGreaterThan(10);
    expect(ranged.ids).toEqual(inRange);
    const first = (await request(app).get('/api/statements?limit=2')).body;
    expect(first.statements.map((st: { id: string }) => st.id)).toEqual(expected.slice(0, 2));
    expect(first.statements[0].date).toBe(all.rows[0].date);

    if (testStore.kind !== 'neo4j') return;
    const plans = await explain([...unfiltered.calls, ...ranged.calls]);
    const found = plans.flatMap((p) => wholeReads(p.plan).map((op) => `${op}: ${p.query}`));
    expect(found).toEqual([]);
    // the dated statements come in index order: a range seek (or the index itself), cut by PartialTop
    const dated = plans.filter((p) => p.query.includes('ORDER BY s.date DESC'));
    expect(dated.length).toBeGreaterThan(10);
    for (const p of dated) {
      const ops = operators(p.plan);
      expect(ops, p.query).toContain('PartialTop');
      expect(ops.some((op) => /^NodeIndex(SeekByRange|Scan)$/.test(op))).toBe(true);
    }
  }, 120_000);
});
