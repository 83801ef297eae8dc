// Faults a reading of the Neo4j adapter found (issue 12 §3), each pinned on every test store through the real app.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { openApiFixture, type ApiFixture } from '../../_support/api-app.ts';
import { forEachStore } from '../../_support/stores.ts';

forEachStore('store faults through the API', (s) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await openApiFixture({ QUERY_TIMEOUT_MS: '5000', QUERY_ROW_LIMIT: '5' }, s.open());
  });
  afterAll(async () => {
    await fx?.store.close();
  });

  describe('§3.1 shortest evidence path from an entity to itself', () => {
    it('answers 200 with no path, not a 500 (Neo4j) or a bogus a→b→a path (embedded)', async () => {
      const res = await request(fx.app)
        .post('/api/queries/shortest-evidence-path/run')
        .send({ params: { from: 'person:jensen-huang', to: 'person:jensen-huang' } });
      expect(res.status, JSON.stringify(res.body)).toBe(200);
      expect(res.body.rows).toEqual([]);
      const other = await request(fx.app)
        .post('/api/queries/shortest-evidence-path/run')
        .send({ params: { from: 'person:jensen-huang', to: 'person:donald-trump' } });
      expect(other.status).toBe(200);
      expect(other.body.rows.length).toBe(1);
    });
  });

  describe('§3.6 status of a failing query', () => {
    it('a division by zero is a 400 (the query must change), never a 422 or a 500', async () => {
      const res = await request(fx.app).post('/api/cypher').send({ query: 'RETURN 1 / 0 AS x' });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
    });

    it('a type error in a function is a 400 on Neo4j; Grafeo computes null instead (quirk)', async () => {
      const res = await request(fx.app).post('/api/cypher').send({ query: 'RETURN toInteger([1]) AS x' });
      if (s.kind === 'neo4j') expect(res.status, JSON.stringify(res.body)).toBe(400);
      else expect([res.status, res.body.rows]).toEqual([200, [{ x: null }]]);
    });

    it('a full-text query Lucene cannot parse is a 400 on Neo4j', async () => {
      if (s.kind !== 'neo4j') return; // the embedded store has no Lucene syntax
      const res = await request(fx.app)
        .post('/api/cypher')
        .send({ query: "CALL db.index.fulltext.queryNodes('entity_search', 'AND ((') YIELD node RETURN node" });
      expect(res.status, JSON.stringify(res.body)).toBe(400);
    });

    it('a write attempt is the one 422', async () => {
      const res = await request(fx.app).post('/api/cypher').send({ query: "CREATE (:Intruder {id: 'x'})" });
      expect(res.status).toBe(422);
    });
  });

  describe('§3.12 paths mode=all on a dense graph', () => {
    beforeAll(async () => {
      // Twelve events, each linked to every other: about 10^8 paths of up to 8 hops between two of them.
      await fx.store.writeBatch([
        {
          query:
            "UNWIND range(1, 12) AS i CREATE (:Entity:Event {id: 'event:k' + toString(i), name: 'K' + toString(i)})",
        },
        {
          query:
            "MATCH (a:Event), (b:Event) WHERE a.id STARTS WITH 'event:k' AND b.id STARTS WITH 'event:k' AND a.id < b.id CREATE (a)-[:RELATED_TO]->(b)",
        },
      ]);
    });

    it('finds the shortest few without enumerating every path up to maxHops (which ran into the timeout)', async () => {
      const res = await request(fx.app).get('/api/paths?from=event:k1&to=event:k2&mode=all&maxHops=8&limit=5');
      expect(res.status, JSON.stringify(res.body).slice(0, 300)).toBe(200);
      const lengths = res.body.paths.map((p: { length: number }) => p.length);
      expect(lengths).toEqual([1, 2, 2, 2, 2]);
      for (const p of res.body.paths)
        expect(new Set(p.nodes.map((n: { id: string }) => n.id)).size).toBe(p.nodes.length);
      expect(res.body.truncated).toBe(true);
    });
  });
});
