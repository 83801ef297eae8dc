// Several writers at once (issue 12 §3.3): two loads of one corpus running together, and a server's start-up seed
// racing another, leave exactly the graph one load leaves: every document written once, every mention, count and
// source once. On Neo4j the two loads are two real `npm run load` processes; the embedded store is single-process
// (its file is locked), so there the two loads run concurrently in one process on one store.
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, expect, it } from 'vitest';
import type { GraphStore } from '../../../core/graph-store.ts';
import { PROJECT_ROOT } from '../../../core/project-paths.ts';
import { loadCorpus } from '../../../seed/load-corpus.ts';
import { seedIfEmpty } from '../../../server/startup.ts';
import { loadConfig } from '../../../server/config.ts';
import { createLogger } from '../../../server/logger.ts';
import { articleMarkdown, generateArticle } from '../../_support/generate-articles.ts';
import { graphFingerprint } from '../../_support/graph-fingerprint.ts';
import { analyzeDocument } from '../../_support/simple-analyzer.ts';
import { forEachStore } from '../../_support/stores.ts';

const CLI = path.join(PROJECT_ROOT, 'cli', 'load.ts');
const ANALYZER = path.join(PROJECT_ROOT, 'test', '_support', 'simple-analyzer.ts');
const work = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-concurrent-'));
afterAll(() => fs.rmSync(work, { recursive: true, force: true }));
const corpus = path.join(work, 'corpus');
fs.mkdirSync(corpus);
// few distinct actors over many documents: the loads keep writing the same entities and relationships
for (let i = 0; i < 40; i++)
  fs.writeFileSync(path.join(corpus, `a-${String(i).padStart(2, '0')}.md`), articleMarkdown(generateArticle(i, 3)));

const options = { maxDocumentBytes: 1024 * 1024, analyze: analyzeDocument };

/** What must not be counted twice: mentions, mention counts, relationship support and sources, documents. */
async function tallies(store: GraphStore) {
  const one = async (q: string) => (await store.run(q)).rows[0];
  return {
    documents: await one('MATCH (d:Document) RETURN count(d) AS n'),
    mentions: await one('MATCH (:Entity)-[m:MENTIONED_IN]->(:Document) RETURN count(m) AS n, sum(m.count) AS total'),
    mentionCounts: await one('MATCH (e:Entity) RETURN count(e) AS n, sum(e.mentionCount) AS total'),
    statements: await one('MATCH (s:Statement) RETURN count(s) AS n'),
    sources: await one(
      'MATCH (:Entity)-[r]->(:Entity) WHERE r.sourceDocIds IS NOT NULL RETURN count(r) AS n, sum(size(r.sourceDocIds)) AS total, sum(r.support) AS support',
    ),
  };
}

function loadProcess(env: Record<string, string>): Promise<{ code: number | null; out: string }> {
  return new Promise((resolve) => {
    const child = spawn(process.execPath, ['--import', 'tsx', CLI, '--quiet', '--analyzer', ANALYZER, corpus], {
      cwd: PROJECT_ROOT,
      env: { ...process.env, GRAPH_PATH: '', LOG_LEVEL: 'silent', ...env },
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    let out = '';
    child.stdout.on('data', (c: Buffer) => (out += c.toString()));
    child.stderr.on('data', (c: Buffer) => (out += c.toString()));
    child.on('exit', (code) => resolve({ code, out }));
  });
}

forEachStore('several writers at once', (testStore) => {
  let expected: Awaited<ReturnType<typeof tallies>> | undefined;
  let fingerprint: Awaited<ReturnType<typeof graphFingerprint>>;

  it('two loads of one corpus at once leave the graph one load leaves', async () => {
    const single = await testStore.open();
    try {
      await loadCorpus(single, [corpus], options);
      expected = await tallies(single);
      fingerprint = await graphFingerprint(single);
    } finally {
      await single.close();
    }
    expect(expected.documents).toEqual({ n: 40 });

    const store = await testStore.open(); // wiped (Neo4j) or new (embedded)
    try {
      if (testStore.kind === 'neo4j') {
        const [a, b] = await Promise.all([loadProcess(testStore.env()), loadProcess(testStore.env())]);
        expect(a.code, a.out).toBe(0);
        expect(b.code, b.out).toBe(0);
      } else {
        const [a, b] = await Promise.all([loadCorpus(store, [corpus], options), loadCorpus(store, [corpus], options)]);
        expect(a.failed).toEqual([]);
        expect(b.failed).toEqual([]);
        expect(a.loaded + b.loaded).toBe(40); // each document written by one of them; the other skipped it
      }
      expect(await tallies(store)).toEqual(expected);
      expect(await graphFingerprint(store)).toEqual(fingerprint);
    } finally {
      await store.close();
    }
  }, 600_000);

  it("two servers' start-up seeds racing on an empty store load the seed once", async () => {
    const store = await testStore.open();
    try {
      const config = loadConfig({ SEED_DIR: corpus, GRAPH_PATH: '', NEO4J_URI: '' });
      const log = createLogger('silent');
      const loader = (s: GraphStore, inputs: string[], o: Parameters<typeof loadCorpus>[2]) =>
        loadCorpus(s, inputs, { ...o, analyze: analyzeDocument });
      const other = testStore.kind === 'neo4j' ? await testStore.connect() : store;
      try {
        await Promise.all([seedIfEmpty(store, config, log, loader), seedIfEmpty(other, config, log, loader)]);
      } finally {
        if (other !== store) await other.close();
      }
      expect(expected).toBeDefined(); // from the test above
      expect(await tallies(store)).toEqual(expected);
      expect(await graphFingerprint(store)).toEqual(fingerprint);
    } finally {
      await store.close();
    }
  }, 600_000);
});
