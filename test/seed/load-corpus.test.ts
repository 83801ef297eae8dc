// loadCorpus end to end on every test store: mixed inputs, failures reported while the rest loads, skip-if-unchanged, changed files, totals, abort.
import { afterAll, afterEach, beforeEach, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import type { GraphStore } from '../../core/graph-store.ts';
import { loadCorpus, type LoadProgress } from '../../seed/load-corpus.ts';
import { analyzeDocument } from '../_support/simple-analyzer.ts';
import { articleMarkdown, generateArticle } from '../_support/generate-articles.ts';
import { graphFingerprint } from '../_support/graph-fingerprint.ts';
import { forEachStore } from '../_support/stores.ts';

forEachStore('loadCorpus', (s) => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), `actorgraph-load-${s.kind}-`));
  afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));
  const put = (name: string, content: string | Buffer) => {
    const f = path.join(dir, name);
    fs.mkdirSync(path.dirname(f), { recursive: true });
    fs.writeFileSync(f, content);
    return f;
  };
  const options = { maxDocumentBytes: 1024 * 1024, analyze: analyzeDocument };

  let store: GraphStore;
  beforeEach(async () => {
    store = await s.open();
  });
  afterEach(() => store.close());

  describe('loadCorpus', () => {
    it('loads every readable document of a mixed corpus, reports each failure with file and reason, and counts the graph', async () => {
      const root = path.join(dir, 'mixed');
      put('mixed/a.md', articleMarkdown(generateArticle(1)));
      put('mixed/sub/b.txt', 'Nvidia makes the H20. "We comply fully," Jensen Huang said.');
      put('mixed/c.html', '<html><body><article><p>AMD makes the MI308.</p></article></body></html>');
      put(
        'mixed/d.jsonl',
        `${JSON.stringify({ id: 'rec-1', title: 'R1', text: 'Huawei makes the Ascend 910C.' })}\n{oops\n`,
      );
      put('mixed/e.png', 'png');
      put('mixed/f.txt', Buffer.from([0xff, 0xfe, 0x00]));
      put('mixed/dup.json', JSON.stringify({ id: 'rec-1', title: 'Again', text: 'Same id.' }));
      const progress: LoadProgress[] = [];
      const r = await loadCorpus(store, [root], { ...options, onProgress: (p) => progress.push(p) });
      expect(r.loaded).toBe(4);
      expect(r.failed.map((f) => [path.basename(f.file), f.line, f.reason.split(':')[0]])).toEqual([
        ['d.jsonl', 2, 'malformed JSON line'],
        ['dup.json', undefined, 'duplicate document id "rec-1" (already read from ' + path.join(root, 'd.jsonl') + ')'],
        [
          'e.png',
          undefined,
          'unsupported file type .png; expecting one of .txt, .md, .markdown, .html, .htm, .json, .jsonl',
        ],
        ['f.txt', undefined, 'binary content (NUL bytes), not text'],
      ]);
      expect(progress.at(-1)).toMatchObject({ filesDone: 7, filesTotal: 7, loaded: 4, failed: 4 });
      expect(r.entitiesByType).toMatchObject({ Company: expect.any(Number), Chip: expect.any(Number) });
      expect(r.entitiesByType.Chip).toBeGreaterThanOrEqual(3);
      expect(r.relationships).toBeGreaterThanOrEqual(3);
      expect(r.statements).toBeGreaterThanOrEqual(1);
      expect((await store.run('MATCH (d:Document) RETURN d.id AS id ORDER BY id')).rows.map((x) => x.id)).toEqual([
        'a',
        'c',
        'rec-1',
        'sub-b',
      ]);
    });

    it('a second load skips unchanged documents and leaves the identical graph; a changed file is replaced', async () => {
      const root = path.join(dir, 'twice');
      for (let i = 0; i < 12; i++) put(`twice/${i}.md`, articleMarkdown(generateArticle(i, 3)));
      await loadCorpus(store, [root], options);
      const first = await graphFingerprint(store);
      const again = await loadCorpus(store, [root], options);
      expect(again).toMatchObject({ loaded: 0, replaced: 0, skipped: 12, failed: [] });
      expect(await graphFingerprint(store)).toEqual(first);
      put('twice/0.md', articleMarkdown(generateArticle(99, 3)));
      const changed = await loadCorpus(store, [root], options);
      expect(changed).toMatchObject({ replaced: 1, skipped: 11 });
      expect((await store.run("MATCH (d:Document {id: '0'}) RETURN d.title AS t")).rows[0].t).toBe(
        generateArticle(99, 3).title,
      );
    });

    it('stops between documents when the signal aborts, reporting interrupted', async () => {
      const root = path.join(dir, 'abort');
      for (let i = 0; i < 5; i++) put(`abort/${i}.md`, articleMarkdown(generateArticle(i, 4)));
      const controller = new AbortController();
      const r = await loadCorpus(store, [root], {
        ...options,
        signal: controller.signal,
        onProgress: (p) => p.filesDone === 2 && controller.abort(),
      });
      expect(r.interrupted).toBe(true);
      expect(r.loaded).toBe(2);
    });
  });
});
