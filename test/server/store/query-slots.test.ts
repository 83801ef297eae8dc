// At most N statements of this process on the store at once (QuerySlots): the cap that bounds the embedded engine's
// working memory in the server (issue 10 §5), observed on both stores with real queries, and the slots themselves.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { StoreUnavailableError } from '../../../core/errors.ts';
import type { GraphStore } from '../../../core/graph-store.ts';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';
import { Neo4jGraphStore } from '../../../server/store/neo4j/neo4j-store.ts';
import { QuerySlots } from '../../../server/store/query-slots.ts';
import { forEachStore, neo4jTestConfig } from '../../_support/stores.ts';

const QUERY = 'UNWIND range(1, $n) AS x RETURN count(x) AS c';

forEachStore('store query slots', (s) => {
  let held: GraphStore;
  const opened: GraphStore[] = [];
  /** A store of the kind under test with its own cap (on Neo4j: another connection to the test database). */
  const withCap = async (limit: number): Promise<GraphStore> => {
    const store =
      s.kind === 'embedded'
        ? EmbeddedGraphStore.open({ maxConcurrentQueries: limit })
        : await Neo4jGraphStore.connect(neo4jTestConfig()!, { maxConcurrentQueries: limit });
    opened.push(store);
    return store;
  };
  beforeAll(async () => {
    held = await s.open(); // Neo4j: the test database, held (locked) while the capped stores use it
  });
  afterAll(async () => {
    for (const store of opened) await store.close();
    await held?.close();
  });

  it('runs at most the limit of statements at once; the rest wait their turn and all are answered', async () => {
    const store = await withCap(2);
    const runs = Array.from({ length: 12 }, (_, i) => store.run(QUERY, { n: 20_000 + i }));
    // Every call has asked for its slot by now: two run, ten wait.
    expect(store.queryLoad()).toMatchObject({ running: 2, waiting: 10, limit: 2 });
    const results = await Promise.all(runs);
    expect(results.map((r) => r.rows[0].c)).toEqual(Array.from({ length: 12 }, (_, i) => 20_000 + i));
    expect(store.queryLoad()).toEqual({ running: 0, waiting: 0, peakRunning: 2, limit: 2 });
  });

  it('counts what really runs at once: with room for all twelve, twelve run together', async () => {
    const store = await withCap(12);
    const runs = Array.from({ length: 12 }, () => store.run(QUERY, { n: 1000 }));
    expect(store.queryLoad()).toMatchObject({ running: 12, waiting: 0 });
    await Promise.all(runs);
    expect(store.queryLoad().peakRunning).toBe(12);
  });

  it('writes and a failing statement give their slot back', async () => {
    const store = await withCap(1);
    const write = store.run("CREATE (:Entity:Chip {id: 'chip:slot', name: 'Slot'})", {}, { mode: 'write' });
    const bad = store.run('RETURN 1 / 0 AS x').catch((e: unknown) => e);
    const read = store.run(QUERY, { n: 3 });
    await write;
    expect(await bad).toBeInstanceOf(Error);
    expect((await read).rows).toEqual([{ c: 3 }]);
    expect((await store.run("MATCH (c:Chip {id: 'chip:slot'}) RETURN c.name AS name")).rows).toEqual([
      { name: 'Slot' },
    ]);
    expect(store.queryLoad()).toMatchObject({ running: 0, waiting: 0, peakRunning: 1 });
  });
});

describe('QuerySlots', () => {
  it('hands slots out first come, first served, and a second release does nothing', async () => {
    const slots = new QuerySlots(1);
    const order: number[] = [];
    const first = await slots.acquire();
    const waiting = [1, 2, 3].map((i) =>
      slots.acquire().then((release) => {
        order.push(i);
        return release;
      }),
    );
    expect(slots.load()).toEqual({ running: 1, waiting: 3, peakRunning: 1, limit: 1 });
    first();
    first(); // must not free a second slot
    const r1 = await waiting[0];
    expect(slots.load()).toMatchObject({ running: 1, waiting: 2 });
    r1();
    (await waiting[1])();
    (await waiting[2])();
    expect(order).toEqual([1, 2, 3]);
    expect(slots.load()).toEqual({ running: 0, waiting: 0, peakRunning: 1, limit: 1 });
  });

  it('gives up on a wait past waitMs with the caller’s error, and the slot goes to the next in line', async () => {
    const slots = new QuerySlots(1);
    const held = await slots.acquire();
    const late = slots.acquire({ waitMs: 20, timedOut: () => new StoreUnavailableError('busy') });
    const next = slots.acquire();
    await expect(late).rejects.toBeInstanceOf(StoreUnavailableError);
    expect(slots.load()).toMatchObject({ running: 1, waiting: 1 });
    held();
    (await next)();
    expect(slots.load()).toMatchObject({ running: 0, waiting: 0 });
  });

  it('refuses a limit that is not a positive integer', () => {
    expect(() => new QuerySlots(0)).toThrow(RangeError);
  });
});
