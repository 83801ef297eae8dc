// The routes the explorer's own views use (statement details, who-said-what graph, first screen, restored canvas),
// path ranking and hop direction, search by most words, front matter offsets, and error messages for people; on the
// seed loaded into a real embedded store, and into Neo4j too when NEO4J_URI points at a disposable database.
import { testCatalog } from '../../_support/catalog.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/create-app.ts';
import type { GraphStore } from '../../../core/graph-store.ts';
import { loadCorpus } from '../../../seed/load-corpus.ts';
import { bodyStartOf } from '../../../server/query-services/document-view.ts';
import { forPeople } from '../../../server/http/errors.middleware.ts';
import { hopStrength, rankPaths } from '../../../server/query-services/find-paths.ts';
import { NO_CLIENT, testConfig } from '../../_support/api-app.ts';
import { openWithSchema, STORES } from '../../_support/stores.ts';
import type {
  DocumentResponse,
  OverviewResponse,
  PathsResponse,
  SearchResponse,
  StatementResponse,
  StatementsGraphResponse,
  StatementsResponse,
  SubgraphResponse,
} from '../../../core/wire.ts';

const INTERNAL = /assertReadOnly|EmbeddedStore|Neo4jStore|coerceParams|Invalid (body|query|path)|Too small|Too big/;

// Every test store (stores.ts): embedded, and Neo4j at NEO4J_TEST_URI only (never NEO4J_URI or .env: the tests wipe
// their database, and refuse one that is not marked as theirs).
const stores: [string, () => Promise<GraphStore>][] = STORES.map((s) => [s.kind, () => openWithSchema(s)]);

