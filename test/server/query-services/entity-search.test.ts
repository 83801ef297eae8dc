// Entity search over a real store (both stores): it sees a rename that keeps the counts equal (read back through the
// entity's version stamp, not a re-read of every entity), a deletion, and reports how each hit matched.
import { afterAll, beforeAll, expect, it } from 'vitest';
import { ENTITY_CHANGES, type GraphStore } from '../../../core/graph-store.ts';
import { EntitySearch } from '../../../server/query-services/entity-search.ts';
import { GraphVersion } from '../../../server/query-services/graph-version.ts';
import { forEachStore } from '../../_support/stores.ts';

forEachStore('EntitySearch', (testStore) => {
  let store: GraphStore;
  beforeAll(async () => {
    store = await testStore.open();
  });
  afterAll(() => store?.close());

  it('finds a renamed entity by its new name without any count changing, and forgets a deleted one', async () => {
    await store.run(
      "CREATE (:Entity:Person {id: 'person:lutnick', name: 'Howard Lutnick', type: 'Person', aliases: ['Lutnick'], mentionCount: 3}), (:Entity:Company {id: 'company:nvidia', name: 'Nvidia', type: 'Company', aliases: [], mentionCount: 9})",
      {},
      { mode: 'write' },
    );
    const search = new EntitySearch(store, new GraphVersion(store, 0));
    expect((await search.search('lutnik', { limit: 5 })).results[0]).toMatchObject({
      node: { id: 'person:lutnick' },
      match: { kind: 'typo', field: 'name' },
    });
    expect((await search.search('gina', { limit: 5 })).results).toEqual([]);

    const counts = (await store.health()).counts;
    await store.writeBatch([
      {
        query: "MATCH (e:Entity {id: 'person:lutnick'}) SET e.name = 'Gina Raimondo', e.aliases = ['Raimondo']",
      },
      { query: ENTITY_CHANGES.stamp, params: { ids: ['person:lutnick'] } },
    ]);
    expect((await store.health()).counts).toEqual(counts);

    expect((await search.search('gina', { limit: 5 })).results[0]).toMatchObject({
      node: { id: 'person:lutnick' },
      match: { kind: 'prefix', field: 'name', text: 'Gina Raimondo' },
    });
    expect((await search.search('lutnick', { limit: 5 })).results).toEqual([]);

    await store.writeBatch([
      { query: "MATCH (e:Entity {id: 'company:nvidia'}) DETACH DELETE e" },
      { query: ENTITY_CHANGES.deleted },
    ]);
    expect((await search.search('nvidia', { limit: 5 })).results).toEqual([]);
  });
});
