// A changed document takes back the aliases and roles only it gave an entity; what other documents give stays, in the store and in search. On both stores.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { GraphNode, GraphStore } from '../../../core/graph-store.ts';
import { EntityAliasIndex } from '../../../seed/write/alias-index.ts';
import { remainingNames, withdrawal } from '../../../seed/write/entity-names.ts';
import { resolveEntities } from '../../../seed/write/resolve-entities.ts';
import { writeDocument } from '../../../seed/write/write-document.ts';
import { graphFingerprint } from '../../_support/graph-fingerprint.ts';
import { document, entityId, handAnalysis } from '../../_support/hand-analysis.ts';
import { forEachStore, openWithSchema, type TestStore } from '../../_support/stores.ts';

let testStore: TestStore;
const open = async () => {
  return openWithSchema(testStore);
};
let store: GraphStore;

const HUANG = entityId('Person', 'Jensen Huang');
const NVIDIA = entityId('Company', 'Nvidia');

/** doc-a: first with a misspelt alias and role ("Jensen Haung", "CEO of Nvidai"), then corrected. */
const docA = (fixed: boolean) =>
  fixed
    ? handAnalysis(document('doc-a', 'Jensen Huang leads Nvidia. Jensen Huang said so.'), {
        entities: [
          { type: 'Person', name: 'Jensen Huang', roles: ['CEO of Nvidia'] },
          { type: 'Company', name: 'Nvidia' },
        ],
        relations: [{ from: 'Jensen Huang', type: 'LEADS', to: 'Nvidia' }],
      })
    : handAnalysis(
        document('doc-a', 'Jensen Huang leads Nvidia. Jensen Haung said so. Huang agreed. Nvidia Corp. grew.'),
        {
          entities: [
            {
              type: 'Person',
              name: 'Jensen Huang',
              aliases: ['Jensen Haung', 'Huang'],
              roles: ['CEO of Nvidai', 'CEO of Nvidia'],
              forms: ['Jensen Huang', 'Jensen Haung', 'Huang'],
            },
            { type: 'Company', name: 'Nvidia', aliases: ['Nvidia Corp.'], forms: ['Nvidia', 'Nvidia Corp.'] },
          ],
          relations: [{ from: 'Jensen Huang', type: 'LEADS', to: 'Nvidia' }],
        },
      );

/** doc-b: another document that also calls him "Huang" and gives him a role of its own. */
const docB = (raw = 'Huang spoke at Computex. Jensen Huang, founder of Nvidia, smiled.') =>
  handAnalysis(document('doc-b', raw), {
    entities: raw.includes('Huang')
      ? [
          {
            type: 'Person',
            name: 'Jensen Huang',
            aliases: ['Huang'],
            roles: ['founder of Nvidia'],
            forms: ['Jensen Huang', 'Huang'],
          },
          { type: 'Company', name: 'Nvidia' },
        ]
      : [{ type: 'Company', name: 'Nvidia' }],
  });

const props = async (s: GraphStore, id: string) =>
  ((await s.run('MATCH (e:Entity {id: $id}) RETURN e', { id })).rows[0]?.e as GraphNode | undefined)?.properties;
/** Whether the entity is still findable by q through the names search indexes (its name and aliases). */
const found = async (q: string) =>
  (
    await store.run(
      'MATCH (e:Entity {id: $id}) WHERE toLower(e.name) CONTAINS toLower($q) OR any(a IN coalesce(e.aliases, []) WHERE toLower(a) CONTAINS toLower($q)) RETURN e.id AS id',
      { id: HUANG, q },
    )
  ).rows.map((r) => r.id as string);

