// The client's API functions against the real app on the seed (a real embedded store): each returns the server's
// wire type as sent, checked here against the same zod response schemas the OpenAPI document is built from.
import { testCatalog } from '../_support/catalog.ts';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { z } from 'zod';
import { api, ApiError, setApiBase } from '../../client/src/api.ts';
import * as w from '../../core/wire.ts';
import { createApp } from '../../server/create-app.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { loadCorpus } from '../../seed/load-corpus.ts';
import { NO_CLIENT, testConfig } from '../_support/api-app.ts';

const store = EmbeddedGraphStore.open({});
let server: Server;

beforeAll(async () => {
  const config = testConfig();
  await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
  const app = createApp({ store, config, clientDir: NO_CLIENT, catalog: testCatalog() });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  setApiBase(`http://127.0.0.1:${(server.address() as AddressInfo).port}`);
}, 120_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await store.close();
});

/** The answer parses against the documented response schema. */
const conforms = <S extends z.ZodType>(schema: S, v: unknown) => {
  const r = schema.safeParse(v);
  expect(r.success, r.success ? '' : JSON.stringify(r.error.issues.slice(0, 3))).toBe(true);
};

describe('client api over the real app', () => {
  it('health, schema, search, entity, neighbors', async () => {
    conforms(w.healthResponse, await api.health());
    conforms(w.schemaResponse, await api.schema());
    const s = await api.search('Lutnick');
    conforms(w.searchResponse, s);
    expect(s.results[0].node.id).toBe('person:howard-lutnick');
    const e = await api.entity('company:nvidia');
    conforms(w.entityResponse, e);
    expect(e.entity.properties.name).toBe('Nvidia');
    const n = await api.neighbors('company:nvidia', { limit: 5 });
    conforms(w.neighborsResponse, n);
    expect(n.nodes.length).toBeGreaterThan(1);
  });

  it('paths, statements, statement, said graph, overview, subgraph, document', async () => {
    const p = await api.paths('organization:biden-administration', 'chip:h20', { mode: 'all', maxHops: 3 });
    conforms(w.pathsResponse, p);
    expect(p.paths[0].hops[0].direction).toMatch(/^(forward|backward)$/);
    const st = await api.statements({ speaker: 'person:howard-lutnick', limit: 5 });
    conforms(w.statementsResponse, st);
    const one = await api.statement(st.statements[0].id);
    conforms(w.statementResponse, one);
    expect(one.statement.id).toBe(st.statements[0].id);
    conforms(w.statementsGraphResponse, await api.statementsGraph({ about: 'chip:h20' }));
    const o = await api.overview({ limit: 5 });
    conforms(w.overviewResponse, o);
    conforms(w.subgraphResponse, await api.subgraph(o.actors.map((a) => a.id)));
    const d = await api.document(String(st.statements[0].docId));
    conforms(w.documentResponse, d);
    expect(d.bodyStart).toBeGreaterThan(0);
  });

  it('saved queries: list, one, run, save, update, delete; and the editor’s Cypher', async () => {
    const qs = await api.queries();
    conforms(w.queriesResponse, qs);
    const who = await api.query('who-said-what-about');
    conforms(w.savedQueryView, who);
    conforms(w.runResponse, await api.runQuery('who-said-what-about', { about: 'chip:h20' }));
    const saved = await api.saveQuery({
      name: 'Client api test',
      cypher: 'MATCH (n:Chip) RETURN n.name AS name LIMIT $n',
      params: [{ name: 'n', type: 'int', default: 2 }],
    });
    conforms(w.savedQueryView, saved);
    expect(saved.user).toBe(true);
    const changed = await api.updateQuery(saved.id, {
      name: 'Client api test 2',
      cypher: saved.cypher,
      params: saved.params,
    });
    expect(changed.name).toBe('Client api test 2');
    expect(await api.deleteQuery(saved.id)).toBeNull();
    conforms(w.runResponse, await api.cypher('MATCH (c:Chip) RETURN c LIMIT 2'));
  });

  it('an error answer is an ApiError with the server’s status, code, message and details', async () => {
    const e = await api.cypher('MATCH (n RETURN n').catch((x: unknown) => x);
    expect(e).toBeInstanceOf(ApiError);
    expect(e as ApiError).toMatchObject({ name: 'ApiError', status: 400, code: 'query_syntax' });
    expect(((e as ApiError).details as { errors: unknown[] }).errors.length).toBeGreaterThan(0);
    const missing = await api.entity('company:nope').catch((x: unknown) => x);
    expect(missing).toMatchObject({ status: 404, code: 'not_found' });
  });
});
