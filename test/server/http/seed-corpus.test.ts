// The API over the real seed corpus, loaded through the loader into every test store (embedded, and Neo4j when
// NEO4J_TEST_URI is set): every route answers on real data, in the shapes its schemas promise.
import { afterAll, beforeAll, expect, it } from 'vitest';
import type { Express } from 'express';
import type { GraphStore } from '../../../core/graph-store.ts';
import type { LoadReport } from '../../../seed/load-corpus.ts';
import { forEachStore } from '../../_support/stores.ts';
import request from 'supertest';
import { createApp } from '../../../server/create-app.ts';
import { testCatalog } from '../../_support/catalog.ts';
import { loadCorpus } from '../../../seed/load-corpus.ts';
import { NO_CLIENT, testConfig } from '../../_support/api-app.ts';
import type { z } from 'zod';
import {
  documentResponse,
  entityResponse,
  neighborsResponse,
  pathsResponse,
  runResponse,
  schemaResponse,
  statementsResponse,
  type EntityResponse,
  type SearchResponse,
} from '../../../core/wire.ts';
import { coerceParams } from '../../../server/queries/catalog.ts';

const config = testConfig();
const catalog = testCatalog();

/** Rows as JSON with each collect()ed list sorted: collect(DISTINCT …) promises no order. */
const unordered = (rows: unknown[]) =>
  JSON.parse(JSON.stringify(rows), (_k, v) =>
    Array.isArray(v) && v.every((x) => typeof x === 'string') ? v.sort() : v,
  );

/** Rows the article settles: Lutnick's seven statements, one meeting, one policy's one company, one document … */
const KNOWN_ROWS: Record<string, number> = {
  'companies-affected-by-policy': 1,
  'documents-citing-entity': 1,
  'everything-a-person-said': 7,
  'shortest-evidence-path': 1,
  'statements-about-two-entities': 2,
  'statements-over-time': 1,
  'who-said-what-about': 1,
  'co-mentioned-entities': 50, // its limit: the article names more than ten entities
};

forEachStore('the API over the seed corpus', (s) => {
  let store: GraphStore;
  let report: LoadReport;
  let app: Express;
  let entityIds: string[] = [];
  let documentIds: string[] = [];
  beforeAll(async () => {
    store = await s.open();
    report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    app = createApp({ store, config, clientDir: NO_CLIENT, catalog });
    const ids = async (q: string) => (await store.run(q)).rows.map((r) => String(r.id));
    entityIds = await ids('MATCH (e:Entity) RETURN e.id AS id ORDER BY e.mentionCount DESC, id');
    documentIds = await ids('MATCH (d:Document) RETURN d.id AS id');
  }, 600_000);
  afterAll(async () => {
    await store?.close();
  });

  it('loaded the seed: its one article and the actors it names', () => {
    expect(report.failed).toEqual([]);
    expect(documentIds).toEqual(['us-permits-downgraded-ai-chips']);
    expect(entityIds).toEqual(
      expect.arrayContaining([
        'person:howard-lutnick',
        'person:jensen-huang',
        'person:donald-trump',
        'company:nvidia',
        'company:amd',
        'chip:h20',
        'country:china',
      ]),
    );
  });

  it('stores where people met as a property of their MET_WITH, readable by user Cypher', async () => {
    // "President Donald Trump met with Huang in Washington": the place is the venue's entity id, and no meeting event.
    const met = await store.run(
      "MATCH (a:Entity)-[r:MET_WITH]-(b:Entity) WHERE a.id STARTS WITH 'person:donald-trump' RETURN b.id AS b, r.place AS place",
    );
    expect(met.rows).toContainEqual({ b: 'person:jensen-huang', place: 'place:washington' });
    const venue = await store.run("MATCH (p:Entity {id: 'place:washington'}) RETURN p.type AS type");
    expect(venue.rows).toEqual([{ type: 'Place' }]);
    const events = await store.run("MATCH (e:Entity) WHERE e.id CONTAINS 'meeting' RETURN e.id AS id");
    expect(events.rows).toEqual([]);
  });

  it('finds Howard Lutnick from "lutnik"', async () => {
    const res = await request(app).get('/api/search?q=lutnik');
    expect(res.status).toBe(200);
    expect((res.body as SearchResponse).results[0]?.node.id).toBe('person:howard-lutnick');
  });

  it('finds every entity by its own name, first or tied with an equally good match', async () => {
    for (const id of entityIds) {
      const entity = (await request(app).get(`/api/entities/${encodeURIComponent(id)}`)).body as EntityResponse;
      const res = (
        await request(app).get(`/api/search?q=${encodeURIComponent(String(entity.entity.properties.name))}&limit=20`)
      ).body as SearchResponse;
      expect(
        res.results.map((r) => r.node.id),
        id,
      ).toContain(id);
      expect(res.results[0].match.kind).toBe('exact');
    }
  });

  /** GET url answers 200 with a body its zod response schema accepts; the body. */
  const valid = async (url: string, schema: z.ZodType) => {
    const res = await request(app).get(url);
    expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(200);
    const parsed = schema.safeParse(res.body);
    expect(parsed.success, `${url}: ${parsed.error?.message}`).toBe(true);
    return res.body;
  };

  it('answers details, neighbours and statements for every entity and every document with valid spans, as the schemas say', async () => {
    for (const id of entityIds) {
      const e = encodeURIComponent(id);
      expect((await valid(`/api/entities/${e}`, entityResponse)).entity.id).toBe(id);
      await valid(`/api/entities/${e}/neighbors?depth=2`, neighborsResponse);
      await valid(`/api/statements?about=${e}`, statementsResponse);
      await valid(`/api/statements?speaker=${e}`, statementsResponse);
    }
    for (const id of documentIds) {
      const body = await valid(`/api/documents/${encodeURIComponent(id)}`, documentResponse);
      for (const s of body.spans) expect(s.end <= body.text.length && s.start < s.end).toBe(true);
    }
  });

  it('answers statements, schema and paths, as the schemas say', async () => {
    await valid('/api/statements?limit=5', statementsResponse);
    await valid('/api/schema', schemaResponse);
    const [a, b] = entityIds;
    await valid(`/api/paths?from=${a}&to=${b}`, pathsResponse);
    const lutnick = await valid('/api/statements?speaker=person:howard-lutnick', statementsResponse);
    expect(lutnick.statements).toHaveLength(7);
  });

  // test/cypher/saved-queries-on-seed.test.ts holds each query's rows to what the article says (on both stores); here
  // the API answers with exactly those rows, in a body its schema accepts.
  it.each(catalog.queries.map((q) => [q.id, q]))(
    'built-in query %s runs with its defaults and answers the rows the store finds',
    async (_id, query) => {
      const res = await request(app).post(`/api/queries/${query.id}/run`).send({});
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      const parsed = runResponse.safeParse(res.body);
      expect(parsed.success, parsed.error?.message).toBe(true);
      const direct = await store.run(query.cypher, coerceParams(query, {}));
      expect(res.body.columns).toEqual(direct.columns);
      expect(res.body.rows).toHaveLength(direct.rows.length);
      if (query.view === 'table') expect(unordered(res.body.rows)).toEqual(unordered(direct.rows));
      else expect(res.body.graph.nodes.length).toBeGreaterThanOrEqual(2); // every path has two ends at least
      if (query.id in KNOWN_ROWS) expect(res.body.rows).toHaveLength(KNOWN_ROWS[query.id]);
    },
  );
});
