// POST /api/cypher: read-only twice over, parameters as values, limits, and a runaway query that times out while the API keeps answering.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { openApiFixture, type ApiFixture } from '../../_support/api-app.ts';
import { graphFingerprint, type GraphFingerprint } from '../../_support/graph-fingerprint.ts';
import type { RunResponse } from '../../../core/wire.ts';
import { WRITE_ATTEMPTS } from '../../_support/write-attempts.ts';
import { forEachStore } from '../../_support/stores.ts';

forEachStore('cypher.router', (s) => {
  let fx: ApiFixture;
  let before: GraphFingerprint;
  beforeAll(async () => {
    fx = await openApiFixture({ QUERY_TIMEOUT_MS: '500', QUERY_ROW_LIMIT: '5', QUERY_GRAPH_LIMIT: '4' }, s.open());
    before = await graphFingerprint(fx.store);
  });
  afterAll(async () => {
    await fx.store.close();
  });

  const cypher = (query: string, params?: unknown) =>
    request(fx.app)
      .post('/api/cypher')
      .send(params === undefined ? { query } : { query, params });

  describe('POST /api/cypher', () => {
    it('runs a read query with parameters and returns columns, rows, graph, truncated and ms', async () => {
      const res = await cypher('MATCH (c:Company {id: $id})-[r:MAKES]->(chip) RETURN c, r, chip', {
        id: 'company:nvidia',
      });
      expect(res.status).toBe(200);
      const body = res.body as RunResponse;
      expect(body.columns).toEqual(['c', 'r', 'chip']);
      expect(body.rows).toHaveLength(1);
      expect(body.graph.nodes.map((n) => n.id).sort()).toEqual(['chip:h20', 'company:nvidia']);
      expect(body.graph.edges).toHaveLength(1);
      expect(body.truncated).toBe(false);
      expect(body.ms).toEqual(expect.any(Number));
    });

    it('keeps parameters as values: text that looks like Cypher is only text', async () => {
      const res = await cypher('MATCH (n:Entity) WHERE n.name = $name RETURN n.id AS id', {
        name: "x' OR 1=1 DETACH DELETE n //",
      });
      expect(res.status).toBe(200);
      expect(res.body.rows).toEqual([]);
    });

    it('caps rows and graph nodes and says truncated', async () => {
      const rows = await cypher('MATCH (n) RETURN n.id AS id');
      expect(rows.body.rows).toHaveLength(5);
      expect(rows.body.truncated).toBe(true);
      const graph = await cypher(
        'MATCH (n:Chip) WITH collect(n) AS chips MATCH (c:Company) RETURN chips, collect(c) AS companies',
      );
      expect(graph.body.rows).toHaveLength(1);
      expect(graph.body.graph.nodes).toHaveLength(4);
      expect(graph.body.truncated).toBe(true);
    });

    it(`refuses all ${WRITE_ATTEMPTS.length} write and escape attempts, and the graph is unchanged`, async () => {
      expect(WRITE_ATTEMPTS.length).toBeGreaterThanOrEqual(30);
      for (const query of WRITE_ATTEMPTS) {
        const res = await cypher(query, { props: { name: 'hacked' } });
        expect([400, 422], `${query} → ${res.status} ${JSON.stringify(res.body)}`).toContain(res.status);
        expect(res.body.error.code).toMatch(/^(query_rejected|query_syntax|invalid_argument)$/);
      }
      expect(await graphFingerprint(fx.store)).toEqual(before);
    });

    it('answers 400 for a syntax error, a missing query, wrong types and malformed JSON', async () => {
      expect((await cypher('MATCH (n RETURN n')).status).toBe(400);
      expect((await request(fx.app).post('/api/cypher').send({})).body.error.code).toBe('invalid_argument');
      expect((await request(fx.app).post('/api/cypher').send({ query: 42 })).status).toBe(400);
      expect(
        (
          await request(fx.app)
            .post('/api/cypher')
            .send({ query: 'RETURN 1', params: [1, 2] })
        ).status,
      ).toBe(400);
      const bad = await request(fx.app)
        .post('/api/cypher')
        .set('content-type', 'application/json')
        .send('{"query": "RETURN 1"');
      expect(bad.status).toBe(400);
      expect(bad.body.error.code).toBe('malformed_json');
    });

    it('answers 413 for a body over the limit', async () => {
      const res = await request(fx.app)
        .post('/api/cypher')
        .send({ query: `RETURN '${'x'.repeat(fx.config.server.bodyLimitBytes)}'` });
      expect(res.status).toBe(413);
      expect(res.body.error.code).toBe('payload_too_large');
    });

    it('times out a runaway query while other requests keep being answered', async () => {
      const started = performance.now();
      const runaway = request(fx.app)
        .post('/api/cypher')
        .send({ query: 'MATCH (a), (b), (c), (d), (e) MATCH p = (a)-[*..8]-(b) RETURN count(*) AS n' });
      const pending = runaway.then((r) => r);
      await new Promise((r) => setTimeout(r, 50));
      const t0 = performance.now();
      const health = await request(fx.app).get('/api/health');
      const healthMs = performance.now() - t0;
      expect(health.status).toBe(200);
      // Embedded: the event loop stays free while Grafeo works; Neo4j: two round trips to a server that is busy with the runaway.
      expect(healthMs).toBeLessThan(s.kind === 'embedded' ? 250 : 1000);
      const res = await pending;
      expect(res.status).toBe(504);
      expect(res.body.error.code).toBe('query_timeout');
      expect(performance.now() - started).toBeLessThan(3000);
    });
  });
});
