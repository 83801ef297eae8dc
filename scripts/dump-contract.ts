// Dumps what must not change across a refactor: `npm run extract` on every seed document, and every GET route's
// response (status, content type, body) on the seed loaded into a fresh embedded store. Usage: tsx scripts/dump-contract.ts OUT_DIR
import { execFileSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import request from 'supertest';
import { createApp } from '../server/create-app.ts';
import { loadConfig } from '../server/config.ts';
import { EmbeddedGraphStore } from '../server/store/embedded/embedded-store.ts';
import { loadCorpus } from '../seed/load-corpus.ts';

const out = process.argv[2];
if (!out) throw new Error('usage: tsx scripts/dump-contract.ts OUT_DIR');
fs.mkdirSync(out, { recursive: true });
const root = path.resolve(import.meta.dirname, '..');
const config = loadConfig({ LOG_LEVEL: 'silent', RATE_LIMIT_PER_MINUTE: '0' });
const seedDir = config.seed.dir;

// 1. The extract CLI, exactly as a user runs it.
const files = fs.readdirSync(seedDir, { recursive: true, withFileTypes: true }).filter((e) => e.isFile());
for (const f of files) {
  const file = path.join(f.parentPath, f.name);
  const text = execFileSync('npm', ['run', '--silent', 'extract', '--', file], { cwd: root, encoding: 'utf8' });
  fs.writeFileSync(path.join(out, `extract--${f.name}.json`), text);
}

// 2. Every GET route over the loaded seed.
const store = EmbeddedGraphStore.open({});
await loadCorpus(store, [seedDir], { maxDocumentBytes: config.seed.maxDocumentBytes });
const app = createApp({ store, config, clientDir: path.join(out, 'no-client') });
const rows = async (cypher: string) => (await store.run(cypher)).rows;
const entities = await rows('MATCH (e:Entity) RETURN e.id AS id, e.name AS name ORDER BY id');
const documents = await rows('MATCH (d:Document) RETURN d.id AS id ORDER BY id');
const speakers = await rows('MATCH (e:Entity)-[:SAID]->(:Statement) RETURN DISTINCT e.id AS id ORDER BY id');
const queries = (await request(app).get('/api/queries')).body.queries as { id: string }[];

const urls: string[] = [
  '/api/health',
  '/api/schema',
  '/api/openapi.json',
  '/api/docs',
  '/api/queries',
  '/api/statements',
  '/api/statements?limit=5',
  '/api/nope',
];
for (const q of queries) urls.push(`/api/queries/${q.id}`);
for (const d of documents) urls.push(`/api/documents/${encodeURIComponent(String(d.id))}`);
for (const s of speakers)
  urls.push(
    `/api/statements?speaker=${encodeURIComponent(String(s.id))}`,
    `/api/statements?about=${encodeURIComponent(String(s.id))}`,
  );
for (const e of entities) {
  const id = encodeURIComponent(String(e.id));
  urls.push(`/api/entities/${id}`, `/api/entities/${id}/neighbors`, `/api/entities/${id}/neighbors?depth=2`);
  urls.push(
    `/api/search?q=${encodeURIComponent(String(e.name))}&limit=20`,
    `/api/export?format=json&scope=entity:${id}`,
  );
}
for (const q of ['lutnik', 'nvidia', 'chip', 'h20', 'x', 'china commerce'])
  urls.push(`/api/search?q=${encodeURIComponent(q)}`);
for (let i = 0; i + 1 < entities.length; i += 3) {
  urls.push(
    `/api/paths?from=${encodeURIComponent(String(entities[i].id))}&to=${encodeURIComponent(String(entities[i + 1].id))}`,
  );
}
for (const format of ['json', 'graphml', 'csv']) urls.push(`/api/export?format=${format}`);
urls.push('/api/search', '/api/paths?from=a', '/api/export?format=xml', '/api/entities/nope', '/api/documents/nope');

// What differs between two runs on the same seed: when it was loaded, how long a query took, a tar entry's mtime
// (and so its header checksum).
const stable = (text: string) =>
  text
    .replace(/\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z/g, '<load time>')
    .replace(/"ms":[\d.]+/g, '"ms":<ms>')
    .replace(/(0000644\0[0-7]{7}\0[0-7]{7}\0[0-7]{11}\0)[0-7]{11}\0[0-7]{6}/g, '$1<mtime> <checksum>');
const lines: string[] = [];
for (const url of urls) {
  const res = await request(app)
    .get(url)
    .buffer(true)
    .parse((r, cb) => {
      const chunks: Buffer[] = [];
      r.on('data', (c: Buffer) => chunks.push(c));
      r.on('end', () => cb(null, Buffer.concat(chunks)));
    });
  lines.push(`GET ${url} ${res.status} ${res.headers['content-type'] ?? ''} ${res.headers['x-export-nodes'] ?? ''}`);
  lines.push(stable((res.body as Buffer).toString('utf8')));
}
// The built-in saved queries with their defaults (POST, but their rows are the catalog's contract).
for (const q of queries) {
  const res = await request(app).post(`/api/queries/${q.id}/run`).send({});
  lines.push(`POST /api/queries/${q.id}/run ${res.status}`, stable(JSON.stringify(res.body)));
}
fs.writeFileSync(path.join(out, 'routes.txt'), `${lines.join('\n')}\n`);
await store.close();
console.log(
  `dumped ${files.length} extractions and ${urls.length} GET routes + ${queries.length} query runs to ${out}`,
);
// The app's guard worker and user-query processes have no close of their own (the server's process ends them): exit.
process.exit(0);
