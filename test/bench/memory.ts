// `npm run bench:memory [-- --runs 5 --seconds 60]`: the server's RSS across repeated load runs of the explorer's
// read mix (autocannon, 10 connections) on the seed graph (or --graph); the goal is RSS stable within 20% after the
// warm-up run. The warm-up is the same mix as the runs, so a plateau it reaches is not counted as growth. Each row
// also has the highest RSS seen during the run (sampled every second) and the machine's load average at its end.
import { fork } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import autocannon from 'autocannon';
import { Command } from 'commander';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { DEFAULTS } from '../../server/config.ts';
import { machineLine, writeSection } from './report.ts';

const program = new Command('bench:memory')
  .option('--runs <n>', 'load runs after the warm-up run', '5')
  .option('--seconds <n>', 'seconds per run', '60')
  .option('--graph <path>', 'an embedded graph file to reuse (seeded when empty)')
  .option('--no-write', 'print only, do not update BENCHMARKS.md')
  .parse();
const opts = program.opts<{ runs: string; seconds: string; graph?: string; write: boolean }>();
const RUNS = Number(opts.runs);
const SECONDS = Number(opts.seconds);
const CONNECTIONS = 10;

type Mem = NodeJS.MemoryUsage;
const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-mem-'));
const graphPath = opts.graph ?? path.join(dir, 'graph.grafeo');
const child = fork(path.join(PROJECT_ROOT, 'test', 'bench', 'memory-server.ts'), [], {
  execArgv: ['--import', 'tsx', '--expose-gc'],
  env: { ...process.env, GRAPH_PATH: graphPath },
  stdio: ['ignore', 'inherit', 'inherit', 'ipc'],
});
const ready = await new Promise<{ port: number; nodes: number; relationships: number }>((resolve, reject) => {
  child.once('message', (m) => resolve(m as { port: number; nodes: number; relationships: number }));
  child.once('exit', (code) => reject(new Error(`the server exited with ${code}`)));
});
const memory = (gc: boolean) =>
  new Promise<Mem>((resolve) => {
    child.once('message', (m) => resolve((m as { mem: Mem }).mem));
    child.send(gc ? { gc: true } : { mem: true });
  });
const base = `http://127.0.0.1:${ready.port}`;

// Ids and names to ask about, from the graph itself.
const ids: string[] = [];
const names: string[] = [];
for (const q of ['a', 'c', 'h', 'n', 's', 't', 'u', 'm']) {
  const r = (await (await fetch(`${base}/api/search?q=${q}&limit=50`)).json()) as {
    results: { node: { properties: { id: string; name: string } } }[];
  };
  for (const hit of r.results) {
    ids.push(hit.node.properties.id);
    names.push(hit.node.properties.name);
  }
}
if (ids.length < 2) throw new Error('bench:memory: the graph has no entities to ask about');
let k = 0;
const pick = <T>(xs: T[]) => xs[(k = (k * 1103515245 + 12345) & 0x7fffffff) % xs.length];
/** The explorer's requests: search as you type, an entity, its neighbourhood, statements, a path, the schema, queries. */
function nextRequest(): { method: string; path: string; body?: string; headers?: Record<string, string> } {
  const json = { 'content-type': 'application/json' };
  switch (k % 10) {
    case 7:
      return {
        method: 'POST',
        path: '/api/queries/who-said-what-about/run',
        body: JSON.stringify({ params: { about: pick(ids) } }),
        headers: json,
      };
    case 8:
      return {
        method: 'POST',
        path: '/api/cypher',
        body: JSON.stringify({
          query: 'MATCH (e:Entity {id: $id})-[r]-(n) RETURN e.name AS name, type(r) AS type, n.name AS other LIMIT 25',
          params: { id: pick(ids) },
        }),
        headers: json,
      };
    default:
      return { method: 'GET', path: nextPath() };
  }
}

function nextPath(): string {
  const id = encodeURIComponent(pick(ids));
  switch (k % 7) {
    case 0:
      return `/api/search?q=${encodeURIComponent(pick(names).slice(0, 1 + (k % 6)))}`;
    case 1:
      return `/api/entities/${id}`;
    case 2:
      return `/api/entities/${id}/neighbors?depth=${1 + (k % 2)}`;
    case 3:
      return `/api/statements?speaker=${id}`;
    case 4:
      return `/api/paths?from=${id}&to=${encodeURIComponent(pick(ids))}`;
    case 5:
      return '/api/schema';
    default:
      return `/api/search?q=${encodeURIComponent(pick(names))}&limit=20`;
  }
}

