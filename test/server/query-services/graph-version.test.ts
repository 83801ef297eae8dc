// The graph version (the version node every committed write raises) on both stores: it changes with any committed
// write, including an edit that keeps the counts equal and one made through another connection (another process),
// and not with reads; a batch prepared at an older version is refused whole.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENTITY_CHANGES, GRAPH_META_LABEL, type GraphStore, StaleStateError } from '../../../core/graph-store.ts';
import { EntitySearch } from '../../../server/query-services/entity-search.ts';
import { GraphVersion, VersionedCache } from '../../../server/query-services/graph-version.ts';
import { forEachStore } from '../../_support/stores.ts';

forEachStore('GraphVersion', (testStore) => {
  let store: GraphStore;
  let other: GraphStore; // Neo4j: a second driver, as another process would have; embedded: the same store
  beforeAll(async () => {
    store = await testStore.open();
    other = testStore.kind === 'neo4j' ? await testStore.connect() : store;
    await store.run(
      "CREATE (:Entity:Person {id: 'person:a', name: 'Ann', type: 'Person', aliases: [], mentionCount: 1})",
      {},
      { mode: 'write' },
    );
  }, 120_000);
  afterAll(async () => {
    if (other !== store) await other?.close();
    await store?.close();
  });

  it('is raised by one by every write batch and every write, and not by reads', async () => {
    const v0 = await store.version();
    await store.writeBatch([{ query: "MATCH (e:Entity {id: 'person:a'}) SET e.mentionCount = 2" }]);
    expect(await store.version()).toBe(v0 + 1);
    await store.run("MATCH (e:Entity {id: 'person:a'}) SET e.mentionCount = 3", {}, { mode: 'write' });
    expect(await store.version()).toBe(v0 + 2);
    await store.run('MATCH (e:Entity) RETURN e');
    expect(await store.version()).toBe(v0 + 2);
    // one version node, whatever the number of writes
    const meta = await store.run(`MATCH (v:${GRAPH_META_LABEL}) RETURN count(v) AS c`);
    expect(meta.rows[0].c).toBe(1);
  });

  it('refuses a batch prepared at an older version, writing none of it', async () => {
    const seen = await store.version();
    await other.run("MATCH (e:Entity {id: 'person:a'}) SET e.name = 'Anna'", {}, { mode: 'write' });
    await expect(
      store.writeBatch([{ query: "CREATE (:Entity:Person {id: 'person:b', name: 'Bo'})" }], { expectVersion: seen }),
    ).rejects.toBeInstanceOf(StaleStateError);
    expect((await store.run("MATCH (e:Entity {id: 'person:b'}) RETURN e")).rows).toEqual([]);
    expect(await store.version()).toBe(seen + 1);
    await store.writeBatch([{ query: "CREATE (:Entity:Person {id: 'person:b', name: 'Bo'})" }], {
      expectVersion: seen + 1,
    });
    expect((await store.run("MATCH (e:Entity {id: 'person:b'}) RETURN e.name AS n")).rows).toEqual([{ n: 'Bo' }]);
  });

  it('changes when another connection edits a property with the counts unchanged', async () => {
    const version = new GraphVersion(store, 0);
    const before = await version.current();
    await store.run('MATCH (e:Entity) RETURN e');
    expect(await version.current()).toBe(before);
    const counts = (await store.health()).counts;
    await other.writeBatch([{ query: "MATCH (e:Entity {id: 'person:a'}) SET e.name = 'Anne'" }]);
    expect((await store.health()).counts).toEqual(counts);
    expect(await version.current()).not.toBe(before);
  });

  it('is asked at most once per interval, unless invalidated', async () => {
    const version = new GraphVersion(store, 60_000);
    const before = await version.current();
    await store.run("MATCH (e:Entity {id: 'person:a'}) SET e.name = 'Annie'", {}, { mode: 'write' });
    expect(await version.current()).toBe(before);
    version.invalidate();
    expect(await version.current()).not.toBe(before);
  });

  it('VersionedCache rebuilds once per version, shared by concurrent callers', async () => {
    const version = new GraphVersion(store, 0);
    let builds = 0;
    const cache = new VersionedCache(version, async () => ++builds);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(await cache.get()).toBe(1);
    await other.run("MATCH (e:Entity {id: 'person:a'}) SET e.mentionCount = 4", {}, { mode: 'write' });
    expect(await cache.get()).toBe(2);
  });

  it('search finds an entity renamed through another connection, the counts unchanged', async () => {
    const search = new EntitySearch(store, new GraphVersion(store, 0));
    expect((await search.search('annie', { limit: 5 })).results[0]).toMatchObject({ node: { id: 'person:a' } });
    await other.writeBatch([
      { query: "MATCH (e:Entity {id: 'person:a'}) SET e.name = 'Gina Raimondo', e.aliases = ['Raimondo']" },
      { query: ENTITY_CHANGES.stamp, params: { ids: ['person:a'] } }, // as the loader and corrections write
    ]);
    expect((await search.search('raimondo', { limit: 5 })).results[0]).toMatchObject({ node: { id: 'person:a' } });
    expect((await search.search('annie', { limit: 5 })).results).toEqual([]);
  });
});
