// Faults a reading of the Neo4j adapter found (issue 12 §3), pinned at the store contract on every test store.
import { afterAll, beforeAll, expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { ActorgraphError, QueryRejectedError, StoreUnavailableError } from '../../../core/errors.ts';
import type { GraphStore } from '../../../core/graph-store.ts';
import { Neo4jGraphStore } from '../../../server/store/neo4j/neo4j-store.ts';
import { forEachStore, neo4jTestConfig } from '../../_support/stores.ts';
import { commitCuttingProxy } from '../../_support/bolt-proxy.ts';

forEachStore('store faults', (s) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await s.open();
    await store.run("CREATE (:Entity:Chip {id: 'chip:lock', name: 'Lock'})", {}, { mode: 'write' });
  });
  afterAll(async () => {
    await store?.close();
  });

  it('§3.8 stops reading at maxRows: the rows past it are never fetched', async () => {
    const r = await store.run('UNWIND range(1, 200000) AS i RETURN i', {}, { maxRows: 6 });
    expect(r.columns).toEqual(['i']);
    expect(r.rows).toEqual([1, 2, 3, 4, 5, 6].map((i) => ({ i })));
    expect((await store.run('UNWIND range(1, 3) AS i RETURN i', {}, { maxRows: 6, retry: false })).rows).toHaveLength(
      3,
    );
    if (s.kind === 'neo4j') {
      // Two hundred million rows: collecting them first would run into the timeout or the memory limit; streaming stops at 6.
      const big = await store.run('UNWIND range(1, 200000000) AS i RETURN i', {}, { maxRows: 6, timeoutMs: 20_000 });
      expect(big.rows).toHaveLength(6);
    }
  });

  it('§3.8 a capped read still never writes', async () => {
    await expect(
      store.run("CREATE (:Intruder {id: 'capped'})", {}, { maxRows: 1, retry: false }),
    ).rejects.toBeInstanceOf(QueryRejectedError);
    expect((await store.run('MATCH (n:Intruder) RETURN count(n) AS c')).rows[0].c).toBe(0);
  });

  it('§3.7 a user query (retry: false) runs once: a failure is answered at once, not after the driver’s retries', async () => {
    if (s.kind !== 'neo4j') return; // the embedded store never retries a read
    // Past the server's transaction memory limit: a transient error the driver retries for maxRetryTime (60 s here).
    const patient = await Neo4jGraphStore.connect(neo4jTestConfig()!, { maxRetryTimeMs: 60_000 });
    try {
      const started = Date.now();
      const err = await patient
        .run(
          'UNWIND range(1, 100000000) AS i WITH collect(i) AS c RETURN size(c) AS n',
          {},
          { retry: false, timeoutMs: 120_000 },
        )
        .catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as Error).message).toMatch(/more memory than the Neo4j server allows/);
      expect(Date.now() - started).toBeLessThan(30_000); // one attempt; retried, it would take 60 s or more
    } finally {
      await patient.close();
    }
  }, 120_000);

  it('§3.2 reads are chained after this store’s writes (one bookmark manager)', async () => {
    if (!(store instanceof Neo4jGraphStore)) return; // one embedded store is one process: nothing to chain
    await store.run("MERGE (c:Entity:Chip {id: 'chip:bm'}) SET c.n = 1", {}, { mode: 'write' });
    const first = await store.lastBookmarks();
    expect(first.length).toBeGreaterThan(0);
    await store.writeBatch([{ query: "MATCH (c:Chip {id: 'chip:bm'}) SET c.n = 2" }]);
    const second = await store.lastBookmarks();
    expect(second).not.toEqual(first);
    expect((await store.run("MATCH (c:Chip {id: 'chip:bm'}) RETURN c.n AS n")).rows).toEqual([{ n: 2 }]);
  });

  it('§3.10 a request that finds every connection busy is a 503 after the acquisition timeout, not a 500', async () => {
    if (s.kind !== 'neo4j') return; // no connection pool in the embedded store
    const config = neo4jTestConfig()!;
    const small = await Neo4jGraphStore.connect(config, { maxConnectionPoolSize: 1, acquisitionTimeoutMs: 300 });
    // Another client holds a lock on a node; small's one connection waits on it in a write.
    const other = neo4j.driver(
      config.uri,
      config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password),
    );
    const session = other.session({ database: config.database });
    const tx = session.beginTransaction();
    try {
      await tx.run("MATCH (c:Chip {id: 'chip:lock'}) SET c.locked = true");
      const blocked = small
        .run("MATCH (c:Chip {id: 'chip:lock'}) SET c.n = 1", {}, { mode: 'write', timeoutMs: 5000 })
        .catch((e: unknown) => e);
      await new Promise((r) => setTimeout(r, 200));
      const err = await small.run('RETURN 1 AS one').catch((e: unknown) => e);
      expect(err).toBeInstanceOf(StoreUnavailableError);
      expect((err as StoreUnavailableError).status).toBe(503);
      expect((err as Error).message).toMatch(/every connection to Neo4j is busy/);
      await tx.rollback();
      expect(await blocked).not.toBeInstanceOf(Error);
    } finally {
      if (tx.isOpen()) await tx.rollback();
      await session.close();
      await other.close();
      await small.close();
    }
  });

  it('§3.4 a batch whose commit outcome is unknown is not run again (it would apply twice)', async () => {
    if (s.kind !== 'neo4j') return; // the embedded store has no connection to lose
    const config = neo4jTestConfig()!;
    const proxy = await commitCuttingProxy(config.uri);
    const through = await Neo4jGraphStore.connect({ ...config, uri: proxy.uri });
    // the store's first write makes sure of the version node's constraint (a commit of its own): before the cut
    await through.writeBatch([{ query: "MERGE (c:Chip {id: 'chip:lock'})" }]);
    proxy.arm();
    try {
      const err = await through
        .writeBatch([
          { query: "CREATE (:Entity:Event {id: 'event:once', name: 'Once'})" },
          { query: "MATCH (c:Chip {id: 'chip:lock'}) SET c.batches = coalesce(c.batches, 0) + 1" },
        ])
        .catch((e: unknown) => e);
      expect(proxy.cuts()).toBe(1);
      expect(err).toBeInstanceOf(ActorgraphError);
      expect((err as ActorgraphError).details).toMatchObject({ commitOutcomeUnknown: true });
      expect((err as Error).message).toMatch(/whether it took effect is unknown/);
      // The server did commit it, once.
      expect((await store.run("MATCH (e:Event {id: 'event:once'}) RETURN count(e) AS c")).rows[0].c).toBe(1);
      expect((await store.run("MATCH (c:Chip {id: 'chip:lock'}) RETURN c.batches AS b")).rows[0].b).toBe(1);
    } finally {
      await through.close();
      await proxy.close();
    }
  });
});