async function load(
  seconds: number,
): Promise<{ requests: number; non2xx: number; errors: number; p99: number; peak: number }> {
  let peak = 0;
  let sampling = false;
  const sampler = setInterval(() => {
    if (sampling) return;
    sampling = true;
    void memory(false).then((m) => {
      peak = Math.max(peak, m.rss);
      sampling = false;
    });
  }, 1000);
  const r = await autocannon({
    url: base,
    connections: CONNECTIONS,
    duration: seconds,
    requests: [{ setupRequest: (req: Record<string, unknown>) => ({ ...req, ...nextRequest() }) }],
  });
  clearInterval(sampler);
  while (sampling) await new Promise((res) => setTimeout(res, 50));
  return { requests: r.requests.total, non2xx: r.non2xx, errors: r.errors, p99: r.latency.p99, peak };
}

const mb = (n: number) => Math.round(n / 2 ** 20);
const rows: {
  run: string;
  requests: number;
  non2xx: number;
  p99: number;
  rss: number;
  peak: number;
  heap: number;
  external: number;
  loadAvg: string;
}[] = [];
const idle = await memory(true);
console.log(`bench:memory: ${ready.nodes} nodes, ${ready.relationships} relationships; idle RSS ${mb(idle.rss)} MB`);
for (let i = 0; i <= RUNS; i++) {
  const r = await load(SECONDS);
  await new Promise((res) => setTimeout(res, 2000));
  const m = await memory(true);
  const row = {
    run: i === 0 ? 'warm-up' : String(i),
    requests: r.requests,
    non2xx: r.non2xx,
    p99: r.p99,
    rss: mb(m.rss),
    peak: mb(r.peak),
    heap: mb(m.heapUsed),
    external: mb(m.external + m.arrayBuffers),
    loadAvg: os.loadavg()[0].toFixed(1),
  };
  rows.push(row);
  console.log(
    `  run ${row.run}: ${r.requests} requests (${r.non2xx} non-2xx, ${r.errors} errors, p99 ${r.p99} ms); RSS ${row.rss} MB (peak ${row.peak}), JS heap ${row.heap} MB, external ${row.external} MB; load ${row.loadAvg}`,
  );
}
child.send({ stop: true });
await new Promise((r) => child.once('exit', r));
if (!opts.graph) fs.rmSync(dir, { recursive: true, force: true });

const after = rows.slice(1).map((r) => r.rss);
const spread = (Math.max(...after) - Math.min(...after)) / Math.min(...after);
const verdict = `RSS after the warm-up: ${Math.min(...after)}–${Math.max(...after)} MB, a spread of ${(spread * 100).toFixed(0)}% (goal ≤ 20%)`;
console.log(`bench:memory: ${verdict}`);
if (opts.write) {
  writeSection(
    'memory',
    `## Memory under load (\`npm run bench:memory\`)

${machineLine()} · ${opts.graph ? `the graph in ${path.basename(opts.graph)}` : 'the seed graph'} (${ready.nodes.toLocaleString('en')} nodes, ${ready.relationships.toLocaleString('en')} relationships);
${RUNS} runs of ${SECONDS} s after a warm-up run, ${CONNECTIONS} connections, the explorer's read mix (search, entity,
neighbours, statements, paths, schema, a saved query, ad-hoc Cypher; the warm-up is the same mix); the server in a
child process (STORE_QUERY_SLOTS=${process.env.STORE_QUERY_SLOTS ?? `${DEFAULTS.STORE_QUERY_SLOTS}, the default`}), RSS measured 2 s after each run and a GC, peak RSS sampled every second during it.
Idle RSS before the load: ${mb(idle.rss)} MB.

| run | requests | non-2xx | p99 ms | RSS MB | peak RSS MB | JS heap MB | external MB | load average |
|---|---|---|---|---|---|---|---|---|
${rows.map((r) => `| ${r.run} | ${r.requests.toLocaleString('en')} | ${r.non2xx} | ${r.p99} | ${r.rss} | ${r.peak} | ${r.heap} | ${r.external} | ${r.loadAvg} |`).join('\n')}

${verdict}.`,
  );
}
process.exit(spread <= 0.2 ? 0 : 1);
