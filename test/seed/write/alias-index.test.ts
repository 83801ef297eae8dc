// The per-load alias index finds exactly the entities the store scan found, stays current with each write, and reads the store once; on both stores, and read again after another writer's commit.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphStore, QueryResult } from '../../../core/graph-store.ts';
import type { Entity } from '../../../seed/analysis.ts';
import { EntityAliasIndex } from '../../../seed/write/alias-index.ts';
import { resolveEntities } from '../../../seed/write/resolve-entities.ts';
import { writeDocument } from '../../../seed/write/write-document.ts';
import { document, handAnalysis, type HandEntity } from '../../_support/hand-analysis.ts';
import { forEachStore, openWithSchema } from '../../_support/stores.ts';

let store: GraphStore;

const doc = (id: string, entities: HandEntity[]) =>
  handAnalysis(document(id, entities.map((e) => e.name).join('. ')), { entities });

/** Names a later document may use for what is stored: case, punctuation, accents, another type, unknown names. */
const probes = (): Entity[] =>
  doc('probe', [
    { type: 'Company', name: 'NVIDIA' },
    { type: 'Company', name: 'nvidia corp' },
    { type: 'Company', name: 'Nvidia Corp' },
    { type: 'Organization', name: 'Nvidia' },
    { type: 'Country', name: 'US' },
    { type: 'Country', name: 'U.S.' },
    { type: 'Person', name: 'Jose Lopez' },
    { type: 'Person', name: 'Huang' },
    { type: 'Company', name: 'Tencent Holdings' },
    { type: 'Chip', name: 'Nobody Knows This' },
  ]).entities;

async function storeWithNamesakes(aliasIndex?: EntityAliasIndex): Promise<void> {
  const w = (a: ReturnType<typeof doc>) => writeDocument(store, a, { aliasIndex });
  await w(
    doc('d1', [
      { type: 'Company', name: 'Nvidia', aliases: ['Nvidia Corp.', 'NVDA'] },
      { type: 'Country', name: 'United States', aliases: ['U.S.'] },
    ]),
  );
  await w(
    doc('d2', [
      { type: 'Person', name: 'José López' },
      { type: 'Person', name: 'Jensen Huang', aliases: ['Huang'] },
      { type: 'Company', name: 'Tencent' },
    ]),
  );
  await w(
    doc('d3', [
      { type: 'Country', name: 'US' },
      { type: 'Company', name: 'NVIDIA' },
    ]),
  ); // merged into stored entities or new ones
}

/** Counts the statements that read every entity of the store: the scan the index replaces. */
function countingScans(inner: GraphStore): { store: GraphStore; scans: () => number } {
  let scans = 0;
  const store = Object.create(inner) as GraphStore;
  store.run = (
    query: string,
    params?: Record<string, unknown>,
    options?: Parameters<GraphStore['run']>[2],
  ): Promise<QueryResult> => {
    if (/^MATCH \(e:Entity\) (WHERE any|RETURN)/.test(query)) scans++;
    return inner.run(query, params, options);
  };
  return { store, scans: () => scans };
}

forEachStore('alias index', (t) => {
  beforeEach(async () => {
    store = await openWithSchema(t);
  });
  afterEach(() => store.close());

  describe('EntityAliasIndex', () => {
    it('resolves every name to the same stored entities as the scan of all entities', async () => {
      await storeWithNamesakes();
      const scanned = await resolveEntities(store, probes());
      const indexed = await resolveEntities(store, probes(), new EntityAliasIndex());
      expect([...indexed.idMap]).toEqual([...scanned.idMap]);
      expect([...indexed.stored]).toEqual([...scanned.stored]);
      // The probes do reach stored entities by alias, so the comparison is not between two empty answers.
      expect([...scanned.idMap.entries()].filter(([from, to]) => from !== to).length).toBeGreaterThanOrEqual(3);
    });

    it('kept current by the writes of a load, it still answers like the scan after entities gained aliases', async () => {
      const index = new EntityAliasIndex();
      await writeDocument(store, doc('d0', [{ type: 'Company', name: 'Nvidia' }]), { aliasIndex: index });
      await resolveEntities(store, doc('x', [{ type: 'Company', name: 'Unknown Co' }]).entities, index); // the index reads the store now
      await storeWithNamesakes(index); // later writes reach it through record()
      expect([...(await resolveEntities(store, probes(), index)).idMap]).toEqual([
        ...(await resolveEntities(store, probes())).idMap,
      ]);
    });

    it('reads all entities once per load, not once per document', async () => {
      await storeWithNamesakes();
      const counted = countingScans(store);
      const index = new EntityAliasIndex();
      for (let i = 0; i < 5; i++)
        await writeDocument(counted.store, doc(`n${i}`, [{ type: 'Company', name: `New Company ${i}` }]), {
          aliasIndex: index,
        });
      expect(counted.scans()).toBe(1);
      const without = countingScans(store);
      for (let i = 5; i < 8; i++)
        await writeDocument(without.store, doc(`n${i}`, [{ type: 'Company', name: `New Company ${i}` }]));
      expect(without.scans()).toBe(3);
    });
  });

  it('is read again when another writer committed since, so it never hides an entity written elsewhere', async () => {
    const index = new EntityAliasIndex();
    await writeDocument(store, doc('d0', [{ type: 'Company', name: 'Nvidia' }]), { aliasIndex: index });
    await resolveEntities(store, doc('x', [{ type: 'Company', name: 'Unknown Co' }]).entities, index); // index read
    // another writer (another load, a server) stores an entity with an alias, without this index seeing it
    await writeDocument(store, doc('d-other', [{ type: 'Company', name: 'Tencent', aliases: ['Tencent Holdings'] }]));
    const probe = doc('p', [{ type: 'Company', name: 'Tencent Holdings' }]);
    const counted = countingScans(store);
    // the next document's write finds the version moved and reads the index again
    await writeDocument(counted.store, probe, { aliasIndex: index });
    expect(counted.scans()).toBe(1);
    expect((await store.run("MATCH (e:Entity) WHERE e.name = 'Tencent Holdings' RETURN e.id AS id")).rows).toEqual([]);
  });
});
