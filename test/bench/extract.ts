// bench:extract — extraction speed (MB/s per core) against compromise's own parse of the same text, and a full load into the embedded store and (with NEO4J_TEST_URI) into Neo4j.
//
// Corpus: N articles (default 1,000) from test/_support/generate-articles.ts: deterministic templates mixing product,
// policy, quote and market paragraphs over lists of real people, companies, chips, agencies, outlets and countries,
// with varied quote styles (said X / X said / according to / split quotes) and 6–14 paragraphs each.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import nlp from 'compromise';
import { Command } from 'commander';
import { articleMarkdown, generateArticle } from '../_support/generate-articles.ts';
import { readTextDocument } from '../../seed/io/read-text.ts';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { loadCorpus } from '../../seed/load-corpus.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-store.ts';
import { neo4jTestConfig, wipeTestDatabase } from '../_support/stores.ts';
import { machineLine, writeSection } from './report.ts';

const program = new Command('bench:extract')
  .description('extraction MB/s per core vs compromise, and documents/s for a full load into the embedded store')
  .option('--docs <n>', 'articles in the corpus', '1000')
  .option('--peer-docs <n>', 'articles compromise parses (it is slow; MB/s is what compares)', '200')
  .option(
    '--real <dir>',
    'also time extraction on the .txt/.md articles of a directory of real news (e.g. PolNeAR dev text, not in the repo)',
  )
  .option(
    '--e2e <dir>',
    'also time `npm run extract -- --jsonl` end to end (process start included) on ≥ 2 MB of the .txt/.md articles of a directory of real news',
  )
  .option('--no-write', 'print only, do not update BENCHMARKS.md')
  .parse();
const opts = program.opts<{ docs: string; peerDocs: string; real?: string; e2e?: string; write: boolean }>();
const N = Number(opts.docs);

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-bench-extract-'));
const docsDir = path.join(dir, 'docs');
fs.mkdirSync(docsDir);
const texts: string[] = [];
for (let i = 0; i < N; i++) {
  const md = articleMarkdown(generateArticle(i, 7));
  texts.push(md);
  fs.writeFileSync(path.join(docsDir, `a${String(i).padStart(5, '0')}.md`), md);
}
const bytes = texts.reduce((s, t) => s + Buffer.byteLength(t), 0);
const MB = bytes / 1e6;

const gazetteer = loadGazetteer();
const docs = texts.map((t, i) => readTextDocument(t, `a${i}.md`, `a${i}`, () => {}));
// Two passes over the corpus: the first includes V8's warm-up of the whole pipeline (JIT), the second is the
// steady state a long load runs at. Both are reported; the per-core goal is read against the steady state.
let statements = 0;
let entities = 0;
const pass = (count: boolean): number => {
  const t = performance.now();
  for (const d of docs) {
    const a = analyzeDocument(d, { gazetteer });
    if (count) {
      statements += a.statements.length;
      entities += a.entities.length;
    }
  }
  return (performance.now() - t) / 1000;
};
const coldSeconds = pass(true);
const extractSeconds = pass(false);

/**
 * Real news is less regular than the templates (longer sentences, more quotes, more names per paragraph), so the same
 * figures are taken on a directory of real articles when one is given: one warm-up pass, then the steady state over
 * as many passes as make ≥ 2 MB, with compromise's parse of the same articles as the peer.
 */
function realText(dir: string): { files: number; MB: number; ours: number; peer: number } {
  const files = fs
    .readdirSync(dir)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .sort();
  if (files.length === 0) throw new Error(`bench:extract: no .txt or .md article in ${dir}`);
  const raw = files.map((f) => fs.readFileSync(path.join(dir, f), 'utf8'));
  const realDocs = raw.map((t, i) => readTextDocument(t, files[i], `r${i}`, () => {}));
  const realMB = raw.reduce((s, t) => s + Buffer.byteLength(t), 0) / 1e6;
  for (const d of realDocs) analyzeDocument(d, { gazetteer });
  const passes = Math.max(1, Math.ceil(2 / realMB));
  const t = performance.now();
  for (let p = 0; p < passes; p++) for (const d of realDocs) analyzeDocument(d, { gazetteer });
  const ours = (realMB * passes) / ((performance.now() - t) / 1000);
  const tp = performance.now();
  for (const text of raw) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }
  return { files: files.length, MB: realMB, ours, peer: realMB / ((performance.now() - tp) / 1000) };
}
const real = opts.real ? realText(opts.real) : null;

/**
 * End to end as a user runs it: `npm run extract -- --jsonl` in a fresh process (start-up, gazetteer and model load, the
 * first, JIT-cold pass all included) over the first articles of a directory that make ≥ 2 MB, one JSON line each. Wall
 * time is what a user waits; CPU time (user + system, from /usr/bin/time when present) is steadier on a shared machine.
 * The peer is compromise's parse of the same texts in this process, timed the same two ways.
 */
