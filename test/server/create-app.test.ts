// The assembled app: every documented route answers, the OpenAPI document and docs page, export downloads, rate limit, store down, JSON errors only.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { createApp } from '../../server/create-app.ts';
import { ROUTES } from '../../server/query-services/openapi.ts';
import { NO_CLIENT, openApiFixture, testConfig, type ApiFixture } from '../_support/api-app.ts';
import { forEachStore } from '../_support/stores.ts';
import { testCatalog } from '../_support/catalog.ts';
import { loadConfig } from '../../server/config.ts';

forEachStore('app', (s) => {
  let fx: ApiFixture;
  beforeAll(async () => {
    fx = await openApiFixture({}, s.open());
  });
  afterAll(async () => {
    await fx.store.close();
  });

  const SAMPLE_PATH: Record<string, string> = {
    '/entities/:id': '/entities/company:nvidia',
    '/entities/:id/neighbors': '/entities/company:nvidia/neighbors',
    '/documents/:id': '/documents/doc-1',
    '/queries/:id': '/queries/who-said-what-about',
    '/queries/:id/run': '/queries/who-said-what-about/run',
  };

  describe('the documented routes', () => {
    it.each(ROUTES.map((r) => [r.method.toUpperCase(), r.path, r]))(
      '%s %s is served with one of its documented statuses (not the catch-all 404, not a 500)',
      async (method, p, r) => {
        const url = `/api${SAMPLE_PATH[p] ?? p}`;
        const res = await request(fx.app)
          [method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url)
          .send(method === 'GET' || method === 'DELETE' ? undefined : {});
        expect(res.body?.error?.message ?? '').not.toMatch(/^No route for/);
        expect([r.ok.status, ...r.errors], JSON.stringify(res.body)).toContain(res.status);
      },
    );

    it('are all in the OpenAPI document, with query parameters from the zod schemas', async () => {
      const res = await request(fx.app).get('/api/openapi.json');
      expect(res.status).toBe(200);
      expect(res.body.openapi).toBe('3.1.0');
      for (const r of ROUTES)
        expect(
          res.body.paths[`/api${r.path.replace(/:(\w+)/g, '{$1}')}`]?.[r.method],
          `${r.method} ${r.path}`,
        ).toBeDefined();
      const search = res.body.paths['/api/search'].get;
      expect(search.parameters).toContainEqual(expect.objectContaining({ name: 'q', in: 'query', required: true }));
      expect(search.parameters).toContainEqual(
        expect.objectContaining({
          name: 'limit',
          required: false,
          schema: expect.objectContaining({ type: 'integer', minimum: 1, maximum: 100, default: 10 }),
        }),
      );
      expect(res.body.paths['/api/cypher'].post.requestBody.content['application/json'].schema.required).toEqual([
        'query',
      ]);
    });

    it('are described on a self-contained HTML page', async () => {
      const res = await request(fx.app).get('/api/docs');
      expect(res.status).toBe(200);
      expect(res.headers['content-type']).toMatch(/text\/html/);
      for (const r of ROUTES) expect(res.text).toContain(`/api${r.path.replace(/:(\w+)/g, '{$1}')}`);
      expect(res.text).not.toMatch(/<(script|link)[^>]+(src|href)="https?:/);
    });
  });

  describe('GET /api/export', () => {
    it('downloads the whole graph as JSON and GraphML', async () => {
      const json = await request(fx.app).get('/api/export?format=json');
      expect(json.status).toBe(200);
      expect(json.headers['content-disposition']).toMatch(/attachment; filename="?actorgraph\.json"?/);
      const health = (await request(fx.app).get('/api/health')).body;
      expect(Number(json.headers['x-export-nodes'])).toBe(health.counts.nodes);
      const graphml = await request(fx.app)
        .get('/api/export?format=graphml')
        .buffer(true)
        .parse((res, cb) => {
          let text = '';
          res.on('data', (c: Buffer) => (text += c.toString()));
          res.on('end', () => cb(null, text));
        });
      expect(graphml.status).toBe(200);
      expect(String(graphml.body)).toContain('<graphml');
    });

    it('downloads CSV files as one tar archive, and one entity’s neighbourhood by scope', async () => {
      const tar = await request(fx.app)
        .get('/api/export?format=csv')
        .buffer(true)
        .parse((res, cb) => {
          const chunks: Buffer[] = [];
          res.on('data', (c: Buffer) => chunks.push(c));
          res.on('end', () => cb(null, Buffer.concat(chunks)));
        });
      expect(tar.status).toBe(200);
      expect(tar.headers['content-type']).toMatch(/application\/x-tar/);
      const archive = tar.body as Buffer;
      expect(archive.subarray(257, 262).toString()).toBe('ustar');
      expect(archive.toString('latin1')).toContain('README.txt');
      const scoped = await request(fx.app).get('/api/export?format=json&scope=entity:chip:h100');
      expect(scoped.status).toBe(200);
      expect(Number(scoped.headers['x-export-nodes'])).toBeLessThan(
        Number((await request(fx.app).get('/api/export')).headers['x-export-nodes']),
      );
    });

    it('refuses an unknown format, a bad scope and an unknown entity', async () => {
      expect((await request(fx.app).get('/api/export?format=xml')).status).toBe(400);
      expect((await request(fx.app).get('/api/export?scope=everything')).status).toBe(400);
      expect((await request(fx.app).get('/api/export?scope=entity:chip:nothing')).status).toBe(404);
    });
  });

  describe('limits and failures', () => {
    it('answers 429 in JSON past the rate limit, with Retry-After', async () => {
      const app = createApp({
        store: fx.store,
        config: testConfig({ RATE_LIMIT_PER_MINUTE: '2', RATE_LIMIT_BURST: '2' }),
        clientDir: NO_CLIENT,
        catalog: testCatalog(),
      });
      await request(app).get('/api/schema');
      await request(app).get('/api/schema');
      const res = await request(app).get('/api/schema');
      expect(res.status).toBe(429);
      expect(res.body.error.code).toBe('rate_limited');
      expect(Number(res.headers['retry-after'])).toBeGreaterThanOrEqual(1);
    });

    it('never limits /api/health, even for a client past its limit', async () => {
      const app = createApp({
        store: fx.store,
        config: testConfig({ RATE_LIMIT_PER_MINUTE: '1', RATE_LIMIT_BURST: '1' }),
        clientDir: NO_CLIENT,
        catalog: testCatalog(),
      });
      expect((await request(app).get('/api/schema')).status).toBe(200);
      expect((await request(app).get('/api/schema')).status).toBe(429);
      for (let i = 0; i < 20; i++) expect((await request(app).get('/api/health')).status).toBe(200);
    });

    it('lets a burst through, then refills at the steady rate: a busy moment costs seconds, not a minute', async () => {
      // 30 a minute is one token every 2 s: slow enough that the six requests finish before a refill on a busy machine.
      const app = createApp({
        store: fx.store,
        config: testConfig({ RATE_LIMIT_PER_MINUTE: '30', RATE_LIMIT_BURST: '5' }),
        clientDir: NO_CLIENT,
        catalog: testCatalog(),
      });
      // A route answered from memory (the OpenAPI document), so six requests take milliseconds even on a busy machine
      // where a store-backed route could take longer than a refill.
      const statuses = [];
      for (let i = 0; i < 6; i++) statuses.push((await request(app).get('/api/openapi.json')).status);
      expect(statuses.slice(0, 5)).toEqual([200, 200, 200, 200, 200]);
      expect(statuses[5]).toBe(429);
      await new Promise((r) => setTimeout(r, 2_200));
      expect((await request(app).get('/api/openapi.json')).status).toBe(200);
    });

    it('limits ad-hoc Cypher more strictly than reads, in its own bucket', async () => {
      const app = createApp({
        store: fx.store,
        config: testConfig({
          RATE_LIMIT_PER_MINUTE: '600',
          RATE_LIMIT_BURST: '50',
          CYPHER_RATE_LIMIT_PER_MINUTE: '1',
          CYPHER_RATE_LIMIT_BURST: '3',
        }),
        clientDir: NO_CLIENT,
        catalog: testCatalog(),
      });
      const cypher = [];
      for (let i = 0; i < 4; i++)
        cypher.push((await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS x' })).status);
      expect(cypher).toEqual([200, 200, 200, 429]);
      const limited = await request(app).post('/api/cypher').send({ query: 'RETURN 1 AS x' });
      expect(limited.body.error.message).toMatch(/ad-hoc Cypher/);
      expect((await request(app).get('/api/schema')).status).toBe(200); // reads are not held back by the Cypher bucket
      expect((await request(app).post('/api/queries/who-said-what-about/run').send({})).status).toBe(200); // saved queries are reads
    });

    it('by default, ad-hoc Cypher gets a smaller steady rate and burst than reads', () => {
      const { server } = loadConfig({});
      expect(server.cypherRateLimitPerMinute).toBeLessThan(server.rateLimitPerMinute);
      expect(server.cypherRateLimitBurst).toBeLessThan(server.rateLimitBurst);
    });

    it('with the default limits, an explorer-like session (a burst of 250 reads, then 10 a second) is never limited', async () => {
      const app = createApp({
        store: fx.store,
        config: loadConfig({ LOG_LEVEL: 'silent' }),
        clientDir: NO_CLIENT,
        catalog: testCatalog(),
      });
      const urls = [
        '/api/search?q=nv',
        '/api/entities/company:nvidia',
        '/api/entities/company:nvidia/neighbors',
        '/api/statements?speaker=company:nvidia',
        '/api/schema',
      ];
      const burst = await Promise.all(Array.from({ length: 250 }, (_, i) => request(app).get(urls[i % urls.length])));
      expect(burst.filter((r) => r.status === 429)).toHaveLength(0);
      for (let i = 0; i < 20; i++) {
        await new Promise((r) => setTimeout(r, 100));
        expect((await request(app).get(urls[i % urls.length])).status).not.toBe(429);
      }
    }, 60_000);

    it('answers 503 in JSON when the store is down', async () => {
      const store = await s.connect();
      const app = createApp({ store, config: testConfig(), clientDir: NO_CLIENT, catalog: testCatalog() });
      await store.close();
      for (const url of ['/api/search?q=nvidia', '/api/entities/company:nvidia', '/api/statements', '/api/queries']) {
        const res = await request(app).get(url);
        expect(res.status, url).toBe(503);
        expect(res.body.error.code).toBe('store_unavailable');
      }
      expect((await request(app).get('/api/health')).status).toBe(503);
    });

    it('sends security headers and no x-powered-by', async () => {
      const res = await request(fx.app).get('/api/health');
      expect(res.headers['x-powered-by']).toBeUndefined();
      expect(res.headers['x-content-type-options']).toBe('nosniff');
      expect(res.headers['access-control-allow-origin']).toBeUndefined(); // same-origin by default
    });
  });

  describe('the request log', () => {
    it('records method, path, status and time per request at debug level, and nothing at info', async () => {
      const { pino } = await import('pino');
      const { Writable } = await import('node:stream');
      const logged = (level: 'debug' | 'info') => {
        const lines: Record<string, unknown>[] = [];
        const sink = new Writable({
          write: (chunk: Buffer, _e, done) => {
            lines.push(JSON.parse(chunk.toString()));
            done();
          },
        });
        return { lines, logger: pino({ level }, sink) };
      };
      const debug = logged('debug');
      const app = createApp({
        store: fx.store,
        config: fx.config,
        clientDir: NO_CLIENT,
        logger: debug.logger,
        catalog: testCatalog(),
      });
      await request(app).get('/api/entities/company:nvidia/neighbors').expect(200);
      await request(app).get('/api/entities/company:nothing').expect(404);
      const reqs = debug.lines.filter((l) => l.msg === 'request');
      expect(reqs).toEqual([
        expect.objectContaining({
          method: 'GET',
          path: '/api/entities/company:nvidia/neighbors',
          status: 200,
          ms: expect.any(Number),
        }),
        expect.objectContaining({ method: 'GET', path: '/api/entities/company:nothing', status: 404 }),
      ]);
      const info = logged('info');
      await request(
        createApp({
          store: fx.store,
          config: fx.config,
          clientDir: NO_CLIENT,
          logger: info.logger,
          catalog: testCatalog(),
        }),
      )
        .get('/api/health')
        .expect(200);
      expect(info.lines.filter((l) => l.msg === 'request')).toEqual([]);
    });

    it('leaves GET requests untouched by the JSON body parser but still parses and limits POST bodies', async () => {
      const res = await request(fx.app).post('/api/cypher').set('content-type', 'application/json').send('{"query": ');
      expect(res.status).toBe(400);
      expect(res.body.error.code).toBe('malformed_json');
      const ok = await request(fx.app)
        .get('/api/search?q=nvidia')
        .set('content-type', 'application/json')
        .send('{not json');
      expect(ok.status).toBe(200);
    });
  });
});
