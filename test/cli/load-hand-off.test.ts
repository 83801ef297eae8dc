// `npm run load` while a server holds the embedded store: the documents go to that server (its single writer) and
// the summary says so; with no server answering, the message says what holds the store and what to do.
import { testCatalog } from '../_support/catalog.ts';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { loadConfig } from '../../server/config.ts';
import { createApp } from '../../server/create-app.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { loadCorpus } from '../../seed/load-corpus.ts';
import { NO_CLIENT } from '../_support/api-app.ts';

const work = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-hand-off-'));
const graph = path.join(work, 'graph.grafeo');
const docs = path.join(work, 'docs');
let store: EmbeddedGraphStore;
let server: Server;
let port = 0;

/** The CLI as a child process, awaited without blocking this process (whose server must answer it). */
const cli = (args: string[], PORT: string) =>
  new Promise<{ status: number | null; stdout: string; stderr: string }>((resolve) => {
    const child = spawn(
      process.execPath,
      ['--import', 'tsx', path.join(PROJECT_ROOT, 'cli', 'load.ts'), '--quiet', ...args],
      {
        cwd: PROJECT_ROOT,
        env: { ...process.env, GRAPH_PATH: graph, NEO4J_URI: '', LOG_LEVEL: 'silent', PORT },
      },
    );
    let stdout = '';
    let stderr = '';
    child.stdout.on('data', (d: Buffer) => (stdout += d.toString()));
    child.stderr.on('data', (d: Buffer) => (stderr += d.toString()));
    child.on('exit', (status) => resolve({ status, stdout, stderr }));
  });

beforeAll(async () => {
  fs.mkdirSync(docs);
  fs.writeFileSync(
    path.join(docs, 'handed.md'),
    '---\ntitle: Handed over\nsource: Test Wire\n---\n\nTrade Commissioner Mira Solberg said the licences would take effect in November.\n',
  );
  store = EmbeddedGraphStore.open({ path: graph }); // this process holds the file, as npm start would
  const config = loadConfig({ PORT: '0', LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0', GRAPH_PATH: graph });
  const app = createApp({
    store,
    config,
    clientDir: NO_CLIENT,
    catalog: testCatalog(),
    logger: createLogger('silent'),
    loader: (s, inputs, o) => loadCorpus(s, inputs, o),
  });
  server = await new Promise<Server>((resolve) => {
    const s = app.listen(0, '127.0.0.1', () => resolve(s));
  });
  port = (server.address() as AddressInfo).port;
}, 60_000);

afterAll(async () => {
  server?.closeAllConnections();
  await new Promise<void>((r) => (server ? server.close(() => r()) : r()));
  await store?.close();
  fs.rmSync(work, { recursive: true, force: true });
});

describe('npm run load with the store held by a running server', () => {
  it('hands the documents to the server, which writes them', async () => {
    const r = await cli([docs], String(port));
    expect(r.stdout, r.stderr).toContain('handing it 1 file(s)');
    expect(r.stdout).toMatch(/this run: +1 documents loaded/);
    expect(r.status).toBe(0);
    const found = await store.run("MATCH (e:Entity {id: 'person:mira-solberg'}) RETURN e.name AS name");
    expect(found.rows[0]?.name).toBe('Mira Solberg');
  }, 120_000);

  it('keeps two files of one name in different folders apart: the server is sent their paths, not base names', async () => {
    const tree = path.join(work, 'tree');
    for (const [dir, who] of [
      ['east', 'Trade Commissioner Ilse Marden'],
      ['west', 'Senator Ada Brook'],
    ]) {
      fs.mkdirSync(path.join(tree, dir), { recursive: true });
      fs.writeFileSync(
        path.join(tree, dir, 'report.md'),
        `---\ntitle: Report from the ${dir}\nsource: Test Wire\n---\n\n${who} said the export rules would tighten in May.\n`,
      );
    }
    const r = await cli([tree], String(port));
    expect(r.stdout, r.stderr).toContain('handing it 2 file(s)');
    expect(r.stdout).toMatch(/this run: +2 documents loaded, 0 replaced/);
    expect(r.status).toBe(0);
    // the ids a direct npm run load of the folder gives
    const ids = await store.run("MATCH (d:Document) WHERE d.id IN ['east-report', 'west-report'] RETURN d.id AS id");
    expect(ids.rows.map((x) => x.id).sort()).toEqual(['east-report', 'west-report']);
    for (const id of ['person:ilse-marden', 'person:ada-brook'])
      expect((await store.run('MATCH (e:Entity {id: $id}) RETURN e.id AS id', { id })).rows.length, id).toBe(1);
  }, 120_000);

  it('takes a relative path as the upload name, and refuses one that climbs out or is absolute', async () => {
    const send = (name: string) =>
      fetch(`http://127.0.0.1:${port}/api/documents?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: 'Minister Tove Rask said the rules would not change.',
      });
    const ok = await send('north/2025/brief.txt');
    expect(ok.status).toBe(200);
    expect(((await ok.json()) as { loaded: number }).loaded).toBe(1);
    expect((await store.run("MATCH (d:Document {id: 'north-2025-brief'}) RETURN d.id AS id")).rows.length).toBe(1);
    for (const bad of ['../escape.txt', 'a/../../escape.txt', '/etc/escape.txt', 'a//b.txt', 'a\\b.txt']) {
      const res = await send(bad);
      expect(res.status, bad).toBe(400);
      expect(((await res.json()) as { error: { message: string } }).error.message, bad).toMatch(/relative path/);
    }
    expect(fs.existsSync(path.join(os.tmpdir(), 'escape.txt'))).toBe(false);
  }, 120_000);

  it('says what holds the store when no server answers', async () => {
    const r = await cli([docs], '1'); // nothing listens on port 1
    expect(r.status).toBe(1);
    expect(r.stderr).toMatch(/in use by another process.*one writer at a time/s);
  }, 120_000);
});
