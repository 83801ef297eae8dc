// Runaway user queries on the embedded store: stopped for real at their timeout or memory limit (the process that
// ran them is gone), admitted only up to the pool, queue and per-client caps (503 + Retry-After beyond), while the
// rest of the API keeps answering (issue: hardening §3). Latency under load is measured in bench:api, not here.
import { testCatalog } from '../../_support/catalog.ts';
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import request from 'supertest';
import { NO_CLIENT, openApiFixture, testConfig, type ApiFixture } from '../../_support/api-app.ts';
import { createApp } from '../../../server/create-app.ts';
import { graphFingerprint, type GraphFingerprint } from '../../_support/graph-fingerprint.ts';

let fx: ApiFixture;
let before: GraphFingerprint;
beforeAll(async () => {
  fx = await openApiFixture({
    QUERY_TIMEOUT_MS: '1500',
    QUERY_MEMORY_MB: '2048',
    QUERY_WORKERS: '1',
    QUERY_QUEUE: '2',
    QUERY_PER_CLIENT: '3',
  });
  before = await graphFingerprint(fx.store);
});
afterAll(async () => {
  await fx.store.close();
});

const cypher = (query: string) => request(fx.app).post('/api/cypher').send({ query });
/** Query processes this test process has started, by their command line. */
const queryChildren = (): number[] =>
  execFileSync('ps', ['-o', 'pid=,args=', '--ppid', String(process.pid)], { encoding: 'utf8' })
    .split('\n')
    .filter((l) => l.includes('query-child'))
    .map((l) => Number(l.trim().split(/\s+/)[0]));
const CPU_BURNER = 'MATCH (a), (b), (c), (d), (e) MATCH p = (a)-[*..8]-(b) RETURN count(*) AS n';

/** The niceness of each thread of a process, from /proc/<pid>/task/<tid>/stat (field 19). */
const threadNiceness = (pid: number): number[] =>
  fs.readdirSync(`/proc/${pid}/task`).map((tid) => {
    const stat = fs.readFileSync(`/proc/${pid}/task/${tid}/stat`, 'utf8');
    return Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[16]);
  });

describe('runaway user queries', () => {
  it.runIf(fs.existsSync('/proc/self/task'))(
    'runs user queries at the lowest priority on every thread of the query process (its start-up ran at normal priority)',
    async () => {
      expect((await cypher('MATCH (n) RETURN count(n) AS c')).status).toBe(200);
      const [pid] = queryChildren();
      const nice = threadNiceness(pid!);
      expect(nice.length).toBeGreaterThan(1); // the engine's and the runtime's threads, not only the main one
      expect(new Set(nice)).toEqual(new Set([19]));
    },
  );

  it('answers 504 at the timeout and the process that ran the query is gone: no CPU spent after the answer', async () => {
    expect((await cypher('RETURN 1 AS x')).status).toBe(200); // the pool's process is up
    const [pid] = queryChildren();
    expect(pid).toBeGreaterThan(0);
    const t0 = performance.now();
    const res = await cypher(CPU_BURNER);
    expect(res.status).toBe(504);
    expect(res.body.error.code).toBe('query_timeout');
    // The answer comes at the timeout, not when the query would end (minutes): the bound leaves room for a busy CI
    // machine (the guard's parse of a new text, starting the next process), and is still far below the query's own time.
    expect(performance.now() - t0).toBeLessThan(1500 + 20_000);
    await new Promise((r) => setTimeout(r, 200));
    expect(queryChildren()).not.toContain(pid);
    // The next query gets a new process and the graph as it was.
    const next = await cypher('MATCH (n) WHERE NOT n:GraphMeta RETURN count(n) AS c'); // the data nodes, as the fingerprint counts
    expect(next.status).toBe(200);
    expect(next.body.rows).toEqual([{ c: before.nodes }]);
  });

  it('stops a query past its memory limit with 413 and a message saying what to do', async () => {
    // Its own app over the same store: a long timeout, so only the memory limit can stop it.
    const app = createApp({
      store: fx.store,
      config: testConfig({ QUERY_TIMEOUT_MS: '60000', QUERY_MEMORY_MB: '400' }),
      clientDir: NO_CLIENT,
      catalog: testCatalog(),
    });
    const t0 = performance.now();
    const res = await request(app)
      .post('/api/cypher')
      .send({ query: 'WITH range(1, 9000000) AS a RETURN size(a + a + a + a + a + a + a + a + a + a) AS n' });
    expect(res.status).toBe(413);
    expect(res.body.error.code).toBe('query_too_large');
    expect(res.body.error.message).toMatch(/400 MB/);
    expect(performance.now() - t0).toBeLessThan(30_000);
  });

  it('admits runaways only up to the caps: the rest get 503 with Retry-After at once, and health keeps answering', async () => {
    const burst = Array.from({ length: 20 }, () => cypher(CPU_BURNER));
    await new Promise((r) => setTimeout(r, 100));
    const t0 = performance.now();
    const health = await request(fx.app).get('/api/health');
    expect(health.status).toBe(200);
    expect(performance.now() - t0).toBeLessThan(1000);
    const results = await Promise.all(burst);
    const busy = results.filter((r) => r.status === 503);
    expect(busy.length).toBeGreaterThanOrEqual(17); // one client: at most 3 admitted
    for (const r of busy) {
      expect(r.body.error.code).toBe('busy');
      expect(Number(r.headers['retry-after'])).toBeGreaterThan(0);
    }
    expect(results.map((r) => r.status).filter((s) => s !== 503 && s !== 504)).toEqual([]);
  });

  it('changed nothing in the graph', async () => {
    expect(await graphFingerprint(fx.store)).toEqual(before);
  });
});
