// The API over the real seed corpus, loaded through the loader into a real store (embedded and Neo4j): every route answers on real data.
import { afterAll, beforeAll, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { createApp } from '../../../server/create-app.ts';
import { testCatalog } from '../../_support/catalog.ts';
import type { GraphStore } from '../../../core/graph-store.ts';
import { loadCorpus, type LoadReport } from '../../../seed/load-corpus.ts';
import { NO_CLIENT, testConfig } from '../../_support/api-app.ts';
import type { EntityResponse, SearchResponse } from '../../../core/wire.ts';
import { forEachStore } from '../../_support/stores.ts';

const config = testConfig();
const catalog = testCatalog();

forEachStore('the API over the seed corpus', (testStore) => {
  let store: GraphStore;
  let report: LoadReport;
  let app: Express;
  let entityIds: string[];
  let documentIds: string[];
  beforeAll(async () => {
    store = await testStore.open();
    report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    app = createApp({ store, config, clientDir: NO_CLIENT, catalog });
    entityIds = (await store.run('MATCH (e:Entity) RETURN e.id AS id ORDER BY e.mentionCount DESC, id')).rows.map((r) =>
      String(r.id),
    );
    documentIds = (await store.run('MATCH (d:Document) RETURN d.id AS id')).rows.map((r) => String(r.id));
  }, 600_000);
  afterAll(async () => {
    await store?.close();
  });

  it('loaded the seed', () => {
    console.log(
      `[${testStore.kind}] seed: ${report.loaded} documents, ${entityIds.length} entities, ${report.statements} statements, ${report.relationships} relations`,
    );
    expect(report.failed).toEqual([]);
    expect(documentIds.length).toBeGreaterThan(0);
    expect(entityIds.length).toBeGreaterThan(0);
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

  it('answers details and neighbours for every entity, and every document with valid spans', async () => {
    for (const id of entityIds) {
      expect((await request(app).get(`/api/entities/${encodeURIComponent(id)}`)).status, id).toBe(200);
      const n = await request(app).get(`/api/entities/${encodeURIComponent(id)}/neighbors?depth=2`);
      expect(n.status, id).toBe(200);
    }
    for (const id of documentIds) {
      const res = await request(app).get(`/api/documents/${encodeURIComponent(id)}`);
      expect(res.status, id).toBe(200);
      for (const s of res.body.spans) expect(s.end <= res.body.text.length && s.start < s.end).toBe(true);
    }
  });

  it('answers statements, schema and paths', async () => {
    expect((await request(app).get('/api/statements?limit=5')).status).toBe(200);
    expect((await request(app).get('/api/schema')).status).toBe(200);
    const [a, b] = entityIds;
    expect((await request(app).get(`/api/paths?from=${a}&to=${b}`)).status).toBe(200);
  });

  it.each(catalog.queries.map((q) => [q.id]))('built-in query %s runs with its defaults', async (id) => {
    const res = await request(app).post(`/api/queries/${id}/run`).send({});
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });

  it.each(catalog.queries.map((q) => [q.id]))(
    'built-in query %s returns rows on the seed with its defaults',
    async (id) => {
      const res = await request(app).post(`/api/queries/${id}/run`).send({});
      expect(res.body.rows.length).toBeGreaterThan(0);
    },
  );
});
