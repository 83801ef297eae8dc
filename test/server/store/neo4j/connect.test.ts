// Proves start-up and shutdown against a real driver and a real refused connection on loopback (no Neo4j server needed).
import { describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../../core/errors.ts';
import type { Neo4jConfig } from '../../../../server/config.ts';
import { Neo4jGraphStore } from '../../../../server/store/neo4j/neo4j-store.ts';

const PASSWORD = 'not-the-real-password-42';
// Port 1 on loopback: nothing listens there, so the kernel refuses the connection at once.
const refused = (uri: string): Neo4jConfig => ({ uri, username: 'neo4j', password: PASSWORD, database: 'neo4j' });

describe('Neo4jGraphStore.connect', () => {
  it.each(['bolt://127.0.0.1:1', 'neo4j://127.0.0.1:1'])(
    'rejects quickly with StoreUnavailableError when %s refuses the connection',
    async (uri) => {
      const started = Date.now();
      const err = await Neo4jGraphStore.connect(refused(uri)).then(
        () => null,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreUnavailableError);
      const message = (err as Error).message;
      expect(message).toContain(uri);
      expect(message).toContain('NEO4J_URI');
      expect(message).not.toContain(PASSWORD);
      expect(Date.now() - started).toBeLessThan(5000);
    },
  );
});

describe('Neo4jGraphStore without a reachable server (verify: false)', () => {
  const open = () => Neo4jGraphStore.connect(refused('bolt://127.0.0.1:1'), { verify: false, maxRetryTimeMs: 0 });

  it('reports an unhealthy state at once instead of throwing, naming the server but not the password', async () => {
    const store = await open();
    const started = Date.now();
    const h = await store.health();
    expect(Date.now() - started).toBeLessThan(2000); // no retries: a health probe answers at once
    expect(h).toMatchObject({ kind: 'neo4j', ok: false, counts: { nodes: 0, relationships: 0 } });
    expect(h.error).toMatch(/\S/);
    expect(h.location).toContain('bolt://127.0.0.1:1');
    expect(JSON.stringify(h)).not.toContain(PASSWORD);
    await store.close();
  });

  it('fails queries and batches with StoreUnavailableError', async () => {
    const store = await open();
    await expect(store.run('RETURN 1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.run('CREATE (n)', {}, { mode: 'write' })).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.writeBatch([{ query: 'CREATE (n)' }])).rejects.toBeInstanceOf(StoreUnavailableError);
    await store.close();
  });

  it('closes idempotently and refuses work afterwards', async () => {
    const store = await open();
    await store.close();
    await store.close();
    await expect(store.run('RETURN 1')).rejects.toBeInstanceOf(StoreUnavailableError);
    await expect(store.writeBatch([])).rejects.toBeInstanceOf(StoreUnavailableError);
    const h = await store.health();
    expect(h.ok).toBe(false);
    expect(h.error).toBe('closed');
  });

  it('closes once when close is called twice at the same time', async () => {
    const store = await open();
    await Promise.all([store.close(), store.close()]);
    expect((await store.health()).ok).toBe(false);
  });
});