describe.each(stores)('explorer routes on the seed (%s)', (_kind, open) => {
  let store: GraphStore;
  let app: Express;
  beforeAll(async () => {
    const config = testConfig();
    store = await open();
    const report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    expect(report.failed).toEqual([]);
    app = createApp({ store, config, clientDir: NO_CLIENT, catalog: testCatalog() });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('GET /api/statements/:id: the statement, its speaker, topics and document, and the graph around it', async () => {
    const list = (await request(app).get('/api/statements?speaker=person:howard-lutnick&limit=50'))
      .body as StatementsResponse;
    const s = list.statements.find((x) => x.about.length > 0)!;
    const res = await request(app).get(`/api/statements/${s.id}`);
    expect(res.status).toBe(200);
    const body = res.body as StatementResponse;
    expect(body.statement).toMatchObject({
      id: s.id,
      text: s.text,
      speaker: { id: 'person:howard-lutnick', name: 'Howard Lutnick' },
      docId: s.docId,
      start: s.start,
      end: s.end,
    });
    expect(body.statement.about.map((a) => a.id).sort()).toEqual(s.about.map((a) => a.id).sort());
    const labels = body.graph.nodes.map((n) => n.labels.find((l) => l !== 'Entity'));
    expect(labels).toEqual(expect.arrayContaining(['Statement', 'Person', 'Document']));
    expect(body.graph.nodes.find((n) => n.labels.includes('Document'))!.properties.text).toBeUndefined(); // the text stays on the document route
    expect(body.graph.edges.map((e) => e.type)).toEqual(expect.arrayContaining(['SAID', 'ABOUT', 'REPORTED_IN']));
    expect((await request(app).get('/api/statements/0000000000000000')).status).toBe(404);
    const bad = await request(app).get('/api/statements/%3Cscript%3E');
    expect(bad.status).toBe(400);
    expect(bad.body.error.message).not.toMatch(INTERNAL);
  });

  it('GET /api/statements/graph: every statement of a speaker, those without a named topic too', async () => {
    const list = (await request(app).get('/api/statements?speaker=person:jensen-huang&limit=200'))
      .body as StatementsResponse;
    expect(list.statements.some((s) => s.about.length === 0)).toBe(true); // the case the old client query dropped
    const g = (await request(app).get('/api/statements/graph?speaker=person:jensen-huang'))
      .body as StatementsGraphResponse;
    const drawn = g.nodes
      .filter((n) => n.labels.includes('Statement'))
      .map((n) => n.id)
      .sort();
    expect(drawn).toEqual(list.statements.map((s) => s.id).sort());
    expect(g.statements).toBe(list.statements.length);
    const about = (await request(app).get('/api/statements/graph?about=chip:h20')).body as StatementsGraphResponse;
    expect(about.nodes.some((n) => n.id === 'chip:h20')).toBe(true);
    expect((await request(app).get('/api/statements/graph')).status).toBe(400);
    expect((await request(app).get('/api/statements/graph?speaker=person:jensen-huang&about=chip:h20')).status).toBe(
      400,
    );
  });

  it('lists each statement once', async () => {
    const list = (await request(app).get('/api/statements?limit=200')).body as StatementsResponse;
    expect(new Set(list.statements.map((s) => s.id)).size).toBe(list.statements.length);
  });

  it('GET /api/overview: the most connected actors and the typed links among them', async () => {
    const o = (await request(app).get('/api/overview?limit=10&links=40')).body as OverviewResponse;
    expect(o.actors).toHaveLength(10);
    expect(o.actors[0].id).toBe('company:nvidia');
    expect(o.actors.map((a) => a.degree)).toEqual([...o.actors.map((a) => a.degree)].sort((a, b) => b - a));
    expect(o.graph.nodes.map((n) => n.id).sort()).toEqual(o.actors.map((a) => a.id).sort());
    const named = new Map(o.graph.nodes.map((n) => [n.elementId, n.id]));
    // "Nvidia CEO Jensen Huang": the two are among the most connected, linked by the typed fact.
    expect(o.graph.edges.map((e) => `${named.get(e.start)} ${e.type} ${named.get(e.end)}`)).toContain(
      'person:jensen-huang LEADS company:nvidia',
    );
    expect(o.graph.edges.every((e) => !['SAID', 'ABOUT', 'MENTIONED_IN', 'REPORTED_IN', 'VIA'].includes(e.type))).toBe(
      true,
    );
  });

  it('GET /api/subgraph: the named nodes and the relationships among them', async () => {
    const g = (await request(app).get('/api/subgraph?ids=company:nvidia,chip:h20&ids=person:jensen-huang'))
      .body as SubgraphResponse;
    expect(g.nodes.map((n) => n.id).sort()).toEqual(['chip:h20', 'company:nvidia', 'person:jensen-huang']);
    const ids = new Set(g.nodes.map((n) => n.elementId));
    expect(g.edges.every((e) => ids.has(e.start) && ids.has(e.end))).toBe(true);
    const named = new Map(g.nodes.map((n) => [n.elementId, n.id]));
    expect(g.edges.map((e) => `${named.get(e.start)} ${e.type} ${named.get(e.end)}`)).toEqual(
      expect.arrayContaining(['company:nvidia MAKES chip:h20', 'person:jensen-huang LEADS company:nvidia']),
    );
    const none = await request(app).get('/api/subgraph');
    expect(none.status).toBe(400);
    expect(none.body.error.message).toMatch(/“ids” is missing/);
  });

  it('GET /api/paths: typed evidence first, co-mention last and marked, each hop in its stored direction', async () => {
    const all = (
      await request(app).get(
        '/api/paths?from=organization:biden-administration&to=chip:h20&mode=all&maxHops=3&limit=25',
      )
    ).body as PathsResponse;
    expect(all.paths.length).toBeGreaterThan(1);
    expect(all.paths[0].coMention).toBe(false);
    const co = all.paths.map((p) => p.coMention);
    expect(co).toEqual([...co].sort((a, b) => Number(a) - Number(b))); // no typed path after a co-mention one
    for (const p of all.paths) {
      expect(p.coMention).toBe(p.hops.some((h) => h.type === 'MENTIONED_IN' || h.type === 'REPORTED_IN'));
      for (const h of p.hops) expect(h.direction).toBe(h.edge.start === h.from ? 'forward' : 'backward');
    }
    const typed = all.paths.filter((p) => !p.coMention).map((p) => p.score);
    expect(typed).toEqual([...typed].sort((a, b) => b - a));
    const shortest = (await request(app).get('/api/paths?from=organization:biden-administration&to=chip:h20'))
      .body as PathsResponse;
    expect(shortest.paths[0].coMention).toBe(false);
    expect(shortest.paths[0].hops.map((h) => h.type)).not.toContain('MENTIONED_IN');
  });

  it('GET /api/search: a policy by most of the words of its name, in any order', async () => {
    for (const q of ['Biden export rule', 'export Biden restrictions', 'restrictions administration Biden']) {
      const r = (await request(app).get(`/api/search?q=${encodeURIComponent(q)}`)).body as SearchResponse;
      expect(
        r.results.map((x) => x.node.id),
        q,
      ).toContain('policy:biden-administration-export-restrictions');
    }
    const r = (await request(app).get(`/api/search?q=${encodeURIComponent('Biden export rule')}`))
      .body as SearchResponse;
    expect(r.results.find((x) => x.node.id === 'policy:biden-administration-export-restrictions')!.match.kind).toBe(
      'most-words',
    );
    expect(((await request(app).get('/api/search?q=zzqxv')).body as SearchResponse).results).toEqual([]);
  });

  it('GET /api/documents/:id: bodyStart skips the front matter, and spans still point at their words', async () => {
    const id = String((await store.run('MATCH (d:Document) RETURN d.id AS id LIMIT 1')).rows[0].id);
    const d = (await request(app).get(`/api/documents/${id}`)).body as DocumentResponse;
    expect(d.text.slice(0, d.bodyStart)).toMatch(/^---\n[\s\S]*title:[\s\S]*---\n+$/);
    expect(d.text.slice(d.bodyStart)).toMatch(/^US Permits Import/);
    expect(d.spans.every((s) => s.start >= d.bodyStart)).toBe(true);
  });

  it('writes errors for people: no internal names, field named, limit stated', async () => {
    const long = await request(app).get(`/api/search?q=${'x'.repeat(250)}`);
    expect(long.status).toBe(400);
    expect(long.body.error.message).toBe('“q” is too long: at most 200 characters.');
    const empty = await request(app).post('/api/cypher').send({ query: '' });
    expect(empty.body.error.message).toBe('“query” is empty; give a value.');
    const write = await request(app).post('/api/cypher').send({ query: "CREATE (n:Entity {id: 'x:y'}) RETURN n" });
    expect(write.status).toBe(422);
    expect(write.body.error.message).not.toMatch(INTERNAL);
    const params = await request(app)
      .post('/api/queries/who-said-what-about/run')
      .send({ params: { nope: 1 } });
    expect(params.status).toBe(400);
    expect(params.body.error.message).not.toMatch(INTERNAL);
    expect(params.body.error.message).toMatch(/nope/);
    const syntax = await request(app).post('/api/cypher').send({ query: 'MATCH (n RETURN n' });
    expect(syntax.status).toBe(400);
    expect(syntax.body.error.details.errors[0]).toMatchObject({ line: 1, column: expect.any(Number) });
  });
});

describe('pure parts', () => {
  it('bodyStartOf: past the fence and blank lines; 0 without front matter or with an unclosed one', () => {
    expect(bodyStartOf('---\ntitle: x\n---\n\nBody')).toBe('---\ntitle: x\n---\n\n'.length);
    expect(bodyStartOf('No front matter')).toBe(0);
    expect(bodyStartOf('---\ntitle: x\nno close')).toBe(0);
    expect(bodyStartOf('---\r\na: 1\r\n...\r\nB')).toBe('---\r\na: 1\r\n...\r\n'.length);
  });

  it('forPeople drops a leading function or class name, keeps domain prefixes', () => {
    expect(forPeople('assertReadOnly: CREATE writes to the graph')).toBe('CREATE writes to the graph');
    expect(forPeople('EmbeddedStore: the store is closed')).toBe('The store is closed');
    expect(forPeople('coerceParams: parameter "x" expects an integer')).toBe('Parameter "x" expects an integer');
    expect(forPeople('Paths: no entity "x:y".')).toBe('Paths: no entity "x:y".');
  });

  it('rankPaths: typed before co-mention whatever the length; better supported first', () => {
    const rel = (type: string, support = 1, confidence = 0.8) => ({
      elementId: `${type}${support}`,
      type,
      start: 'a',
      end: 'b',
      properties: { support, confidence },
    });
    const co = { relationships: [rel('MENTIONED_IN'), rel('MENTIONED_IN')] };
    const weak = { relationships: [rel('ISSUED_BY', 1), rel('IN_RESPONSE_TO', 1)] };
    const strong = { relationships: [rel('ISSUED_BY', 4), rel('IN_RESPONSE_TO', 3)] };
    const long = { relationships: [rel('MAKES', 2), rel('RESTRICTS', 2), rel('TARGETS', 2)] };
    expect(rankPaths([co, weak, long, strong]).at(-1)).toBe(co);
    const ranked = rankPaths([co, weak, strong]);
    expect(ranked).toEqual([strong, weak, co]);
    expect(hopStrength(rel('MENTIONED_IN'))).toBeLessThan(hopStrength(rel('SAID')));
    expect(hopStrength(rel('SAID'))).toBeLessThan(hopStrength(rel('MAKES')));
  });
});
