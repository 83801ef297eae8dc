// `npm run bench:runaway`: what other users get while runaway queries run. Starts the real server (`server/main.ts`
// on the seed, embedded store), measures health and search alone, then again while 20 clients keep submitting a
// CPU-bound runaway query (each from its own address via X-Forwarded-For, which the app trusts from loopback),
// samples the memory of the processes running them, and times SIGTERM to exit while they run. Writes BENCHMARKS.md.
import { type ChildProcess, execFileSync, spawn } from 'node:child_process';
import fs from 'node:fs';
import net from 'node:net';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { machineLine, writeSection } from './report.ts';

const program = new Command('bench:runaway')
  .description(
    'health and search latency and throughput alone and under 20 runaway queries; memory per runaway; SIGTERM exit time',
  )
  .option('--seconds <n>', 'length of each load run', '10')
  .option('--runaways <n>', 'clients each keeping one runaway query running', '20')
  .option('--no-write', 'print only, do not update BENCHMARKS.md')
  .parse();
const opts = program.opts<{ seconds: string; runaways: string; write: boolean }>();
const SECONDS = Number(opts.seconds);
const RUNAWAYS = Number(opts.runaways);
const TIMEOUT_MS = 5000;
const RUNAWAY = 'MATCH (a), (b), (c), (d), (e) MATCH p = (a)-[*..8]-(b) RETURN count(*) AS n';

function freePort(): Promise<number> {
  return new Promise((resolve) => {
    const s = net.createServer().listen(0, '127.0.0.1', () => {
      const { port } = s.address() as net.AddressInfo;
      s.close(() => resolve(port));
    });
  });
}

async function startServer(port: number, graphPath: string): Promise<ChildProcess> {
  const child = spawn(process.execPath, ['--import', 'tsx', 'server/main.ts'], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: '',
      PORT: String(port),
      HOST: '127.0.0.1',
      GRAPH_PATH: graphPath,
      LOG_LEVEL: 'warn',
      RATE_LIMIT_PER_MINUTE: '0',
      QUERY_TIMEOUT_MS: String(TIMEOUT_MS),
    },
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  await new Promise<void>((resolve, reject) => {
    let out = '';
    child.stdout!.on('data', (d: Buffer) => {
      out += d.toString();
      if (out.includes('explorer and API on')) resolve();
    });
    child.once('exit', (code) => reject(new Error(`the server exited with ${code} before listening:\n${out}`)));
  });
  return child;
}

interface Load {
  reqPerSec: number;
  p50: number;
  p99: number;
  errors: number;
  non2xx: number;
}

async function load(url: string): Promise<Load> {
  const r = await autocannon({ url, connections: 10, duration: SECONDS });
  return { reqPerSec: r.requests.average, p50: r.latency.p50, p99: r.latency.p99, errors: r.errors, non2xx: r.non2xx };
}

/** Resident memory (MB) of the server's children that run user queries. */
function queryProcessesMb(serverPid: number): number[] {
  try {
    return execFileSync('ps', ['-o', 'rss=,args=', '--ppid', String(serverPid)], { encoding: 'utf8' })
      .split('\n')
      .filter((l) => l.includes('query-child'))
      .map((l) => Number(l.trim().split(/\s+/)[0]) / 1024);
  } catch {
    return [];
  }
}

/** Keeps `n` runaway queries in flight, each from its own client address, until stop() is called. */
function runaways(base: string, n: number): { stop: () => Promise<Record<number, number>> } {
  let running = true;
  const statuses: Record<number, number> = {};
  const loops = Array.from({ length: n }, async (_, i) => {
    while (running) {
      try {
        const res = await fetch(`${base}/api/cypher`, {
          method: 'POST',
          headers: {
            'content-type': 'application/json',
            'x-forwarded-for': `10.0.${Math.floor(i / 250)}.${(i % 250) + 1}`,
          },
          body: JSON.stringify({ query: RUNAWAY }),
        });
        statuses[res.status] = (statuses[res.status] ?? 0) + 1;
        await res.arrayBuffer();
        if (res.status === 503)
          await new Promise((r) => setTimeout(r, Number(res.headers.get('retry-after') ?? 1) * 1000));
      } catch {
        statuses[0] = (statuses[0] ?? 0) + 1;
        await new Promise((r) => setTimeout(r, 200));
      }
    }
  });
  return {
    stop: async () => {
      running = false;
      await Promise.race([Promise.all(loops), new Promise((r) => setTimeout(r, TIMEOUT_MS + 2000))]);
      return statuses;
    },
  };
}

