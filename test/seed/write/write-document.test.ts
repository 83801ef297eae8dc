// The graph writer against every test store (embedded, Neo4j): graph shape, idempotence, skip-if-unchanged, replacement, cross-document merging, atomicity.
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { GraphNode, GraphRelationship, GraphStore } from '../../../core/graph-store.ts';
import { ConflictError } from '../../../core/errors.ts';
import { writeDocument } from '../../../seed/write/write-document.ts';
import { graphFingerprint } from '../../_support/graph-fingerprint.ts';
import { document, entityId, handAnalysis } from '../../_support/hand-analysis.ts';
import { forEachStore, openWithSchema } from '../../_support/stores.ts';

// Several tests load a document set three times over (on Neo4j, over the network, each into a freshly wiped database).
vi.setConfig({ testTimeout: 120_000 });

forEachStore('writeDocument', (ts) => {
  let store: GraphStore;
  beforeEach(async () => {
    store = await openWithSchema(ts);
  });
  afterEach(() => store.close());

  const TEXT_A =
    'Nvidia makes the H20 chip. Jensen Huang leads Nvidia. "We will keep selling to China," Jensen Huang told CNBC. Huang said the H20 is compliant.';
  const analysisA = (raw = TEXT_A) =>
    handAnalysis(document('doc-a', raw, { title: 'A', source: 'Reuters', date: '2025-07-15' }), {
      entities: [
        { type: 'Company', name: 'Nvidia' },
        { type: 'Chip', name: 'H20' },
        {
          type: 'Person',
          name: 'Jensen Huang',
          aliases: ['Huang'],
          roles: ['CEO of Nvidia'],
          forms: ['Jensen Huang', 'Huang'],
        },
        { type: 'Organization', name: 'CNBC', kind: 'media' },
        { type: 'Country', name: 'China' },
      ],
      statements: [
        { speaker: 'Jensen Huang', text: 'We will keep selling to China,', about: ['China', 'Nvidia'], via: 'CNBC' },
      ],
      relations: [
        { from: 'Nvidia', type: 'MAKES', to: 'H20', evidence: 'Nvidia makes the H20 chip.', confidence: 0.9 },
        {
          from: 'Jensen Huang',
          type: 'LEADS',
          to: 'Nvidia',
          evidence: 'Jensen Huang leads Nvidia.',
          confidence: 0.7,
          properties: { title: 'CEO' },
        },
      ],
    });

  async function node(id: string): Promise<GraphNode | undefined> {
    return (await store.run('MATCH (n {id: $id}) RETURN n', { id })).rows[0]?.n as GraphNode | undefined;
  }
  async function rel(from: string, type: string, to: string): Promise<GraphRelationship | undefined> {
    const r = await store.run(`MATCH (:Entity {id: $from})-[r:${type}]->(:Entity {id: $to}) RETURN r`, { from, to });
    return r.rows[0]?.r as GraphRelationship | undefined;
  }

  describe('writing one document', () => {
    it('writes entities, the document, mentions, statements and relationships in the agreed shape', async () => {
      const result = await writeDocument(store, analysisA(), { loadedAt: '2025-01-01T00:00:00.000Z' });
      expect(result.status).toBe('loaded');
      const huang = await node(entityId('Person', 'Jensen Huang'));
      expect(huang?.labels).toEqual(['Entity', 'Person']);
      expect(huang?.properties).toMatchObject({
        name: 'Jensen Huang',
        type: 'Person',
        aliases: ['Huang', 'Jensen Huang'],
        aliasText: 'Huang | Jensen Huang',
        roles: ['CEO of Nvidia'],
        mentionCount: 3,
      });
      expect((await node(entityId('Organization', 'CNBC')))?.properties.kind).toBe('media');
      expect((await node('doc-a'))?.properties).toMatchObject({
        title: 'A',
        source: 'Reuters',
        date: '2025-07-15',
        text: TEXT_A,
        loadedAt: '2025-01-01T00:00:00.000Z',
        contentHash: expect.stringMatching(/^[0-9a-f]{64}$/),
      });

      const m = await store.run('MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document {id: "doc-a"}) RETURN m', {
        id: entityId('Person', 'Jensen Huang'),
      });
      const mention = (m.rows[0].m as GraphRelationship).properties;
      expect(mention.count).toBe(3);
      expect((mention.spans as number[]).length).toBe(6);
      expect(TEXT_A.slice((mention.spans as number[])[0], (mention.spans as number[])[1])).toBe('Jensen Huang');

      const st = await store.run(
        `MATCH (p:Person)-[:SAID]->(s:Statement)-[:REPORTED_IN]->(d:Document), (s)-[:VIA]->(o:Organization)
         RETURN s, p.id AS speaker, d.id AS doc, o.id AS via, COUNT { (s)-[:ABOUT]->() } AS about`,
      );
      expect(st.rows).toHaveLength(1);
      expect(st.rows[0]).toMatchObject({
        speaker: entityId('Person', 'Jensen Huang'),
        doc: 'doc-a',
        via: entityId('Organization', 'CNBC'),
        about: 2,
      });
      expect((st.rows[0].s as GraphNode).properties).toMatchObject({
        text: 'We will keep selling to China,',
        kind: 'direct',
        cue: 'said',
        docId: 'doc-a',
        date: '2025-07-15',
        speakerName: 'Jensen Huang',
        sentence: 0,
      });

      const makes = await rel(entityId('Company', 'Nvidia'), 'MAKES', entityId('Chip', 'H20'));
      expect(makes?.properties).toMatchObject({
        docId: 'doc-a',
        evidence: 'Nvidia makes the H20 chip.',
        confidence: 0.9,
        method: 'hand',
        support: 1,
        sourceDocIds: ['doc-a'],
        sourceEvidence: ['Nvidia makes the H20 chip.'],
        sourceConfidences: [0.9],
      });
      expect(
        (await rel(entityId('Person', 'Jensen Huang'), 'LEADS', entityId('Company', 'Nvidia')))?.properties.title,
      ).toBe('CEO');
    });

    it('loading the same document twice gives the identical graph, and the second time is skipped', async () => {
      await writeDocument(store, analysisA());
      const once = await graphFingerprint(store);
      expect((await writeDocument(store, analysisA())).status).toBe('skipped');
      expect(await graphFingerprint(store)).toEqual(once);
      expect((await writeDocument(store, analysisA(), { force: true })).status).toBe('replaced');
      expect(await graphFingerprint(store)).toEqual(once); // a forced rewrite of the same analysis is idempotent too
    });

    it('a changed document replaces its statements, mentions and relationship sources; orphaned entities go', async () => {
      await writeDocument(store, analysisA());
      const changed = 'Jensen Huang leads Nvidia. Nvidia sells to Tencent.';
      const b = handAnalysis(document('doc-a', changed), {
        entities: [
          { type: 'Person', name: 'Jensen Huang' },
          { type: 'Company', name: 'Nvidia' },
          { type: 'Company', name: 'Tencent' },
        ],
        relations: [
          {
            from: 'Jensen Huang',
            type: 'LEADS',
            to: 'Nvidia',
            evidence: 'Jensen Huang leads Nvidia.',
            confidence: 0.6,
          },
          { from: 'Nvidia', type: 'SELLS_TO', to: 'Tencent' },
        ],
      });
      expect((await writeDocument(store, b)).status).toBe('replaced');
      expect((await store.run('MATCH (s:Statement) RETURN count(s) AS n')).rows[0].n).toBe(0);
      expect(await rel(entityId('Company', 'Nvidia'), 'MAKES', entityId('Chip', 'H20'))).toBeUndefined();
      expect(await node(entityId('Chip', 'H20'))).toBeUndefined(); // no mention, no relationship left: removed
      expect(await node(entityId('Organization', 'CNBC'))).toBeUndefined();
      const leads = await rel(entityId('Person', 'Jensen Huang'), 'LEADS', entityId('Company', 'Nvidia'));
      expect(leads?.properties).toMatchObject({ confidence: 0.6, sourceDocIds: ['doc-a'], support: 1 });
      expect(leads?.properties.title).toBeUndefined(); // the old version's relation property went with its source
      expect((await node(entityId('Person', 'Jensen Huang')))?.properties.mentionCount).toBe(1);
      expect((await node('doc-a'))?.properties.text).toBe(changed);

      // The result equals loading the new version alone, except for what accumulates by design (aliases, roles).
      const x = await graphFingerprint(store);
      const alone = await openWithSchema(ts); // on Neo4j the same database, wiped: store is not used after this
      await writeDocument(alone, b);
      const y = await graphFingerprint(alone);
      expect(x.nodeIds).toEqual(y.nodeIds);
      expect(x.relationshipKeys).toEqual(y.relationshipKeys);
      await alone.close();
    });

    it('keeps one relationship per (from, type, to) across documents, with every source and the strongest as scalars', async () => {
      await writeDocument(store, analysisA());
      const other = handAnalysis(document('doc-b', 'NVIDIA makes the H20. It is popular.'), {
        entities: [
          { type: 'Company', name: 'NVIDIA' },
          { type: 'Chip', name: 'H20' },
        ],
        relations: [{ from: 'NVIDIA', type: 'MAKES', to: 'H20', evidence: 'NVIDIA makes the H20.', confidence: 0.95 }],
      });
      await writeDocument(store, other);
      const nvidia = entityId('Company', 'Nvidia');
      expect((await store.run('MATCH (c:Company) RETURN count(c) AS n')).rows[0].n).toBe(1); // "NVIDIA" matched Nvidia's alias
      const makes = await rel(nvidia, 'MAKES', entityId('Chip', 'H20'));
      expect(makes?.properties).toMatchObject({
        support: 2,
        docId: 'doc-b',
        confidence: 0.95,
        evidence: 'NVIDIA makes the H20.',
        sourceDocIds: ['doc-a', 'doc-b'],
        sourceConfidences: [0.9, 0.95],
      });
      expect((await node(nvidia))?.properties).toMatchObject({
        name: 'Nvidia',
        aliases: ['NVIDIA', 'Nvidia'],
        mentionCount: 3,
      });
      expect(
        (
          await store.run('MATCH (:Company {id: $id})-[m:MENTIONED_IN]->(d) RETURN d.id AS d ORDER BY d', {
            id: nvidia,
          })
        ).rows.map((r) => r.d),
      ).toEqual(['doc-a', 'doc-b']);

      // Changing doc-b drops only its source; doc-a's remains and becomes the strongest again.
      await writeDocument(store, handAnalysis(document('doc-b', 'Nothing here.'), {}));
      expect((await rel(nvidia, 'MAKES', entityId('Chip', 'H20')))?.properties).toMatchObject({
        support: 1,
        docId: 'doc-a',
        confidence: 0.9,
        sourceDocIds: ['doc-a'],
      });
      expect((await node(nvidia))?.properties.mentionCount).toBe(2);
    });

    it('a document whose batch fails leaves nothing of itself', async () => {
      await writeDocument(store, analysisA());
      const before = await graphFingerprint(store);
      const bad = handAnalysis(document('doc-bad', 'Huawei makes the Ascend 910C. Huawei said so.'), {
        entities: [
          { type: 'Company', name: 'Huawei' },
          { type: 'Chip', name: 'Ascend 910C' },
          { type: 'Company', name: 'Nvidia' },
        ],
        relations: [{ from: 'Huawei', type: 'MAKES', to: 'Ascend 910C' }],
      });
      // An entity whose id is taken by an entity of another type breaks the unique id constraint mid-batch (a 409 conflict on both stores),
      // after the document node and the other entities were written.
      bad.entities[1].id = entityId('Company', 'Nvidia');
      await expect(writeDocument(store, bad)).rejects.toBeInstanceOf(ConflictError);
      expect(await graphFingerprint(store)).toEqual(before);
      expect(await node('doc-bad')).toBeUndefined();
    });

    it('drops links to entities the analysis does not know, with a warning, and still writes the rest', async () => {
      const a = handAnalysis(document('doc-c', 'Gina Raimondo said rules tighten. Rules tighten.'), {
        entities: [{ type: 'Person', name: 'Gina Raimondo' }],
        statements: [{ speaker: 'Gina Raimondo', text: 'rules tighten', about: ['Nobody Known'] }],
        relations: [{ from: 'Gina Raimondo', type: 'LEADS', to: 'Nobody Known' }],
      });
      const r = await writeDocument(store, a);
      expect(r.warnings.join('\n')).toMatch(/about person:nobody-known is not an entity/);
      expect(r.warnings.join('\n')).toMatch(/LEADS person:nobody-known: person:nobody-known is not an entity/);
      expect((await store.run('MATCH (:Person)-[:SAID]->(s:Statement) RETURN count(s) AS n')).rows[0].n).toBe(1);
    });

    it('documents stating the same facts give the identical graph in any load order, sources in document order', async () => {
      // Ids the store orders like JavaScript are spliced in by the store; the emoji id takes the full rewrite.
      const ids = ['d05', 'D01', 'd-2', 'é3', 'd10', 'a\u{1F600}', 'd00'];
      const docs = ids.map((id, i) =>
        handAnalysis(document(id, `Jensen Huang leads Nvidia. Nvidia makes the H20. Nvidia sells to Tencent ${i}.`), {
          entities: [
            { type: 'Person', name: 'Jensen Huang' },
            { type: 'Company', name: 'Nvidia' },
            { type: 'Chip', name: 'H20' },
            { type: 'Company', name: 'Tencent' },
          ],
          relations: [
            {
              from: 'Jensen Huang',
              type: 'LEADS',
              to: 'Nvidia',
              confidence: [0.6, 0.9, 0.9, 0.7][i % 4],
              properties: { title: `title ${i}` },
            },
            { from: 'Nvidia', type: 'MAKES', to: 'H20', confidence: 0.8 },
            { from: 'Nvidia', type: 'SELLS_TO', to: 'Tencent', confidence: i / 10 },
          ],
        }),
      );
      const fingerprints = [];
      for (const order of [
        [0, 1, 2, 3, 4, 5, 6],
        [6, 5, 4, 3, 2, 1, 0],
        [3, 0, 6, 1, 5, 2, 4],
      ]) {
        const s = await openWithSchema(ts); // one at a time: on Neo4j each wipes the one database
        for (const i of order) await writeDocument(s, docs[i], { loadedAt: 'fixed' });
        fingerprints.push(await graphFingerprint(s));
        if (fingerprints.length === 1) {
          const leads = (await s.run('MATCH (:Person)-[r:LEADS]->(:Company) RETURN properties(r) AS p')).rows[0]
            .p as Record<string, unknown>;
          expect(leads.sourceDocIds).toEqual([...ids].sort());
          expect(leads).toMatchObject({ support: 7, confidence: 0.9, docId: 'D01', title: 'title 1' }); // first of the strongest in order
        }
        await s.close();
      }
      expect(fingerprints[1]).toEqual(fingerprints[0]);
      expect(fingerprints[2]).toEqual(fingerprints[0]);
    });

    it("keeps every mentionCount equal to the sum of the entity's mentions through loads, replacements and removals", async () => {
      const check = async () => {
        const r = await store.run(
          'MATCH (e:Entity) OPTIONAL MATCH (e)-[m:MENTIONED_IN]->(:Document) RETURN e.id AS id, e.mentionCount AS stored, sum(m.count) AS summed',
        );
        for (const row of r.rows)
          expect({ id: row.id, count: row.stored }).toEqual({ id: row.id, count: row.summed ?? 0 });
        return r.rows.length;
      };
      await writeDocument(store, analysisA());
      const b = (raw: string) =>
        handAnalysis(document('doc-b', raw), {
          entities: [
            { type: 'Company', name: 'Nvidia' },
            { type: 'Person', name: 'Jensen Huang' },
            { type: 'Country', name: 'China' },
          ],
        });
      await writeDocument(store, b('Nvidia and Nvidia again. Jensen Huang. China.'));
      expect(await check()).toBeGreaterThan(3);
      await writeDocument(store, b('Nvidia once. China, China, China.'));
      await check();
      await writeDocument(
        store,
        handAnalysis(document('doc-a', 'Nvidia makes the H20 chip. Nothing else here.'), {
          entities: [
            { type: 'Company', name: 'Nvidia' },
            { type: 'Chip', name: 'H20' },
          ],
        }),
      );
      await check();
      expect((await node(entityId('Company', 'Nvidia')))?.properties.mentionCount).toBe(2);
    });
  });

  /** The MATCH patterns of a query that follow relationships without starting from a node found by id (an index lookup). */
  function unanchoredPatterns(query: string): string[] {
    return query
      .split(/(?=\b(?:OPTIONAL\s+)?MATCH\b)/)
      .filter((c) => /^(OPTIONAL\s+)?MATCH\b/.test(c))
      .map((c) => c.split(/\b(?:WHERE|RETURN|WITH|SET|DELETE|DETACH|CREATE|UNWIND|MERGE)\b/)[0])
      .filter((p) => /-\[|\]-|\)--\(/.test(p) && !/\{id: /.test(p));
  }

  /** Every query the writer sends, reads and batched writes alike. */
  function recording(inner: GraphStore): { store: GraphStore; queries: string[] } {
    const queries: string[] = [];
    const s = Object.create(inner) as GraphStore;
    s.run = (query, params, options) => {
      queries.push(query);
      return inner.run(query, params, options);
    };
    s.writeBatch = (statements, options) => {
      queries.push(...statements.map((x) => x.query));
      return inner.writeBatch(statements, options);
    };
    return { store: s, queries };
  }

  describe('replacing a document', () => {
    const fact = (docId: string, raw: string, relations: Parameters<typeof handAnalysis>[1]['relations']) =>
      handAnalysis(document(docId, raw), {
        entities: [
          { type: 'Company', name: 'Nvidia' },
          { type: 'Chip', name: 'H20' },
          { type: 'Person', name: 'Jensen Huang' },
          { type: 'Company', name: 'Tencent' },
        ],
        relations,
      });
    const makes = { from: 'Nvidia', type: 'MAKES', to: 'H20', evidence: 'Nvidia makes the H20.' } as const;
    const three = async () => {
      await writeDocument(
        store,
        fact('doc-a', 'Nvidia makes the H20. Jensen Huang leads Nvidia. Tencent.', [
          makes,
          { from: 'Jensen Huang', type: 'LEADS', to: 'Nvidia' },
        ]),
      );
      await writeDocument(
        store,
        fact('doc-b', 'Nvidia makes the H20. Nvidia sells to Tencent. Jensen Huang.', [
          makes,
          { from: 'Nvidia', type: 'SELLS_TO', to: 'Tencent' },
        ]),
      );
      await writeDocument(store, fact('doc-c', 'Nvidia makes the H20. Jensen Huang. Tencent.', [makes]));
    };
    const changedA = () => fact('doc-a', 'Nvidia, H20, Jensen Huang and Tencent, all unrelated.', []);

    it('removes exactly its relationship sources: support drops by one, a relationship left with no source goes, the rest is untouched', async () => {
      await three();
      const sellsBefore = await rel(entityId('Company', 'Nvidia'), 'SELLS_TO', entityId('Company', 'Tencent'));
      await writeDocument(store, changedA());
      expect((await rel(entityId('Company', 'Nvidia'), 'MAKES', entityId('Chip', 'H20')))?.properties).toMatchObject({
        support: 2,
        sourceDocIds: ['doc-b', 'doc-c'],
        docId: 'doc-b',
      });
      expect(await rel(entityId('Person', 'Jensen Huang'), 'LEADS', entityId('Company', 'Nvidia'))).toBeUndefined();
      expect(
        (await rel(entityId('Company', 'Nvidia'), 'SELLS_TO', entityId('Company', 'Tencent')))?.properties,
      ).toEqual(sellsBefore?.properties);
      expect((await store.run('MATCH ()-[r]->() WHERE "doc-a" IN r.sourceDocIds RETURN count(r) AS n')).rows[0].n).toBe(
        0,
      );
    });

    it('lists on the Document the relationships it is a source of, in key order, and empties the list when it has none', async () => {
      await three();
      expect((await node('doc-a'))?.properties).toMatchObject({
        relationFromIds: [entityId('Company', 'Nvidia'), entityId('Person', 'Jensen Huang')],
        relationTypes: ['MAKES', 'LEADS'],
        relationToIds: [entityId('Chip', 'H20'), entityId('Company', 'Nvidia')],
      });
      await writeDocument(store, changedA());
      expect((await node('doc-a'))?.properties).toMatchObject({
        relationFromIds: [],
        relationTypes: [],
        relationToIds: [],
      });
    });

    it("finds its old relationships from the Document's list through the entity id index, never by scanning every relationship", async () => {
      await three();
      const listed = recording(store);
      await writeDocument(listed.store, changedA());
      expect(listed.queries.length).toBeGreaterThan(5);
      expect(listed.queries.flatMap(unanchoredPatterns)).toEqual([]);

      // A document an older loader wrote has no list: it is still replaced right, by the scan the list avoids.
      await writeDocument(
        store,
        fact('doc-b', 'Nvidia makes the H20. Nvidia sells to Tencent. Jensen Huang.', [
          makes,
          { from: 'Nvidia', type: 'SELLS_TO', to: 'Tencent' },
        ]),
        { force: true },
      );
      await store.run(
        "MATCH (d:Document {id: 'doc-b'}) REMOVE d.relationFromIds, d.relationTypes, d.relationToIds",
        {},
        { mode: 'write' },
      );
      const legacy = recording(store);
      await writeDocument(legacy.store, fact('doc-b', 'Nothing here but Nvidia.', []));
      expect(legacy.queries.flatMap(unanchoredPatterns)).toEqual(['MATCH (a:Entity)-[r]->(b:Entity) ']);
      expect((await rel(entityId('Company', 'Nvidia'), 'MAKES', entityId('Chip', 'H20')))?.properties).toMatchObject({
        support: 1,
        sourceDocIds: ['doc-c'],
      });
      expect(await rel(entityId('Company', 'Nvidia'), 'SELLS_TO', entityId('Company', 'Tencent'))).toBeUndefined();
    });
  });

  describe("the writer's Cypher", () => {
    it("parses and checks clean with Neo4j's own parser: every query of a load, a replacement and an older loader's document", async () => {
      const { lintCypherQuery } = await import('@neo4j-cypher/language-support');
      const sent: { query: string; params: Record<string, unknown> }[] = [];
      const s = Object.create(store) as GraphStore;
      s.run = (query, params, options) => {
        sent.push({ query, params: params ?? {} });
        return store.run(query, params, options);
      };
      s.writeBatch = (statements, options) => {
        sent.push(...statements.map((x) => ({ query: x.query, params: x.params ?? {} })));
        return store.writeBatch(statements, options);
      };
      await writeDocument(s, analysisA());
      await writeDocument(
        s,
        handAnalysis(document('doc-b', 'Huang said Nvidia makes the H20.'), {
          entities: [
            { type: 'Company', name: 'Nvidia' },
            { type: 'Chip', name: 'H20' },
            { type: 'Person', name: 'Huang' },
          ],
          relations: [{ from: 'Nvidia', type: 'MAKES', to: 'H20' }],
        }),
      );
      await writeDocument(
        s,
        handAnalysis(document('doc-a', 'Jensen Huang leads Nvidia.'), {
          entities: [
            { type: 'Person', name: 'Jensen Huang' },
            { type: 'Company', name: 'Nvidia' },
          ],
        }),
      );
      await store.run("MATCH (d:Document {id: 'doc-b'}) REMOVE d.relationFromIds", {}, { mode: 'write' });
      await writeDocument(s, handAnalysis(document('doc-b', 'Nothing.'), {}));
      const queries = [...new Map(sent.map((x) => [x.query, x])).values()];
      expect(queries.some((q) => q.query.includes('EXISTS {'))).toBe(true); // the name check ran
      expect(queries.some((q) => q.query.includes('$docId IN r.sourceDocIds'))).toBe(true); // and the older loader's path
      const errors = queries.flatMap(({ query, params }) =>
        lintCypherQuery(query, { parameters: params }, { consoleCommandsEnabled: false })
          .diagnostics.filter((d) => d.severity === 1)
          .map((d) => `${query}: ${typeof d.message === 'string' ? d.message : d.message.value}`),
      );
      expect(errors).toEqual([]);
    });
  });
});
