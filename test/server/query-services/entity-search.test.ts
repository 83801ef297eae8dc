// Entity search over the real embedded store: it sees a rename that keeps the counts equal, and reports how each hit matched.
import { afterAll, describe, expect, it } from 'vitest';
import { EntitySearch } from '../../../server/query-services/entity-search.ts';
import { GraphVersion } from '../../../server/query-services/graph-version.ts';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';

const store = EmbeddedGraphStore.open({});
afterAll(() => store.close());

describe('EntitySearch', () => {
  it('finds a renamed entity by its new name without any count changing', async () => {
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
    await store.run(
      "MATCH (e:Entity {id: 'person:lutnick'}) SET e.name = 'Gina Raimondo', e.aliases = ['Raimondo']",
      {},
      { mode: 'write' },
    );
    expect((await store.health()).counts).toEqual(counts);

    expect((await search.search('gina', { limit: 5 })).results[0]).toMatchObject({
      node: { id: 'person:lutnick' },
      match: { kind: 'prefix', field: 'name', text: 'Gina Raimondo' },
    });
    expect((await search.search('lutnick', { limit: 5 })).results).toEqual([]);
  });
});
