// Bad input below our routes — malformed percent-escapes, bodies that do not match their Content-Encoding, deeply nested
// JSON, runtime errors of valid read queries — gets a 4xx with the documented error shape, never a 5xx (issue 10 §4).
import http from 'node:http';
import type { AddressInfo } from 'node:net';
import zlib from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { ROUTES } from '../../../server/query-services/openapi.ts';
import { errorBody } from '../../../core/wire.ts';
import { jsonDepth, MAX_JSON_DEPTH } from '../../../server/http/json-depth.ts';
import { openApiFixture, type ApiFixture } from '../../_support/api-app.ts';

let fx: ApiFixture;
let server: http.Server;
let base: string;
beforeAll(async () => {
  fx = await openApiFixture({ QUERY_TIMEOUT_MS: '3000' });
  server = fx.app.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  base = `http://127.0.0.1:${(server.address() as AddressInfo).port}`;
});
afterAll(async () => {
  await new Promise((r) => server.close(r));
  await fx.store.close();
});

/** A client error in the shape every error has, with a message for people (no stack frames, no internal names). */
function expectClientError(res: { status: number; body: unknown }, code?: string): void {
  expect(res.status, JSON.stringify(res.body)).toBeGreaterThanOrEqual(400);
  expect(res.status, JSON.stringify(res.body)).toBeLessThan(500);
  expect(errorBody.safeParse(res.body).success, JSON.stringify(res.body)).toBe(true);
  const { error } = res.body as { error: { code: string; message: string } };
  if (code) expect(error.code).toBe(code);
  expect(error.message).not.toMatch(/\bat \w+ \(|node_modules|decodeURIComponent|zlib|Z_DATA_ERROR/);
}

/** A raw POST, byte for byte: supertest would re-encode the body. */
async function rawPost(
  path: string,
  headers: Record<string, string>,
  body: Buffer,
): Promise<{ status: number; body: unknown }> {
  const res = await fetch(`${base}${path}`, { method: 'POST', headers, body: new Uint8Array(body) });
  const text = await res.text();
  let parsed: unknown = text;
  try {
    parsed = JSON.parse(text);
  } catch {
    // not JSON: the shape check will fail and show the text
  }
  return { status: res.status, body: parsed };
}

describe('malformed percent-escapes in path parameters', () => {
  const BAD = ['%', '%E0%A4%A', '%zz', 'a%', '%C0%80', '%FF'];
  const withParams = ROUTES.filter((r) => r.path.includes(':'));

  it('every route with a path parameter has one to test', () => {
    expect(withParams.length).toBeGreaterThanOrEqual(4);
  });

  it.each(withParams.map((r) => [r.method.toUpperCase(), r.path]))(
    '%s %s answers 400 malformed_path',
    async (method, p) => {
      for (const bad of BAD) {
        const url = `/api${p.replace(/:\w+/g, bad)}`;
        const res = await request(fx.app)
          [method.toLowerCase() as 'get' | 'post' | 'put' | 'delete'](url)
          .send(method === 'GET' || method === 'DELETE' ? undefined : {});
        expectClientError(res, 'malformed_path');
        expect(res.status, url).toBe(400);
      }
    },
  );
});

describe('a Content-Encoding that does not match the body', () => {
  const json = Buffer.from(JSON.stringify({ query: 'RETURN 1 AS x' }));
  it.each(['gzip', 'deflate', 'br'])('%s over a plain body answers 400 malformed_encoding', async (encoding) => {
    const res = await rawPost(
      '/api/cypher',
      { 'content-type': 'application/json', 'content-encoding': encoding },
      json,
    );
    expectClientError(res, 'malformed_encoding');
    expect(res.status).toBe(400);
  });

  it('a truncated gzip body answers 400 too, and a correct one still runs', async () => {
    const gz = zlib.gzipSync(json);
    expectClientError(
      await rawPost(
        '/api/cypher',
        { 'content-type': 'application/json', 'content-encoding': 'gzip' },
        gz.subarray(0, gz.length - 6),
      ),
    );
    const ok = await rawPost('/api/cypher', { 'content-type': 'application/json', 'content-encoding': 'gzip' }, gz);
    expect(ok.status, JSON.stringify(ok.body)).toBe(200);
    const br = await rawPost(
      '/api/cypher',
      { 'content-type': 'application/json', 'content-encoding': 'br' },
      zlib.brotliCompressSync(json),
    );
    expect(br.status, JSON.stringify(br.body)).toBe(200);
  });

  it('an unknown encoding answers 415 unsupported_encoding', async () => {
    const res = await rawPost(
      '/api/cypher',
      { 'content-type': 'application/json', 'content-encoding': 'zstd-nope' },
      json,
    );
    expectClientError(res, 'unsupported_encoding');
    expect(res.status).toBe(415);
  });
});

describe('deeply nested JSON bodies', () => {
  it('jsonDepth counts brackets outside strings only', () => {
    expect(jsonDepth(Buffer.from('{"a":[1,{"b":"[[[{{{\\"]]"}]}'))).toBe(3);
    expect(jsonDepth(Buffer.from('1'))).toBe(0);
  });

  const nest = (n: number) => `${'['.repeat(n)}1${']'.repeat(n)}`;
  it.each([
    ['POST /api/cypher params', '/api/cypher', (d: string) => `{"query":"RETURN $a AS a","params":{"a":${d}}}`],
    ['POST /api/queries params', '/api/queries', (d: string) => `{"name":"deep","query":"RETURN 1","params":${d}}`],
    [
      'POST /api/queries/:id/run params',
      '/api/queries/who-said-what-about/run',
      (d: string) => `{"params":{"a":${d}}}`,
    ],
  ])('%s nested 100,000 deep answers 400 body_too_deep, and the server keeps serving', async (_name, path, body) => {
    const res = await rawPost(path, { 'content-type': 'application/json' }, Buffer.from(body(nest(100_000))));
    expectClientError(res, 'body_too_deep');
    expect(res.status).toBe(400);
    expect((await fetch(`${base}/api/health`)).status).toBe(200);
  });

  it(`nesting up to ${MAX_JSON_DEPTH} levels is accepted`, async () => {
    const res = await rawPost(
      '/api/cypher',
      { 'content-type': 'application/json' },
      Buffer.from(`{"query":"RETURN size($a) AS n","params":{"a":${nest(MAX_JSON_DEPTH - 2)}}}`),
    );
    expect(res.status, JSON.stringify(res.body)).toBe(200);
  });
});

describe('runtime errors of valid read queries', () => {
  it.each([
    ['RETURN 1/0 AS x'],
    ['RETURN 9223372036854775807 + 1 AS x'],
    ['RETURN -9223372036854775808 - 1 AS x'],
    ['RETURN 1 % 0 AS x'],
    ["RETURN toInteger('x') + 1 AS x"],
    ["RETURN 'a' + {} AS x"],
    ['UNWIND [1, 0] AS d RETURN 10 / d AS x'],
    ['MATCH p = ()-[*]-() RETURN count(p) AS x'],
  ])(
    '%s is a 4xx (or a result), never a 5xx',
    async (query) => {
      const res = await request(fx.app).post('/api/cypher').send({ query });
      if (res.status === 200) return; // the store may define a value for it
      if (res.status === 504 || res.status === 503) return; // timed out or busy: the lead's runaway-query work (§3)
      expectClientError(res);
    },
    20_000,
  );
});
