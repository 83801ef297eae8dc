// Proves the store is picked from the configuration: the embedded file by default, Neo4j when NEO4J_URI is set.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from '../../../server/config.ts';
import { StoreUnavailableError } from '../../../core/errors.ts';
import { createGraphStore } from '../../../server/store/create-graph-store.ts';

describe('createGraphStore', () => {
  it('opens the embedded store on GRAPH_PATH when NEO4J_URI is not set', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-create-'));
    const file = path.join(dir, 'graph.grafeo');
    const store = await createGraphStore(loadConfig({ GRAPH_PATH: file }));
    try {
      expect(store.kind).toBe('embedded');
      expect((await store.health()).location).toBe(file);
      expect(store.queryLoad().limit).toBe(8); // STORE_QUERY_SLOTS's default
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('gives the embedded store STORE_QUERY_SLOTS statements at once', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-create-'));
    const store = await createGraphStore(
      loadConfig({ GRAPH_PATH: path.join(dir, 'g.grafeo'), STORE_QUERY_SLOTS: '3' }),
    );
    try {
      expect(store.queryLoad().limit).toBe(3);
    } finally {
      await store.close();
      fs.rmSync(dir, { recursive: true, force: true });
    }
  });

  it('connects to Neo4j when NEO4J_URI is set, failing start-up clearly when it cannot be reached', async () => {
    const config = loadConfig({ NEO4J_URI: 'bolt://127.0.0.1:1', NEO4J_PASSWORD: 'pw-not-shown' });
    const err = await createGraphStore(config).then(
      () => null,
      (e: unknown) => e,
    );
    expect(err).toBeInstanceOf(StoreUnavailableError);
    expect((err as Error).message).toContain('bolt://127.0.0.1:1');
    expect((err as Error).message).not.toContain('pw-not-shown');
  });
});
