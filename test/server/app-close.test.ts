// app.close(): a script that builds the app, serves a user query and closes the server, the app and the store exits by
// itself (the guard's worker and the user-query processes are ended, nothing is left holding the event loop).
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { forEachStore } from '../_support/stores.ts';

const SCRIPT = path.join(PROJECT_ROOT, 'test', '_support', 'build-and-close-app.ts');
/** From "closed" to the process's exit: killing the query processes and the worker takes milliseconds. */
const EXIT_WITHIN_MS = 5_000;

interface Outcome {
  output: string;
  /** ms from the script's "closed" line to its exit; null when it had not exited EXIT_WITHIN_MS after it. */
  exitAfterMs: number | null;
  code: number | null;
  /** Processes the script had started (user-query processes), seen while it answered. */
  children: number;
}

function runScript(env: Record<string, string>): Promise<Outcome> {
  const child = spawn(process.execPath, ['--import', 'tsx', SCRIPT], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, NEO4J_URI: '', ...env },
  });
  let output = '';
  let closedAt = 0;
  let children = 0;
  return new Promise((resolve, reject) => {
    const start = setTimeout(() => reject(new Error(`the script did not get to close in time:\n${output}`)), 120_000);
    let deadline: NodeJS.Timeout | undefined;
    child.stderr.on('data', (d: Buffer) => (output += d.toString()));
    child.stdout.on('data', (d: Buffer) => {
      output += d.toString();
      if (/answered/.test(output) && children === 0) children = childrenOf(child.pid!);
      if (!closedAt && /^closed$/m.test(output)) {
        closedAt = Date.now();
        clearTimeout(start);
        deadline = setTimeout(() => {
          child.kill('SIGKILL');
          resolve({ output, exitAfterMs: null, code: null, children });
        }, EXIT_WITHIN_MS);
      }
    });
    child.on('exit', (code) => {
      clearTimeout(start);
      clearTimeout(deadline);
      if (!closedAt) reject(new Error(`the script exited (${code}) before closing:\n${output}`));
      else resolve({ output, exitAfterMs: Date.now() - closedAt, code, children });
    });
  });
}

/** Processes whose parent is pid (Linux /proc). */
function childrenOf(pid: number): number {
  let n = 0;
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      if (Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]) === pid) n++;
    } catch {
      // ended while we looked
    }
  }
  return n;
}

forEachStore('app.close()', (testStore) => {
  it('lets a script that built the app and served a user query exit by itself', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-close-'));
    const held = testStore.kind === 'neo4j' ? await testStore.open() : null;
    try {
      const env = held ? testStore.env() : { GRAPH_PATH: path.join(dir, 'graph.grafeo') };
      const r = await runScript(env);
      expect(r.output).toMatch(/answered 200 .*"one":1/);
      // On the embedded store the query ran in a process of its own: the thing that kept scripts alive.
      if (testStore.kind === 'embedded') expect(r.children, r.output).toBeGreaterThan(0);
      expect(r.exitAfterMs, r.output).not.toBeNull();
      expect(r.code, r.output).toBe(0);
    } finally {
      await held?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 180_000);
});

it('is what ends the user-query processes: without it the script does not exit (embedded store)', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-close-'));
  try {
    const r = await runScript({ GRAPH_PATH: path.join(dir, 'graph.grafeo'), SKIP_APP_CLOSE: '1' });
    expect(r.output).toMatch(/answered 200/);
    expect(r.exitAfterMs, r.output).toBeNull();
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);

it('leaves no snapshot of the graph in the temporary directory, closed or not, once the process has exited', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-close-'));
  const tmp = path.join(dir, 'tmp');
  fs.mkdirSync(tmp);
  const left = () => fs.readdirSync(tmp).filter((f) => f.startsWith('actorgraph-snapshots-'));
  try {
    const graph = path.join(dir, 'graph.grafeo');
    const closed = await runScript({ GRAPH_PATH: graph, TMPDIR: tmp });
    // The user query ran over a snapshot in this temporary directory…
    expect(closed.output).toMatch(/snapshot directories 1/);
    // …which app.close() removed.
    expect(left()).toEqual([]);
    const unclosed = await runScript({ GRAPH_PATH: graph, TMPDIR: tmp, SKIP_APP_CLOSE: '1', EXIT_AFTER_CLOSED: '1' });
    expect(unclosed.output).toMatch(/snapshot directories 1/);
    expect(unclosed.code, unclosed.output).toBe(0);
    expect(left()).toEqual([]);
  } finally {
    fs.rmSync(dir, { recursive: true, force: true });
  }
}, 180_000);
