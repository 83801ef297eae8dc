// `npm start` as a user runs it: a real child process creates the graph, seeds it, serves the API and the page, closes on SIGTERM, and reuses the graph next time.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

interface Started {
  child: ChildProcessWithoutNullStreams;
  url: string;
  output: () => string;
}

function start(env: Record<string, string>): Promise<Started> {
  const child = spawn(process.execPath, ['--import', 'tsx', path.join(PROJECT_ROOT, 'server', 'main.ts')], {
    cwd: PROJECT_ROOT,
    // NEO4J_URI '' (not unset): the server's .env must not fill it in either, so a developer's own Neo4j is never used here.
    env: { ...process.env, NEO4J_URI: '', PORT: '0', HOST: '127.0.0.1', LOG_LEVEL: 'warn', ...env },
  });
  let out = '';
  child.stdout.on('data', (d: Buffer) => (out += d.toString()));
  child.stderr.on('data', (d: Buffer) => (out += d.toString()));
  return new Promise((resolve, reject) => {
    const timer = setTimeout(() => reject(new Error(`server did not start in time:\n${out}`)), 90_000);
    child.stdout.on('data', () => {
      const m = /explorer and API on (http:\/\/localhost:\d+)/.exec(out);
      if (m) {
        clearTimeout(timer);
        resolve({ child, url: m[1], output: () => out });
      }
    });
    child.on('exit', (code) => {
      clearTimeout(timer);
      reject(new Error(`server exited with ${code}:\n${out}`));
    });
  });
}

function stop(s: Started): Promise<number | null> {
  return new Promise((resolve) => {
    s.child.removeAllListeners('exit');
    s.child.once('exit', (code) => resolve(code));
    s.child.kill('SIGTERM');
  });
}

describe('npm start', () => {
  it('seeds an empty graph, serves health and the explorer, stops cleanly, then reuses the stored graph', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-main-'));
    const env = { GRAPH_PATH: path.join(dir, 'graph.grafeo') };

    const first = await start(env);
    expect(first.output()).toMatch(/loaded the seed/);
    const health = await (await fetch(`${first.url}/api/health`)).json();
    expect(health.status).toBe('ok');
    expect(health.store).toMatchObject({ kind: 'embedded', ok: true });
    expect(health.counts.nodes).toBeGreaterThan(0);
    expect(health.counts.relationships).toBeGreaterThan(0);
    const page = await fetch(`${first.url}/`);
    expect(page.status).toBe(200);
    expect(await page.text()).toMatch(/<div id="app">/);
    const missing = await fetch(`${first.url}/api/no-such-route`);
    expect(missing.status).toBe(404);
    expect(await missing.json()).toMatchObject({ error: { code: 'not_found' } });
    expect(await stop(first)).toBe(0);
    expect(first.output()).toMatch(/closed cleanly/);

    const second = await start(env);
    expect(second.output()).toMatch(/reused the stored graph/);
    const again = await (await fetch(`${second.url}/api/health`)).json();
    expect(again.counts).toEqual(health.counts);
    expect(await stop(second)).toBe(0);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('refuses to start on invalid configuration, naming the variable', async () => {
    await expect(start({ PORT: 'eighty' })).rejects.toThrow(/PORT/);
  }, 60_000);
});
