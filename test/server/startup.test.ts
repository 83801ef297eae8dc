// Start-up: the explorer is rebuilt exactly when its build is missing or older than its sources; the schema is applied once.
import { afterAll, describe, expect, it } from 'vitest';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { applySchema, clientBuildReason, seedIfEmpty } from '../../server/startup.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { loadCorpus } from '../../seed/load-corpus.ts';

const made: string[] = [];
afterAll(() => {
  for (const dir of made) fs.rmSync(dir, { recursive: true, force: true });
});

function clientTree(): string {
  const root = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-client-'));
  made.push(root);
  fs.mkdirSync(path.join(root, 'src', 'panels'), { recursive: true });
  fs.writeFileSync(path.join(root, 'index.html'), '<div id="app"></div>');
  fs.writeFileSync(path.join(root, 'src', 'panels', 'x.ts'), 'export {};');
  return root;
}

const touch = (file: string, secondsFromNow: number) => {
  const t = new Date(Date.now() + secondsFromNow * 1000);
  fs.utimesSync(file, t, t);
};

describe('clientBuildReason', () => {
  it('asks for a build when client/dist is missing', () => {
    expect(clientBuildReason(clientTree())).toMatch(/missing/);
  });

  it('is satisfied by a build newer than every source, and asks again when a nested source changes', () => {
    const root = clientTree();
    fs.mkdirSync(path.join(root, 'dist'));
    fs.writeFileSync(path.join(root, 'dist', 'index.html'), 'built');
    touch(path.join(root, 'index.html'), -60);
    touch(path.join(root, 'src', 'panels', 'x.ts'), -60);
    expect(clientBuildReason(root)).toBeNull();
    touch(path.join(root, 'src', 'panels', 'x.ts'), 60);
    expect(clientBuildReason(root)).toMatch(/changed/);
  });
});

describe('start-up on an empty graph', () => {
  it('applies the schema once: seeding loads the seed without applying it again', async () => {
    const store = EmbeddedGraphStore.open({});
    let applied = 0;
    const applySchemaOnce = store.applySchema.bind(store);
    store.applySchema = (statements) => {
      applied++;
      return applySchemaOnce(statements);
    };
    try {
      const config = loadConfig({ LOG_LEVEL: 'silent' });
      const log = createLogger('silent');
      await applySchema(store, log);
      const summary = await seedIfEmpty(store, config, log, loadCorpus);
      expect(summary).toMatch(/^1 documents, \d+ entities/);
      expect(applied).toBe(1);
      expect(await seedIfEmpty(store, config, log, loadCorpus)).toBeNull(); // a graph with documents is not seeded again
    } finally {
      await store.close();
    }
  });
});
