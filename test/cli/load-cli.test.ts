// The load CLI on a real graph file: its exit codes (run in-process: a child adds nothing there), and a SIGKILL of a real
// child process mid-run that a re-run repairs to the clean result.
import { afterAll, describe, expect, it, vi } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { loadCommand } from '../../cli/load.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { articleMarkdown, generateArticle } from '../_support/generate-articles.ts';
import { graphFingerprint } from '../_support/graph-fingerprint.ts';

const CLI = path.join(PROJECT_ROOT, 'cli', 'load.ts');
const ANALYZER = path.join(PROJECT_ROOT, 'test', '_support', 'simple-analyzer.ts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-load-cli-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));

const corpus = path.join(work, 'corpus');
fs.mkdirSync(corpus);
for (let i = 0; i < 200; i++)
  fs.writeFileSync(
    path.join(corpus, `article-${String(i).padStart(3, '0')}.md`),
    articleMarkdown(generateArticle(i, 7)),
  );

function env(graph: string): NodeJS.ProcessEnv {
  return { ...process.env, GRAPH_PATH: graph, NEO4J_URI: '', LOG_LEVEL: 'silent' };
}
/** Runs `npm run load -- --quiet --analyzer … args` in this process; its exit code and what it printed. */
async function runCli(graph: string, args: string[]): Promise<{ status: number; stdout: string }> {
  const printed: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  const error = vi.spyOn(console, 'error').mockImplementation((...a: unknown[]) => void printed.push(a.join(' ')));
  const write = vi
    .spyOn(process.stdout, 'write')
    .mockImplementation((chunk: string | Uint8Array) => printed.push(String(chunk)) > 0);
  try {
    const status = await loadCommand(['node', CLI, '--quiet', '--analyzer', ANALYZER, ...args], env(graph));
    return { status, stdout: printed.join('\n') };
  } finally {
    log.mockRestore();
    error.mockRestore();
    write.mockRestore();
  }
}
async function fingerprintOf(graph: string) {
  const store = EmbeddedGraphStore.open({ path: graph });
  try {
    return await graphFingerprint(store);
  } finally {
    await store.close();
  }
}

describe('npm run load', () => {
  it('exits 0 when all load, 1 when some input failed, 2 on a usage error', async () => {
    const graph = path.join(work, 'codes', 'graph.grafeo');
    const ok = await runCli(graph, [path.join(corpus, 'article-000.md')]);
    expect(ok.status).toBe(0);
    expect(ok.stdout).toMatch(/this run: +1 documents loaded/);
    const bad = path.join(work, 'bad.png');
    fs.writeFileSync(bad, 'x');
    const some = await runCli(graph, [path.join(corpus, 'article-001.md'), bad]);
    expect(some.status).toBe(1);
    expect(some.stdout).toMatch(/bad\.png: unsupported file type/);
    expect((await runCli(graph, [])).status).toBe(2);
    expect((await runCli(graph, ['--max-bytes', 'lots', corpus])).status).toBe(2);
    expect((await runCli(graph, ['--help'])).status).toBe(0);
  }, 120_000);

  it('killed mid-run, the store reopens, a re-run completes, and the graph equals a clean single load', async () => {
    const clean = path.join(work, 'clean', 'graph.grafeo');
    expect((await runCli(clean, [corpus])).status).toBe(0);
    const expected = await fingerprintOf(clean);
    expect(expected.labels.Document).toBe(200);

    const graph = path.join(work, 'killed', 'graph.grafeo');
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--quiet', '--analyzer', ANALYZER, corpus], {
      cwd: PROJECT_ROOT,
      env: env(graph),
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        const last = chunk.toString().trim().split('\n').pop() ?? '';
        const m = /^progress (\d+)\//.exec(last);
        if (m && Number(m[1]) >= 40) resolve();
      });
      child.on('exit', (code) => reject(new Error(`the loader exited (${code}) before it could be killed`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const partial = await fingerprintOf(graph); // the store opens after the kill
    expect(partial.labels.Document ?? 0).toBeGreaterThanOrEqual(40);
    expect(partial.labels.Document ?? 0).toBeLessThan(200);

    const rerun = await runCli(graph, [corpus]);
    expect(rerun.status).toBe(0);
    expect(rerun.stdout).toMatch(/unchanged \(skipped\)/);
    expect(await fingerprintOf(graph)).toEqual(expected);
  }, 180_000);
});
