// The API keeps its written contract: every documented route answers with its documented success status or one of its
// documented errors (never a 500, never the catch-all 404), every JSON success body satisfies its zod response schema,
// and the README's route table lists exactly the routes the app's router serves and the OpenAPI document describes.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import type { z } from 'zod';
import { PROJECT_ROOT } from '../../../core/project-paths.ts';
import { ROUTES } from '../../../server/query-services/openapi.ts';
import { openApiFixture, type ApiFixture } from '../../_support/api-app.ts';
import { DOCUMENTS, ENTITIES } from '../../_support/api-graph.ts';

let fx: ApiFixture;
beforeAll(async () => {
  fx = await openApiFixture();
});
afterAll(async () => {
  await fx.store.close();
});

type Method = 'get' | 'post' | 'put' | 'delete';
const routeOf = (method: string, p: string) => ROUTES.find((r) => r.method === method && r.path === p)!;

/** A request per documented route that the fixture graph can answer. */
const SAMPLE: Record<string, { url: string; body?: object }> = {
  'get /health': { url: '/health' },
  'get /schema': { url: '/schema' },
  'get /search': { url: '/search?q=lutnick' },
  'get /entities/:id': { url: '/entities/company:nvidia' },
  'get /entities/:id/neighbors': { url: '/entities/company:nvidia/neighbors?depth=2' },
  'get /paths': { url: '/paths?from=person:howard-lutnick&to=chip:h20' },
  'get /statements': { url: '/statements?limit=2' },
  'get /documents/:id': { url: '/documents/doc-1' },
  'post /documents': {
    url: '/documents?name=notes.md',
    body: { sent: 'as JSON, so refused: a document is sent as the file' },
  },
  'get /statements/:id': { url: '/statements/st-1' },
  'get /statements/graph': { url: '/statements/graph?about=chip:h20' },
  'get /overview': { url: '/overview?limit=5' },
  'get /subgraph': { url: '/subgraph?ids=company:nvidia,chip:h20' },
  'get /corrections': { url: '/corrections' },
  'post /corrections': {
    url: '/corrections',
    body: {
      kind: 'rename',
      target: 'company:no-such',
      value: 'X',
      who: 'contract test',
      why: 'a missing target is a 404',
    },
  },
  'post /corrections/:id/undo': { url: '/corrections/00000000-0000-4000-8000-000000000000/undo' },
  'get /queries': { url: '/queries' },
  'post /queries': {
    url: '/queries',
    body: {
      name: 'Chips by maker',
      cypher: 'MATCH (c:Company)-[:MAKES]->(x:Chip) RETURN c.name AS maker, x.name AS chip',
      params: [],
      view: 'table',
    },
  },
  'get /queries/:id': { url: '/queries/who-said-what-about' },
  'put /queries/:id': {
    url: '/queries/user-no-such-query',
    body: { name: 'x', cypher: 'RETURN 1 AS one', params: [], view: 'table' },
  },
  'delete /queries/:id': { url: '/queries/user-no-such-query' },
  'post /queries/:id/run': { url: '/queries/who-said-what-about/run', body: {} },
  'post /cypher': { url: '/cypher', body: { query: 'MATCH (c:Chip) RETURN c.name AS chip ORDER BY chip' } },
  'get /export': { url: '/export?format=json' },
  'get /openapi.json': { url: '/openapi.json' },
  'get /docs': { url: '/docs' },
};

async function send(method: Method, url: string, body?: object) {
  const req = request(fx.app)[method](`/api${url}`);
  return body ? req.send(body) : req;
}

describe('every documented route', () => {
  it('has a sample request here (a new route needs one)', () => {
    expect(ROUTES.map((r) => `${r.method} ${r.path}`).sort()).toEqual(Object.keys(SAMPLE).sort());
  });

  it.each(ROUTES.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r]))(
    '%s answers with a documented status',
    async (_name, r) => {
      const sample = SAMPLE[`${r.method} ${r.path}`];
      const res = await send(r.method, sample.url, sample.body);
      expect([r.ok.status, ...r.errors], JSON.stringify(res.body)).toContain(res.status);
    },
  );

  const reads = ROUTES.filter(
    (r) =>
      r.ok.schema && r.ok.schema !== 'file' && (r.method === 'get' || r.path.endsWith('/run') || r.path === '/cypher'),
  );
  it.each(reads.map((r) => [`${r.method.toUpperCase()} ${r.path}`, r]))(
    '%s: the sample succeeds and its body satisfies the zod response schema',
    async (_name, r) => {
      const sample = SAMPLE[`${r.method} ${r.path}`];
      const res = await send(r.method, sample.url, sample.body);
      expect(res.status, JSON.stringify(res.body)).toBe(r.ok.status);
      const parsed = (r.ok.schema as z.ZodType).safeParse(res.body);
      expect(parsed.success, parsed.error?.message).toBe(true);
    },
  );
});

