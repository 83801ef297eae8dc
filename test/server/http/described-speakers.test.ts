// A statement whose speaker the text describes but never names ("U.S. officials said") on the way from the loader to the
// explorer: no entity is made for the description, the statement keeps it as its speaker's name, and the who-said-what
// routes list it with an unnamed speaker. On every test store (embedded, and Neo4j at NEO4J_TEST_URI).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { Express } from 'express';
import { testCatalog } from '../../_support/catalog.ts';
import { createApp } from '../../../server/create-app.ts';
import type { GraphStore } from '../../../core/graph-store.ts';
import { readSchemaDir } from '../../../core/schema-statements.ts';
import { SCHEMA_DIR } from '../../../core/project-paths.ts';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { writeDocument, type WriteResult } from '../../../seed/write/write-document.ts';
import { document } from '../../_support/hand-analysis.ts';
import { NO_CLIENT, testConfig } from '../../_support/api-app.ts';
import { STORES } from '../../_support/stores.ts';
import type { StatementResponse, StatementsResponse } from '../../../core/wire.ts';

const RAW =
  'U.S. officials said the new export controls on Huawei would stay in place for years.\n\nCommerce Secretary Gina Raimondo said the controls on Huawei were working.';

describe.each(STORES.map((s) => [s.kind, s] as const))('described speakers (%s)', (_kind, s) => {
  let store: GraphStore;
  let app: Express;
  let written: WriteResult;
  beforeAll(async () => {
    store = await s.open();
    await store.applySchema(readSchemaDir(SCHEMA_DIR));
    const a = analyzeDocument(document('described-speaker-probe', RAW, { date: '2024-05-01' }), {
      gazetteer: loadGazetteer(),
    });
    written = await writeDocument(store, a);
    app = createApp({ store, config: testConfig(), clientDir: NO_CLIENT, catalog: testCatalog() });
  }, 120_000);
  afterAll(async () => {
    await store?.close();
  });

  it('makes no entity for the description and writes no warning for its statement', async () => {
    expect(written.status).toBe('loaded');
    expect(written.warnings).toEqual([]);
    const people = (await store.run("MATCH (e:Entity) WHERE e.type = 'Person' RETURN e.name AS name")).rows;
    expect(people.map((r) => r.name)).toEqual(['Gina Raimondo']);
  });

  it('lists the statement with its described speaker by name and no entity id', async () => {
    const r = await request(app).get('/api/statements?limit=50');
    expect(r.status).toBe(200);
    const list = (r.body as StatementsResponse).statements;
    const described = list.find((x) => x.text.includes('stay in place'));
    expect(described?.speaker).toEqual({ id: null, name: 'U.S. officials' });
    expect(list.find((x) => x.text.includes('were working'))?.speaker?.id).toBe('person:gina-raimondo');
    const one = await request(app).get(`/api/statements/${described!.id}`);
    expect(one.status).toBe(200);
    expect((one.body as StatementResponse).statement.speaker).toEqual({ id: null, name: 'U.S. officials' });
  });

  it('lists it among what was said about a topic it names', async () => {
    const huawei = (await store.run("MATCH (e:Entity) WHERE e.name = 'Huawei' RETURN e.id AS id")).rows[0]?.id;
    const r = await request(app).get(`/api/statements?about=${huawei}&limit=50`);
    expect(r.status).toBe(200);
    const names = (r.body as StatementsResponse).statements.map((x) => x.speaker?.name);
    expect(names).toEqual(expect.arrayContaining(['U.S. officials', 'Gina Raimondo']));
  });
});