function endToEnd(dirPath: string): {
  files: number;
  MB: number;
  wall: number;
  cpu?: number;
  peerWall: number;
  peerCpu: number;
  errors: number;
} {
  const files = fs
    .readdirSync(dirPath)
    .filter((f) => /\.(?:txt|md)$/.test(f))
    .sort();
  const lines: string[] = [];
  const picked: string[] = [];
  let n = 0;
  for (const f of files) {
    if (n >= 2e6) break;
    const text = fs.readFileSync(path.join(dirPath, f), 'utf8');
    lines.push(JSON.stringify({ id: f, text }));
    picked.push(text);
    n += Buffer.byteLength(text);
  }
  if (n < 2e6)
    throw new Error(
      `bench:extract: --e2e needs at least 2 MB of articles; ${dirPath} holds ${(n / 1e6).toFixed(2)} MB`,
    );
  const input = path.join(dir, 'e2e.jsonl');
  fs.writeFileSync(input, `${lines.join('\n')}\n`);
  const timeBin = fs.existsSync('/usr/bin/time') ? '/usr/bin/time' : null;
  const cmd = ['npm', 'run', '-s', 'extract', '--', '--jsonl'];
  const t = performance.now();
  const run = spawnSync(timeBin ?? cmd[0], timeBin ? ['-f', 'cpu %U %S', ...cmd] : cmd.slice(1), {
    input: fs.readFileSync(input),
    maxBuffer: 1 << 30,
    cwd: path.resolve(import.meta.dirname, '../..'),
  });
  const wall = (performance.now() - t) / 1000;
  if (run.status !== 0) throw new Error(`bench:extract: npm run extract failed: ${run.stderr.toString().slice(-500)}`);
  const out = run.stdout.toString().trim().split('\n');
  const errors = out.filter((l) => l.includes('"error"')).length;
  if (out.length !== lines.length) throw new Error(`bench:extract: ${lines.length} lines in, ${out.length} out`);
  const m = /cpu ([\d.]+) ([\d.]+)/.exec(run.stderr.toString());
  const c0 = process.cpuUsage();
  const tp = performance.now();
  for (const text of picked) {
    const doc = nlp(text);
    doc.people().out('array');
    doc.organizations().out('array');
    doc.places().out('array');
  }
  const peerWall = (performance.now() - tp) / 1000;
  const c = process.cpuUsage(c0);
  return {
    files: lines.length,
    MB: n / 1e6,
    wall,
    cpu: m ? Number(m[1]) + Number(m[2]) : undefined,
    peerWall,
    peerCpu: (c.user + c.system) / 1e6,
    errors,
  };
}
const e2e = opts.e2e ? endToEnd(opts.e2e) : null;
let t0 = performance.now();

const peerN = Math.min(N, Number(opts.peerDocs));
const peerBytes = texts.slice(0, peerN).reduce((s, t) => s + Buffer.byteLength(t), 0);
for (const t of texts.slice(0, 20)) nlp(t).people().out('array'); // the same courtesy of a warm-up
t0 = performance.now();
for (const t of texts.slice(0, peerN)) {
  const doc = nlp(t);
  doc.people().out('array');
  doc.organizations().out('array');
  doc.places().out('array');
}
const peerSeconds = (performance.now() - t0) / 1000;

const store = EmbeddedGraphStore.open({ path: path.join(dir, 'graph.grafeo') });
let peakRss = process.memoryUsage().rss;
const sampler = setInterval(() => (peakRss = Math.max(peakRss, process.memoryUsage().rss)), 100);
t0 = performance.now();
const report = await loadCorpus(store, [docsDir], { maxDocumentBytes: 10 * 1024 * 1024 });
const loadSeconds = (performance.now() - t0) / 1000;
clearInterval(sampler);
peakRss = Math.max(peakRss, process.memoryUsage().rss);
const health = await store.health();
await store.close();

// The same full load into Neo4j (the test server at NEO4J_TEST_URI, wiped first: never a user's database).
const neo4jConfig = neo4jTestConfig();
let neo4jLoad: { seconds: number; loaded: number; failed: number; nodes: number; relationships: number } | null = null;
if (neo4jConfig) {
  await wipeTestDatabase(neo4jConfig);
  const neo = await Neo4jGraphStore.connect(neo4jConfig);
  try {
    t0 = performance.now();
    const r = await loadCorpus(neo, [docsDir], { maxDocumentBytes: 10 * 1024 * 1024 });
    const seconds = (performance.now() - t0) / 1000;
    const h = await neo.health();
    neo4jLoad = {
      seconds,
      loaded: r.loaded,
      failed: r.failed.length,
      nodes: h.counts.nodes,
      relationships: h.counts.relationships,
    };
  } finally {
    await neo.close();
  }
} else console.log('NEO4J_TEST_URI not set: the Neo4j full-load row is left out (npm run neo4j starts a test server)');
fs.rmSync(dir, { recursive: true, force: true });

