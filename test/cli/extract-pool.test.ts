// The extract command over several threads: real worker threads running the compiled bundle, the real pipeline.
// The output must be the same bytes as on one thread, in input order, with each bad line's error in its place; a
// small input never starts a worker.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { ExtractPool, START_AFTER_CHARS, workerBundle } from '../../cli/extract-pool.ts';
import { EXIT_OK, EXIT_USAGE } from '../../cli/cli-args.ts';
import { loadGazetteer } from '../../seed/pipeline.ts';
import type { SourceDocument } from '../../seed/analysis.ts';
import { extractInProcess } from '../_support/cli-run.ts';

// Real news (the in-domain dev articles, twice over under other ids): more than twice the pool's start threshold.
const ARTICLE_DIRS = ['test/eval/indomain/articles', 'test/eval/indomain-news/articles'].map((d) =>
  path.join(PROJECT_ROOT, d),
);
const articles = ['', '-again'].flatMap((suffix) =>
  ARTICLE_DIRS.flatMap((d) =>
    fs
      .readdirSync(d)
      .sort()
      .map((f) => ({ id: `${f}${suffix}`, title: f, text: fs.readFileSync(path.join(d, f), 'utf8') })),
  ),
);
const docs: SourceDocument[] = articles.map((a) => ({ id: a.id, raw: a.text, bodyStart: 0, bodyEnd: a.text.length }));

const lines = articles.map((a) => JSON.stringify(a));
const middle = Math.floor(lines.length / 2);
// Two bad lines in the middle (invalid JSON, no text), and one at the end.
const INPUT = [
  ...lines.slice(0, middle),
  '{"id": "broken"',
  JSON.stringify({ id: 'no-text', body: 'x' }),
  ...lines.slice(middle),
  'not json',
].join('\n');

const extract = extractInProcess;

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-extract-pool-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

// The workers' bundle is built before the runs: on a fresh clone building it takes longer than the main thread needs
// for the whole input, and the pool (rightly) extracts everything itself meanwhile, so no document would reach a worker.
beforeAll(() => workerBundle(), 120_000);