async function main(): Promise<void> {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-runaway-'));
  const port = await freePort();
  const base = `http://127.0.0.1:${port}`;
  const server = await startServer(port, path.join(dir, 'graph.grafeo'));
  const routes = { health: `${base}/api/health`, search: `${base}/api/search?q=nvid` };
  // Warm up: the guard's worker and the query process start on first use.
  await fetch(`${base}/api/cypher`, {
    method: 'POST',
    headers: { 'content-type': 'application/json' },
    body: JSON.stringify({ query: 'RETURN 1 AS x' }),
  });
  const alone = { health: await load(routes.health), search: await load(routes.search) };

  const burst = runaways(base, RUNAWAYS);
  await new Promise((r) => setTimeout(r, 1000));
  let peakMb = 0;
  const sampler = setInterval(() => {
    for (const mb of queryProcessesMb(server.pid!)) peakMb = Math.max(peakMb, mb);
  }, 100);
  const loaded = { health: await load(routes.health), search: await load(routes.search) };
  clearInterval(sampler);

  // SIGTERM while the runaways still run.
  const t0 = performance.now();
  const exited = new Promise<number>((resolve) => server.once('exit', () => resolve(performance.now() - t0)));
  server.kill('SIGTERM');
  const exitMs = await Promise.race([
    exited,
    new Promise<number>((r) => setTimeout(() => r(Number.POSITIVE_INFINITY), 30_000)),
  ]);
  if (!Number.isFinite(exitMs)) server.kill('SIGKILL');
  const statuses = await burst.stop();
  fs.rmSync(dir, { recursive: true, force: true });

  const row = (name: string, a: Load, b: Load) =>
    `| ${name} | ${a.reqPerSec.toFixed(0)} | ${a.p50} | ${a.p99} | ${b.reqPerSec.toFixed(0)} | ${b.p50} | ${b.p99} | ${((b.reqPerSec / a.reqPerSec) * 100).toFixed(0)}% | ${b.errors + b.non2xx} |`;
  const md = `## Runaway user queries

\`npm run bench:runaway\`, ${machineLine()}, load average ${os.loadavg()[0].toFixed(1)} when it finished. The real server
(\`server/main.ts\`, embedded store, the seed corpus) on 127.0.0.1, QUERY_TIMEOUT_MS=${TIMEOUT_MS}. Each load run: autocannon, 10
connections, ${SECONDS} s, one route. "Under runaways": ${RUNAWAYS} clients (distinct addresses) each keep submitting
\`${RUNAWAY}\` (CPU-bound, past its timeout) for the whole run, resubmitting as soon as it is answered (after Retry-After on 503).
Goals: health and search p99 < 100 ms under runaways, ≥ 80% of their throughput kept, memory per runaway ≤ 1 GB
(QUERY_MEMORY_MB, default 960, sampled every 25 ms), SIGTERM to exit ≤ 5 s. Query processes run at nice 19.

| route | alone req/s | alone p50 ms | alone p99 ms | under runaways req/s | p50 ms | p99 ms | throughput kept | errors |
| --- | --- | --- | --- | --- | --- | --- | --- | --- |
${row('GET /api/health', alone.health, loaded.health)}
${row('GET /api/search?q=nvid', alone.search, loaded.search)}

Runaway answers during the runs: ${Object.entries(statuses)
    .map(([s, n]) => `${n} × ${s === '0' ? 'connection closed' : s}`)
    .join(', ')} (504: stopped at the timeout and its process killed; 503: refused by admission control).
Peak resident memory of a process running a user query: ${peakMb.toFixed(0)} MB. SIGTERM to process exit with runaways running: ${Number.isFinite(exitMs) ? `${exitMs.toFixed(0)} ms` : 'did not exit in 30 s'}.
`;
  console.log(md);
  if (opts.write) writeSection('runaway', md);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
