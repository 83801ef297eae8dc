// The graph version changes with any committed write, including an edit that keeps the counts equal, and not with reads.
import { afterAll, describe, expect, it } from 'vitest';
import { GraphVersion, VersionedCache } from '../../../server/query-services/graph-version.ts';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';

const store = EmbeddedGraphStore.open({});
afterAll(() => store.close());

describe('GraphVersion on the embedded store', () => {
  it('changes when a property is edited with counts unchanged, and stays the same over reads', async () => {
    await store.run("CREATE (:Entity:Person {id: 'person:a', name: 'Ann'})", {}, { mode: 'write' });
    const version = new GraphVersion(store, 0);
    const before = await version.current();
    await store.run('MATCH (e:Entity) RETURN e');
    expect(await version.current()).toBe(before);
    await store.run("MATCH (e:Entity {id: 'person:a'}) SET e.name = 'Anne'", {}, { mode: 'write' });
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
});

describe('VersionedCache', () => {
  it('rebuilds once per version, shared by concurrent callers', async () => {
    const version = new GraphVersion(store, 0);
    let builds = 0;
    const cache = new VersionedCache(version, async () => ++builds);
    expect(await Promise.all([cache.get(), cache.get(), cache.get()])).toEqual([1, 1, 1]);
    expect(await cache.get()).toBe(1);
    await store.run("MATCH (e:Entity {id: 'person:a'}) SET e.mentionCount = 3", {}, { mode: 'write' });
    expect(await cache.get()).toBe(2);
  });
});