const ours = MB / extractSeconds;
const peer = peerBytes / 1e6 / peerSeconds;
const lines = [
  `## Extraction and load (\`npm run bench:extract\`)`,
  '',
  machineLine(),
  '',
  `Corpus: ${N} generated articles (test/_support/generate-articles.ts, seed 7), ${MB.toFixed(2)} MB.`,
  '',
  '| measure | value |',
  '| --- | --- |',
  `| extraction, one core (analyzeDocument), steady state (second pass) | ${ours.toFixed(2)} MB/s · ${(N / extractSeconds).toFixed(0)} documents/s · ${entities} entities, ${statements} statements |`,
  `| extraction, one core, first pass (includes JIT warm-up) | ${(MB / coldSeconds).toFixed(2)} MB/s |`,
  `| peer: compromise's own parse (people, organizations, places) of ${peerN} of the same articles | ${peer.toFixed(3)} MB/s |`,
  `| ratio extraction / compromise | ${(ours / peer).toFixed(1)}× |`,
  ...(real
    ? [
        `| extraction, one core, steady state, on real news: ${real.files} articles of ${path.basename(path.resolve(opts.real!, '..'))}/${path.basename(opts.real!)} (${real.MB.toFixed(2)} MB, not in the repo) | ${real.ours.toFixed(2)} MB/s |`,
        `| peer: compromise's own parse of the same real articles | ${real.peer.toFixed(3)} MB/s (ratio ${(real.ours / real.peer).toFixed(1)}×) |`,
      ]
    : []),
  ...(e2e
    ? [
        `| **end to end: \`npm run extract -- --jsonl\`** (process start, model load, cold first pass) on ${e2e.files} real articles of ${path.basename(path.resolve(opts.e2e!, '..'))}/${path.basename(opts.e2e!)} (${e2e.MB.toFixed(2)} MB, not in the repo; ${e2e.errors} error lines) | ${(e2e.MB / e2e.wall).toFixed(2)} MB/s wall (${e2e.wall.toFixed(1)} s)${e2e.cpu ? ` · ${(e2e.MB / e2e.cpu).toFixed(2)} MB/s of CPU time (${e2e.cpu.toFixed(1)} s)` : ''} |`,
        `| peer: compromise's own parse of the same articles, in this process | ${(e2e.MB / e2e.peerWall).toFixed(3)} MB/s wall · ${(e2e.MB / e2e.peerCpu).toFixed(3)} MB/s of CPU time (ratio ${(e2e.peerWall / e2e.wall).toFixed(1)}× wall${e2e.cpu ? `, ${(e2e.peerCpu / e2e.cpu).toFixed(1)}× CPU` : ''}) |`,
      ]
    : []),
  `| full load into the embedded store (read, analyze, write, file-backed) | ${(report.loaded / loadSeconds).toFixed(1)} documents/s · ${loadSeconds.toFixed(1)} s · ${report.failed.length} failed |`,
  `| peak RSS during the load | ${(peakRss / 2 ** 20).toFixed(0)} MiB |`,
  `| graph after the load | ${health.counts.nodes} nodes, ${health.counts.relationships} relationships |`,
  ...(neo4jLoad
    ? [
        `| full load into Neo4j 5.26 Community (test launcher on the same machine, Bolt; read, analyze, write) | ${(neo4jLoad.loaded / neo4jLoad.seconds).toFixed(1)} documents/s · ${neo4jLoad.seconds.toFixed(1)} s · ${neo4jLoad.failed} failed · ${neo4jLoad.nodes} nodes, ${neo4jLoad.relationships} relationships |`,
        `| ratio embedded / Neo4j (documents/s) | ${(report.loaded / loadSeconds / (neo4jLoad.loaded / neo4jLoad.seconds)).toFixed(2)}× |`,
      ]
    : []),
  '',
  `Goals: ≥ 1 MB/s per core for extraction; a 10,000-document load under 1 GB RSS (run with \`--docs 10000\`); end to end (\`--e2e DIR\`) ≥ 1 MB/s and ≥ 10× compromise on ≥ 2 MB of real news.`,
];
console.log(lines.join('\n'));
if (opts.write)
  writeSection(
    `extract-${N >= 10000 ? '10k' : 'default'}`,
    lines
      .join('\n')
      .replace(
        '## Extraction and load',
        N >= 10000 ? '## Extraction and load, 10,000 documents' : '## Extraction and load',
      ),
  );
