// `npm start` as a user runs it: a real child process creates the graph (the embedded file, or the test Neo4j), seeds it, serves the API and the page, closes on SIGTERM, and reuses the graph next time.
import { describe, expect, it } from 'vitest';
import { spawn, type ChildProcessWithoutNullStreams } from 'node:child_process';
import net from 'node:net';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { forEachStore } from '../_support/stores.ts';

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

forEachStore('npm start', (testStore) => {
  it('seeds an empty graph, serves health and the explorer, stops cleanly, then reuses the stored graph', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-main-'));
    // Neo4j: the test database, wiped, and held (the test lock) while the servers use it through NEO4J_URI
    const held = testStore.kind === 'neo4j' ? await testStore.open() : null;
    try {
      const env = held ? testStore.env() : { GRAPH_PATH: path.join(dir, 'graph.grafeo') };

      const first = await start(env);
      expect(first.output()).toMatch(/loaded the seed/);
      const health = await (await fetch(`${first.url}/api/health`)).json();
      expect(health.status).toBe('ok');
      expect(health.store).toMatchObject({ kind: testStore.kind, ok: true });
      // The start line's counts are the graph's, and the graph is the seed's one article with what it names.
      expect(first.output()).toContain(`${health.counts.nodes} nodes, ${health.counts.relationships} relationships`);
      const schema = await (await fetch(`${first.url}/api/schema`)).json();
      expect(schema.labels).toContainEqual({ label: 'Document', count: 1 });
      expect(schema.labels).toContainEqual({ label: 'Person', count: expect.any(Number) });
      expect(health.counts.relationships).toBeGreaterThan(health.counts.nodes); // every entity is mentioned, every statement said
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
    } finally {
      await held?.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  }, 300_000);
});

describe('npm start', () => {
  it('kill -TERM on the `npm start` process stops the server and frees the port within 5 s, a query running or not', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-sigterm-'));
    const npm = spawn('npm', ['start', '--silent'], {
      cwd: PROJECT_ROOT,
      env: {
        ...process.env,
        PORT: '0',
        HOST: '127.0.0.1',
        LOG_LEVEL: 'warn',
        SEED_ON_START: 'false',
        GRAPH_PATH: path.join(dir, 'graph.grafeo'),
      },
    });
    let out = '';
    npm.stdout.on('data', (d: Buffer) => (out += d.toString()));
    npm.stderr.on('data', (d: Buffer) => (out += d.toString()));
    const port = await new Promise<number>((resolve, reject) => {
      const timer = setTimeout(() => reject(new Error(`npm start did not start in time:\n${out}`)), 90_000);
      npm.stdout.on('data', () => {
        const m = /explorer and API on http:\/\/localhost:(\d+)/.exec(out);
        if (m) {
          clearTimeout(timer);
          resolve(Number(m[1]));
        }
      });
    });
    const tree = descendants(npm.pid!);
    expect(tree.length).toBeGreaterThan(0); // the server runs in a process below npm's
    // A slow query in flight and an idle keep-alive connection: neither may hold the port.
    void fetch(`http://127.0.0.1:${port}/api/cypher`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: 'UNWIND range(1, 30000000) AS x RETURN count(x) AS n' }),
    }).catch(() => undefined);
    const idle = net.connect(port, '127.0.0.1');
    await new Promise((r) => idle.once('connect', r));
    await new Promise((r) => setTimeout(r, 300));

    const sent = Date.now();
    npm.kill('SIGTERM');
    let freed = Infinity;
    while (Date.now() - sent < 10_000) {
      if (!(await portOpen(port)) && tree.every((pid) => !alive(pid))) {
        freed = Date.now() - sent;
        break;
      }
      await new Promise((r) => setTimeout(r, 50));
    }
    idle.destroy();
    for (const pid of tree.filter(alive)) process.kill(pid, 'SIGKILL'); // only if the test failed
    expect(freed, out).toBeLessThan(5_000);
    fs.rmSync(dir, { recursive: true, force: true });
  }, 180_000);

  it('refuses to start on invalid configuration, naming the variable', async () => {
    await expect(start({ PORT: 'eighty' })).rejects.toThrow(/PORT/);
  }, 60_000);
});

/** Every process below `root` (Linux /proc), so the test can tell the server itself stopped, not only npm. */
function descendants(root: number): number[] {
  const parent = new Map<number, number>();
  for (const entry of fs.readdirSync('/proc')) {
    if (!/^\d+$/.test(entry)) continue;
    try {
      const stat = fs.readFileSync(`/proc/${entry}/stat`, 'utf8');
      parent.set(Number(entry), Number(stat.slice(stat.lastIndexOf(')') + 2).split(' ')[1]));
    } catch {
      // the process ended while we looked
    }
  }
  const found: number[] = [];
  const walk = (pid: number) => {
    for (const [child, p] of parent) {
      if (p !== pid) continue;
      found.push(child);
      walk(child);
    }
  };
  walk(root);
  return found;
}

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return !fs.readFileSync(`/proc/${pid}/stat`, 'utf8').includes(') Z '); // a zombie has exited
  } catch {
    return false;
  }
}

function portOpen(port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const socket = net.connect(port, '127.0.0.1');
    socket.once('connect', () => {
      socket.destroy();
      resolve(true);
    });
    socket.once('error', () => resolve(false));
  });
}