describe('extract over several threads', () => {
  it('is given enough text to start workers', () => {
    expect(articles.reduce((n, a) => n + a.text.length, 0)).toBeGreaterThan(2 * START_AFTER_CHARS);
  });

  it('sends documents to workers and gets the same results, in input order, as on one thread', async () => {
    const run = async (threads: number) => {
      const out: string[] = [];
      const pool = new ExtractPool({
        threads,
        context: { gazetteer: loadGazetteer() },
        asLine: true,
        write: (line) => out.push(line as string),
      });
      try {
        for (const doc of docs) await pool.push(doc);
        await pool.drain();
      } finally {
        await pool.close();
      }
      return { out, counts: { ...pool.counts } };
    };
    const one = await run(1);
    const two = await run(3);
    expect(one.counts).toEqual({ here: docs.length, onWorkers: 0 });
    expect(two.counts.onWorkers).toBeGreaterThan(0);
    expect(two.counts.here + two.counts.onWorkers).toBe(docs.length);
    expect(one.out.map((l) => JSON.parse(l).id)).toEqual(docs.map((d) => d.id));
    expect(two.out).toEqual(one.out);
  }, 120_000);

  it('starts no worker for a small input', async () => {
    const pool = new ExtractPool({
      threads: 4,
      context: { gazetteer: loadGazetteer() },
      asLine: false,
      write: () => undefined,
    });
    await pool.push(docs[0]);
    await pool.drain();
    await pool.close();
    expect(pool.counts).toEqual({ here: 1, onWorkers: 0 });
  });

  it('extracts everything on the main thread, and says so, when the workers cannot start', async () => {
    // The workers' bundle cannot be built: its cache folder would have to be made under a regular file.
    const blocker = path.join(dir, 'not-a-folder');
    fs.writeFileSync(blocker, '');
    const saved = process.env.ACTORGRAPH_BUILD_CACHE;
    process.env.ACTORGRAPH_BUILD_CACHE = path.join(blocker, 'cache');
    const out: string[] = [];
    const warnings: string[] = [];
    const pool = new ExtractPool({
      threads: 2,
      context: { gazetteer: loadGazetteer() },
      asLine: true,
      write: (line) => out.push(line as string),
      warn: (m) => warnings.push(m),
    });
    try {
      for (const doc of docs) await pool.push(doc);
      await pool.drain();
    } finally {
      await pool.close();
      if (saved === undefined) delete process.env.ACTORGRAPH_BUILD_CACHE;
      else process.env.ACTORGRAPH_BUILD_CACHE = saved;
    }
    expect(warnings).toEqual([
      expect.stringMatching(/^could not start extraction threads .*; extracting on one thread$/),
    ]);
    expect(pool.counts).toEqual({ here: docs.length, onWorkers: 0 });
    expect(out.map((l) => JSON.parse(l).id)).toEqual(docs.map((d) => d.id));
  }, 120_000);

  it('--jsonl writes the same bytes with 1 and 2 threads, each bad line answered in its place', async () => {
    const one = await extract(['--jsonl', '--threads', '1'], INPUT);
    const two = await extract(['--jsonl', '--threads', '2'], INPUT);
    expect([one.code, one.stderr]).toEqual([EXIT_OK, '']);
    expect([two.code, two.stderr]).toEqual([EXIT_OK, '']);
    expect(two.stdout).toBe(one.stdout);
    const out = one.stdout.trimEnd().split('\n');
    expect(out).toHaveLength(lines.length + 3);
    expect(JSON.parse(out[middle])).toMatchObject({ id: null, line: middle + 1, error: /^invalid JSON/ });
    expect(JSON.parse(out[middle + 1])).toEqual({
      id: 'no-text',
      line: middle + 2,
      error: 'expecting a string `text`',
    });
    expect(JSON.parse(out[middle + 2]).id).toBe(articles[middle].id);
    expect(JSON.parse(out.at(-1)!)).toMatchObject({ id: null, line: lines.length + 3, error: /^invalid JSON/ });
  }, 120_000);

  it('extracts a file of several documents the same with 1 and 2 threads', async () => {
    const file = path.join(dir, 'articles.jsonl');
    fs.writeFileSync(file, `${lines.join('\n')}\n`);
    const one = await extract([file, '--threads', '1']);
    const two = await extract([file, '--threads', '2']);
    expect([one.code, two.code]).toEqual([EXIT_OK, EXIT_OK]);
    expect(two.stdout).toBe(one.stdout);
    expect(JSON.parse(one.stdout)).toHaveLength(articles.length);
  }, 120_000);

  it('refuses a thread count that is not a whole number of 1 or more, from the option or EXTRACT_THREADS', async () => {
    expect(await extract(['--jsonl', '--threads', '0'])).toMatchObject({ code: EXIT_USAGE, stdout: '' });
    expect((await extract(['--jsonl', '--threads', '1.5'])).stderr).toMatch(/whole number of threads/);
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const r = spawnSync(npm, ['run', '-s', 'extract', '--', '--jsonl'], {
      cwd: PROJECT_ROOT,
      input: '',
      encoding: 'utf8',
      env: { ...process.env, EXTRACT_THREADS: 'many' },
    });
    expect(r.status).toBe(EXIT_USAGE);
    expect(r.stderr).toMatch(/EXTRACT_THREADS|whole number/);
  }, 60_000);

  it('runs as `npm run extract` with workers from the compiled bundle: the same bytes as one thread', () => {
    const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
    const run = (threads: string) =>
      spawnSync(npm, ['run', '-s', 'extract', '--', '--jsonl'], {
        cwd: PROJECT_ROOT,
        input: INPUT,
        encoding: 'utf8',
        env: { ...process.env, EXTRACT_THREADS: threads },
      });
    const one = run('1');
    const two = run('2');
    expect([one.status, one.stderr, two.status, two.stderr]).toEqual([EXIT_OK, '', EXIT_OK, '']);
    expect(two.stdout).toBe(one.stdout);
    expect(one.stdout.trimEnd().split('\n')).toHaveLength(lines.length + 3);
  }, 120_000);
});