forEachStore('entity names', (t) => {
  beforeEach(async () => {
    testStore = t;
    store = await open();
  });
  afterEach(() => store.close());

  describe('aliases and roles follow the documents that give them', () => {
    it('a corrected misspelling leaves aliases, aliasText, roles and search, while what another document gives stays', async () => {
      await writeDocument(store, docA(false));
      await writeDocument(store, docB());
      expect(await props(store, HUANG)).toMatchObject({
        aliases: ['Huang', 'Jensen Haung', 'Jensen Huang'],
        roles: ['CEO of Nvidai', 'CEO of Nvidia', 'founder of Nvidia'],
      });
      expect(await found('Haung')).toEqual([HUANG]);

      expect((await writeDocument(store, docA(true))).status).toBe('replaced');
      const huang = await props(store, HUANG);
      expect(huang).toMatchObject({
        name: 'Jensen Huang',
        aliases: ['Huang', 'Jensen Huang'],
        aliasText: 'Huang | Jensen Huang',
        roles: ['CEO of Nvidia', 'founder of Nvidia'],
      });
      expect(await props(store, NVIDIA)).toMatchObject({ aliases: ['Nvidia'], aliasText: 'Nvidia' });
      expect(await found('Haung')).toEqual([]);
      expect(await found('Huang')).toEqual([HUANG]);
    });

    it('the replaced graph is the graph a clean load of the corrected documents gives', async () => {
      await writeDocument(store, docA(false), { loadedAt: 't' });
      await writeDocument(store, docB(), { loadedAt: 't' });
      await writeDocument(store, docA(true), { loadedAt: 't' });
      const replaced = await graphFingerprint(store);
      await store.close(); // one Neo4j database: the clean load goes into it, wiped
      store = await open();
      await writeDocument(store, docA(true), { loadedAt: 't' });
      await writeDocument(store, docB(), { loadedAt: 't' });
      expect(replaced).toEqual(await graphFingerprint(store));
    });

    it('a document that no longer mentions an entity takes back its names and roles from it', async () => {
      await writeDocument(store, docA(true));
      await writeDocument(store, docB());
      await writeDocument(store, docB('Nvidia grew.')); // Huang is still in doc-a: only doc-b's share goes
      expect(await props(store, HUANG)).toMatchObject({
        aliases: ['Jensen Huang'],
        aliasText: 'Jensen Huang',
        roles: ['CEO of Nvidia'],
        mentionCount: 2,
      });
    });

    it("records each document's share on its MENTIONED_IN, next to count and spans", async () => {
      await writeDocument(store, docA(false));
      const m = await store.run(
        'MATCH (:Person {id: $id})-[m:MENTIONED_IN]->(:Document {id: "doc-a"}) RETURN properties(m) AS p',
        { id: HUANG },
      );
      expect(m.rows[0].p).toEqual({
        count: 3,
        spans: expect.any(Array),
        names: ['Huang', 'Jensen Haung', 'Jensen Huang'],
        roles: ['CEO of Nvidai', 'CEO of Nvidia'],
      });
    });

    it('a name taken back no longer resolves a later document to the entity, through the alias index or the scan', async () => {
      const index = new EntityAliasIndex();
      await writeDocument(store, docA(false), { aliasIndex: index });
      const probe = handAnalysis(document('p', 'Jensen Haung'), {
        entities: [{ type: 'Person', name: 'Jensen Haung' }],
      }).entities;
      expect([...(await resolveEntities(store, probe, index)).idMap.values()]).toEqual([HUANG]);
      await writeDocument(store, docA(true), { aliasIndex: index });
      expect([...(await resolveEntities(store, probe, index)).idMap.values()]).toEqual([
        entityId('Person', 'Jensen Haung'),
      ]);
      expect([...(await resolveEntities(store, probe)).idMap.values()]).toEqual([entityId('Person', 'Jensen Haung')]);
    });

    it("takes nothing back that an older loader's mentions may have given, and a forced reload makes the names exact again", async () => {
      await writeDocument(store, docA(false));
      await writeDocument(store, docB());
      // As an older loader left them: mentions without shares.
      await store.run('MATCH ()-[m:MENTIONED_IN]->() REMOVE m.names, m.roles', {}, { mode: 'write' });
      await writeDocument(store, docA(true));
      expect((await props(store, HUANG))?.aliases).toContain('Jensen Haung'); // doc-b's share is unknown: it may be its
      await writeDocument(store, docB(), { force: true });
      expect(await props(store, HUANG)).toMatchObject({
        aliases: ['Huang', 'Jensen Huang'],
        roles: ['CEO of Nvidia', 'founder of Nvidia'],
      });
    });
  });
});

describe('withdrawal and remainingNames', () => {
  const stored = { name: 'Nvidia', aliases: ['NVDA', 'Nvidia', 'Nvidia Corp'], roles: ['chipmaker', 'supplier'] };

  it('take back only what the old share gave and the new one does not, never the canonical name', () => {
    expect(
      withdrawal(stored, { names: ['NVDA', 'Nvidia'], roles: ['supplier'] }, { names: ['Nvidia'], roles: [] }),
    ).toEqual({ names: ['NVDA'], roles: ['supplier'] });
    expect(
      withdrawal(stored, { names: ['Nvidia'], roles: [] }, { names: ['Nvidia', 'NVDA'], roles: ['chipmaker'] }),
    ).toEqual({ names: [], roles: [] });
    expect(withdrawal(stored, { names: ['Nvidia', 'Nvidia Corp'], roles: ['chipmaker'] }, undefined)).toEqual({
      names: ['Nvidia Corp'],
      roles: ['chipmaker'],
    });
  });

  it('an unrecorded old share may have given anything stored', () => {
    expect(withdrawal(stored, null, { names: ['NVDA'], roles: ['supplier'] })).toEqual({
      names: ['Nvidia Corp'],
      roles: ['chipmaker'],
    });
  });

  it('remainingNames keeps the stored order and drops exactly what was taken back', () => {
    expect(remainingNames(stored, { names: ['NVDA'], roles: ['supplier'] })).toEqual({
      aliases: ['Nvidia', 'Nvidia Corp'],
      roles: ['chipmaker'],
    });
  });
});