describe('a user query saved, changed and deleted', () => {
  it('answers 201, 200 and 204 with bodies that satisfy the schemas', async () => {
    const body = {
      name: 'Chips and their makers',
      cypher: 'MATCH (c:Company)-[:MAKES]->(x:Chip) RETURN c.name AS maker, x.name AS chip',
      params: [],
      view: 'table',
    };
    const saved = await send('post', '/queries', body);
    expect(saved.status, JSON.stringify(saved.body)).toBe(201);
    expect(
      routeOf('post', '/queries').ok.schema &&
        (routeOf('post', '/queries').ok.schema as z.ZodType).safeParse(saved.body).success,
    ).toBe(true);
    const changed = await send('put', `/queries/${saved.body.id}`, { ...body, description: 'Who makes which chip' });
    expect(changed.status, JSON.stringify(changed.body)).toBe(200);
    expect((routeOf('put', '/queries/:id').ok.schema as z.ZodType).safeParse(changed.body).success).toBe(true);
    expect(changed.body.description).toBe('Who makes which chip');
    const deleted = await send('delete', `/queries/${saved.body.id}`);
    expect([deleted.status, deleted.text]).toEqual([204, '']);
  });
});

describe('responses over the whole fixture graph', () => {
  const validate = async (method: string, routePath: string, url: string) => {
    const res = await request(fx.app).get(`/api${url}`);
    expect(res.status, `${url}: ${JSON.stringify(res.body)}`).toBe(200);
    const parsed = (routeOf(method, routePath).ok.schema as z.ZodType).safeParse(res.body);
    expect(parsed.success, `${url}: ${parsed.error?.message}`).toBe(true);
    return res.body;
  };

  it('every entity, its neighbours, its statements and a search for its name satisfy their schemas', async () => {
    for (const e of ENTITIES) {
      const id = encodeURIComponent(e.id);
      const entity = await validate('get', '/entities/:id', `/entities/${id}`);
      expect(entity.entity.id).toBe(e.id);
      await validate('get', '/entities/:id/neighbors', `/entities/${id}/neighbors?depth=3`);
      await validate('get', '/statements', `/statements?about=${id}`);
      const search = await validate('get', '/search', `/search?q=${encodeURIComponent(e.name)}&limit=50`);
      expect(search.results.map((h: { node: { id: string } }) => h.node.id)).toContain(e.id);
    }
  });

  it("every document and every pair of people's paths satisfy their schemas", async () => {
    for (const d of DOCUMENTS) await validate('get', '/documents/:id', `/documents/${d.id}`);
    const people = ENTITIES.filter((e) => e.label === 'Person');
    for (const a of people)
      for (const b of people) if (a !== b) await validate('get', '/paths', `/paths?from=${a.id}&to=${b.id}&mode=all`);
  });
});

describe("the README's route table", () => {
  /** `GET /api/x`, `PUT`/`DELETE /api/y` … in the rows of the table under "## API" (methods before a path are its). */
  function readmeRoutes(): string[] {
    const readme = fs.readFileSync(path.join(PROJECT_ROOT, 'README.md'), 'utf8');
    const section = readme.slice(
      readme.indexOf('\n## API\n'),
      readme.indexOf('\n## ', readme.indexOf('\n## API\n') + 1),
    );
    const routes: string[] = [];
    for (const line of section.split('\n').filter((l) => l.startsWith('| `'))) {
      let methods: string[] = [];
      for (const m of line.matchAll(/\b(GET|POST|PUT|DELETE)\b|(\/api\/[^\s`?]+)/g)) {
        if (m[1]) methods.push(m[1].toLowerCase());
        else {
          for (const method of methods) routes.push(`${method} ${m[2].slice('/api'.length)}`);
          methods = [];
        }
      }
    }
    return routes.sort();
  }

  it('lists exactly the routes the app serves (read from its Express router) and the OpenAPI document describes', () => {
    expect(readmeRoutes()).toEqual(servedRoutes(fx.app));
    expect(readmeRoutes()).toEqual(ROUTES.map((r) => `${r.method} ${r.path}`).sort());
  });
});

/** Express 5's router tree, as the app holds it: every route's methods and path under /api (the SPA fallback aside). */
interface RouterLayer {
  route?: { path: unknown; methods: Record<string, boolean> };
  handle?: { stack?: RouterLayer[] };
}
function servedRoutes(app: ApiFixture['app']): string[] {
  const walk = (stack: RouterLayer[]): string[] =>
    stack.flatMap((layer) =>
      layer.route
        ? typeof layer.route.path === 'string'
          ? Object.keys(layer.route.methods)
              .filter((m) => layer.route?.methods[m])
              .map((m) => `${m} ${layer.route?.path}`)
          : []
        : walk(layer.handle?.stack ?? []),
    );
  const routes = walk((app as unknown as { router: { stack: RouterLayer[] } }).router.stack);
  expect(routes.length, 'read no route from the Express router: its layout changed').toBeGreaterThan(20);
  return routes.sort();
}
