// /api/queries: built-in queries run with their defaults; user queries are checked, unique, editable, and survive a restart; built-ins are immutable.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../../server/create-app.ts';
import { testCatalog } from '../../_support/catalog.ts';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';
import { NO_CLIENT, openApiFixture, testConfig, type ApiFixture } from '../../_support/api-app.ts';
import { graphFingerprint } from '../../_support/graph-fingerprint.ts';
import { runResponse, type QueriesResponse, type RunResponse, type SavedQueryView } from '../../../core/wire.ts';
import { coerceParams } from '../../../server/queries/catalog.ts';
import { BUILT_IN_ROWS } from '../../_support/api-graph.ts';
import { WRITE_ATTEMPTS } from '../../_support/write-attempts.ts';
import { forEachStore } from '../../_support/stores.ts';

forEachStore('queries.router', (s) => {
  const catalog = testCatalog();
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await openApiFixture({}, s.open());
  });
  afterAll(async () => {
    await fx.store.close();
  });

  const api = () => request(fx.app);

  describe('built-in queries', () => {
    it('are listed, marked not user, with their parameters', async () => {
      const body = (await api().get('/api/queries')).body as QueriesResponse;
      expect(body.queries.filter((q) => !q.user).map((q) => q.id)).toEqual(catalog.queries.map((q) => q.id));
      const one = (await api().get('/api/queries/who-said-what-about')).body as SavedQueryView;
      expect(one).toMatchObject({
        id: 'who-said-what-about',
        user: false,
        params: expect.arrayContaining([
          expect.objectContaining({ name: 'about', type: 'entity', default: 'chip:h20' }),
        ]),
      });
    });

    it.each(catalog.queries.map((q) => [q.id, q]))(
      '%s returns its known rows with its defaults, with the columns its RETURN names',
      async (id, query) => {
        const res = await api().post(`/api/queries/${id}/run`).send({});
        expect(res.status, JSON.stringify(res.body)).toBe(200);
        const parsed = runResponse.safeParse(res.body);
        expect(parsed.success, parsed.error?.message).toBe(true);
        const body = res.body as RunResponse;
        expect(body.rows).toHaveLength(BUILT_IN_ROWS[id]);
        expect(body.columns).toEqual((await fx.store.run(query.cypher, coerceParams(query, {}))).columns);
        expect(body.truncated).toBe(false);
      },
    );

    it('take parameters, coerced by their declared types', async () => {
      const res = await api()
        .post('/api/queries/who-said-what-about/run')
        .send({ params: { about: 'company:nvidia', limit: '1' } });
      expect(res.status).toBe(200);
      expect(res.body.rows).toHaveLength(1);
      expect(res.body.rows[0].statement).toBe('Nvidia will pay to sell the H20');
    });

    it('refuse unknown queries, unknown parameters and wrong parameter types', async () => {
      expect((await api().get('/api/queries/nope')).status).toBe(404);
      expect((await api().post('/api/queries/nope/run').send({})).status).toBe(404);
      const unknown = await api()
        .post('/api/queries/who-said-what-about/run')
        .send({ params: { speaker: 'x' } });
      expect(unknown.status).toBe(400);
      expect(unknown.body.error.details).toEqual({ param: 'speaker' });
      expect(
        (
          await api()
            .post('/api/queries/who-said-what-about/run')
            .send({ params: { limit: 'many' } })
        ).status,
      ).toBe(400);
      expect(
        (
          await api()
            .post('/api/queries/who-said-what-about/run')
            .send({ params: { about: 42 } })
        ).status,
      ).toBe(400);
      expect((await api().post('/api/queries/who-said-what-about/run').send({ params: 'x' })).status).toBe(400);
    });

    it('cannot be changed or deleted through the API (403)', async () => {
      const put = await api().put('/api/queries/who-said-what-about').send({ name: 'x', cypher: 'RETURN 1' });
      expect(put.status).toBe(403);
      expect(put.body.error.code).toBe('forbidden_change');
      expect((await api().delete('/api/queries/who-said-what-about')).status).toBe(403);
    });
  });

  describe('user queries', () => {
    it('are refused at save time (400) when a parameter is named like a Cypher keyword, which no run could read', async () => {
      for (const [cypher, params] of [
        ['RETURN $CREATE AS v', []],
        ['MATCH (n) WHERE n.name = $match RETURN n LIMIT 1', []],
        ['RETURN $null AS v', [{ name: 'null', type: 'string' }]],
      ] as const) {
        const res = await api()
          .post('/api/queries')
          .send({ name: `keyword ${cypher}`, cypher, params });
        expect(res.status, JSON.stringify(res.body)).toBe(400);
        expect(res.body.error.code).toBe('invalid_argument');
        expect(res.body.error.message).toMatch(/keyword/);
      }
      const fine = await api().post('/api/queries').send({ name: 'not a keyword', cypher: 'RETURN $createdBy AS v' });
      expect(fine.status).toBe(201);
      expect(
        (
          await api()
            .post(`/api/queries/${fine.body.id}/run`)
            .send({ params: { createdBy: 'a' } })
        ).body.rows,
      ).toEqual([{ v: 'a' }]);
      const put = await api()
        .put(`/api/queries/${fine.body.id}`)
        .send({ name: 'not a keyword', cypher: 'RETURN $DELETE AS v' });
      expect(put.status).toBe(400);
      await api().delete(`/api/queries/${fine.body.id}`);
    });

    it('are saved, listed, run, changed and deleted', async () => {
      const created = await api()
        .post('/api/queries')
        .send({
          name: 'Chips of a maker',
          description: 'what a company makes',
          cypher: 'MATCH (c:Company {id: $company})-[:MAKES]->(chip) RETURN chip.name AS chip',
          params: [{ name: 'company', type: 'entity', label: 'Company', default: 'company:nvidia' }],
        });
      expect(created.status, JSON.stringify(created.body)).toBe(201);
      const q = created.body as SavedQueryView;
      expect(q).toMatchObject({ id: 'user-chips-of-a-maker', user: true, name: 'Chips of a maker', view: 'table' });
      expect(created.headers.location).toBe('/api/queries/user-chips-of-a-maker');
      expect(((await api().get('/api/queries')).body as QueriesResponse).queries.find((x) => x.id === q.id)?.user).toBe(
        true,
      );
      const run = await api().post(`/api/queries/${q.id}/run`).send({});
      expect(run.body.rows).toEqual([{ chip: 'H20' }]);

      const changed = await api()
        .put(`/api/queries/${q.id}`)
        .send({
          name: 'Chips of a maker',
          cypher: 'MATCH (c:Company {id: $company})-[:MAKES]->(chip) RETURN chip',
          params: [{ name: 'company', type: 'entity' }],
          view: 'graph',
        });
      expect(changed.status).toBe(200);
      expect(changed.body.view).toBe('graph');
      const run2 = await api()
        .post(`/api/queries/${q.id}/run`)
        .send({ params: { company: 'company:nvidia' } });
      expect(run2.body.graph.nodes).toHaveLength(1);

      expect((await api().delete(`/api/queries/${q.id}`)).status).toBe(204);
      expect((await api().get(`/api/queries/${q.id}`)).status).toBe(404);
      expect((await api().delete(`/api/queries/${q.id}`)).status).toBe(404);
    });

    it('declare a $parameter nobody declared as a required string', async () => {
      const created = await api()
        .post('/api/queries')
        .send({ name: 'By name', cypher: 'MATCH (e:Entity {name: $name}) RETURN e.id AS id' });
      expect(created.status).toBe(201);
      expect(created.body.params).toEqual([{ name: 'name', type: 'string', description: '' }]);
      expect((await api().post(`/api/queries/${created.body.id}/run`).send({})).status).toBe(400);
      expect(
        (
          await api()
            .post(`/api/queries/${created.body.id}/run`)
            .send({ params: { name: 'H20' } })
        ).body.rows,
      ).toEqual([{ id: 'chip:h20' }]);
    });

    it('must have unique names, also against built-ins (409)', async () => {
      expect((await api().post('/api/queries').send({ name: 'Unique one', cypher: 'RETURN 1 AS x' })).status).toBe(201);
      const dup = await api().post('/api/queries').send({ name: 'unique ONE', cypher: 'RETURN 2 AS x' });
      expect(dup.status).toBe(409);
      expect(dup.body.error.code).toBe('conflict');
      expect(
        (await api().post('/api/queries').send({ name: catalog.queries[0].name, cypher: 'RETURN 1 AS x' })).status,
      ).toBe(409);
    });

    it('refuse bad bodies: no name, no Cypher, bad params, a default of the wrong type, an unused param', async () => {
      for (const body of [
        { cypher: 'RETURN 1' },
        { name: 'x' },
        { name: 'x', cypher: 'RETURN 1', params: 'nope' },
        { name: 'x', cypher: 'RETURN $n', params: [{ name: 'n', type: 'int', default: 'many' }] },
        { name: 'x', cypher: 'RETURN 1', params: [{ name: 'n', type: 'int' }] },
        { name: 'x', cypher: 'RETURN $n', params: [{ name: 'n', type: 'decimal' }] },
        { name: 'x', cypher: 'MATCH (n RETURN n' },
      ]) {
        const res = await api().post('/api/queries').send(body);
        expect(res.status, JSON.stringify(body)).toBe(400);
      }
    });

    it(`refuse all ${WRITE_ATTEMPTS.length} write attempts on save and on change, and the graph is unchanged`, async () => {
      const keep = await api().post('/api/queries').send({ name: 'Keeper', cypher: 'RETURN 1 AS one' });
      const before = await graphFingerprint(fx.store);
      for (const [i, cypher] of WRITE_ATTEMPTS.entries()) {
        const saved = await api()
          .post('/api/queries')
          .send({ name: `attempt ${i}`, cypher });
        expect([400, 422], `${cypher} → ${saved.status}`).toContain(saved.status);
        const changed = await api().put(`/api/queries/${keep.body.id}`).send({ name: 'Keeper', cypher });
        expect([400, 422], `${cypher} → ${changed.status}`).toContain(changed.status);
      }
      expect(await graphFingerprint(fx.store)).toEqual(before);
    });
  });

  describe('user queries across a restart', () => {
    it('survive closing and reopening the store', async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-queries-'));
      const file = path.join(dir, 'graph.grafeo');
      // Embedded: the same file opened again; Neo4j: a new connection to the same database.
      const reopen = () =>
        s.kind === 'embedded' ? Promise.resolve(EmbeddedGraphStore.open({ path: file })) : s.connect();
      const config = testConfig();
      const first = await reopen();
      const app1 = createApp({ store: first, config, clientDir: NO_CLIENT, catalog });
      const created = await request(app1)
        .post('/api/queries')
        .send({
          name: 'Kept across restarts',
          cypher: 'RETURN $x AS x',
          params: [{ name: 'x', type: 'int', default: 7 }],
        });
      expect(created.status).toBe(201);
      await first.close();
      await first.close(); // twice is safe

      const second = await reopen();
      try {
        const app2 = createApp({ store: second, config, clientDir: NO_CLIENT, catalog });
        const got = await request(app2).get(`/api/queries/${created.body.id}`);
        expect(got.status).toBe(200);
        expect(got.body).toMatchObject({
          name: 'Kept across restarts',
          user: true,
          params: [{ name: 'x', type: 'int', default: 7 }],
        });
        expect((await request(app2).post(`/api/queries/${created.body.id}/run`).send({})).body.rows).toEqual([
          { x: 7 },
        ]);
      } finally {
        await second.close();
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
  });
});
