// neighborhood(): the centre with no relationships, filters that exclude every hop, the exploration limit, and levels beyond the first.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { neighborhood } from '../../../server/query-services/neighborhood.ts';
import { NotFoundError } from '../../../core/errors.ts';
import type { GraphStore, QueryResult } from '../../../core/graph-store.ts';
import { forEachStore } from '../../_support/stores.ts';
import { readSchemaDir } from '../../../core/schema-statements.ts';
import { SCHEMA_DIR } from '../../../core/project-paths.ts';

forEachStore('neighborhood', (s) => {
  let store: GraphStore;
  const opts = { depth: 1, limit: 100, timeoutMs: 5_000, exploreLimit: 1_000 };
  const ids = (nodes: { id?: unknown; properties?: Record<string, unknown> }[]) =>
    nodes.map((n) => String(n.properties?.id ?? n.id)).sort();

  beforeAll(async () => {
    store = await s.open();
    await store.applySchema(readSchemaDir(SCHEMA_DIR)); // the key indexes the walk starts from, as the app has them
    // hub -MAKES-> c0..c9 ; c0 -BASED_ON-> family ; lone has no relationships; p is a Person linked to hub.
    await store.writeBatch([
      { query: "CREATE (:Entity:Company {id: 'company:hub', name: 'Hub', mentionCount: 5})" },
      { query: "CREATE (:Entity:Company {id: 'company:lone', name: 'Lone', mentionCount: 1})" },
      { query: "CREATE (:Entity:ChipFamily {id: 'chipfamily:fam', name: 'Fam', mentionCount: 1})" },
      { query: "CREATE (:Entity:Person {id: 'person:p', name: 'P', mentionCount: 9})" },
      {
        query:
          "UNWIND range(0, 9) AS i CREATE (:Entity:Chip {id: 'chip:c' + toString(i), name: 'C' + toString(i), mentionCount: i})",
      },
      { query: "MATCH (h:Entity {id: 'company:hub'}), (c:Chip) CREATE (h)-[:MAKES]->(c)" },
      { query: "MATCH (c:Entity {id: 'chip:c0'}), (f:Entity {id: 'chipfamily:fam'}) CREATE (c)-[:BASED_ON]->(f)" },
      { query: "MATCH (p:Entity {id: 'person:p'}), (h:Entity {id: 'company:hub'}) CREATE (p)-[:LEADS]->(h)" },
    ]);
  });
  afterAll(() => store?.close());

  describe('neighborhood', () => {
    it('returns the centre alone, with no edges, for an entity without relationships', async () => {
      const n = await neighborhood(store, 'company:lone', opts);
      expect(ids(n.nodes)).toEqual(['company:lone']);
      expect(n.edges).toEqual([]);
      expect(n.truncated).toBe(false);
      expect(n.countsByType).toEqual({});
    });

    it('returns the centre alone when the filters exclude every neighbour', async () => {
      const n = await neighborhood(store, 'company:hub', { ...opts, types: ['SELLS_TO'] });
      expect(ids(n.nodes)).toEqual(['company:hub']);
      const byLabel = await neighborhood(store, 'company:hub', { ...opts, labels: ['Country'] });
      expect(ids(byLabel.nodes)).toEqual(['company:hub']);
    });

    it('applies type and label filters to the first hop', async () => {
      const n = await neighborhood(store, 'company:hub', { ...opts, labels: ['Person'] });
      expect(ids(n.nodes)).toEqual(['company:hub', 'person:p']);
      expect(n.countsByType).toEqual({ LEADS: 1 });
    });

    it('counts every relationship read before cutting the nodes to the limit, nearest and most mentioned first', async () => {
      const n = await neighborhood(store, 'company:hub', { ...opts, limit: 3 });
      expect(n.countsByType).toEqual({ MAKES: 10, LEADS: 1 });
      expect(n.truncated).toBe(true);
      expect(ids(n.nodes)).toEqual(['chip:c8', 'chip:c9', 'company:hub', 'person:p']);
      // every edge returned joins two returned nodes
      const kept = new Set(n.nodes.map((x) => (x as { elementId?: string }).elementId ?? ''));
      for (const e of n.edges) expect(kept.has(e.start) && kept.has(e.end)).toBe(true);
    });

    it('stops exploring and says so when a level holds more relationships than the exploration limit', async () => {
      const n = await neighborhood(store, 'company:hub', { ...opts, exploreLimit: 4 });
      expect(n.truncated).toBe(true);
      expect(Object.values(n.countsByType).reduce((a, b) => a + b, 0)).toBe(4);
    });

    it('walks a second level from the first', async () => {
      const one = await neighborhood(store, 'person:p', opts);
      expect(ids(one.nodes)).toEqual(['company:hub', 'person:p']);
      const two = await neighborhood(store, 'chip:c0', { ...opts, depth: 2, types: ['BASED_ON', 'LEADS', 'MAKES'] });
      expect(ids(two.nodes)).toContain('person:p');
      expect(ids(two.nodes)).toContain('chipfamily:fam');
      expect(ids(two.nodes)).toContain('chip:c9');
    });

    it('walks three levels through statements and documents, each level from key lookups, never a scan of every node', async () => {
      await store.writeBatch([
        { query: "CREATE (:Document {id: 'doc:d1', title: 'D1'})" },
        { query: "CREATE (:Statement {id: 'statement:s1', text: 'We will build it.'})" },
        {
          query:
            "MATCH (p:Entity {id: 'person:p'}), (s:Statement {id: 'statement:s1'}), (d:Document {id: 'doc:d1'}) CREATE (p)-[:SAID]->(s), (s)-[:MENTIONED_IN]->(d), (:Entity:Country {id: 'country:far', name: 'Far', mentionCount: 1})-[:MENTIONED_IN]->(d)",
        },
      ]);
      const texts: string[] = [];
      const results: QueryResult[] = [];
      const recording: GraphStore = Object.create(store, {
        run: {
          value: async (q: string, p?: Record<string, unknown>, o?: object) => {
            texts.push(q);
            const r = await store.run(q, p, o);
            results.push(r);
            return r;
          },
        },
      });
      const n = await neighborhood(recording, 'person:p', { ...opts, depth: 3 });
      expect(ids(n.nodes)).toEqual(
        expect.arrayContaining(['person:p', 'statement:s1', 'doc:d1', 'country:far', 'company:hub', 'chip:c0']),
      );
      // One query a level, then one that reads the kept nodes and relationships of levels 2 and 3 whole.
      expect(texts).toHaveLength(4);
      // Levels beyond the first read light rows (ids, type, labels, mention count): no whole node or relationship,
      // so no statement or document text, however many hops a busy entity has.
      for (const r of results.slice(1, 3))
        for (const row of r.rows)
          for (const v of Object.values(row))
            expect(v === null || typeof v !== 'object' || Array.isArray(v)).toBe(true);
      // What is returned is whole all the same.
      const byId = new Map(n.nodes.map((x) => [String(x.properties.id), x]));
      expect(byId.get('statement:s1')?.properties.text).toBe('We will build it.');
      expect(byId.get('doc:d1')?.properties.title).toBe('D1');
      expect(byId.get('country:far')?.properties).toMatchObject({ name: 'Far', mentionCount: 1 });
      const mentioned = n.edges.find(
        (e) => e.type === 'MENTIONED_IN' && e.start === byId.get('country:far')?.elementId,
      );
      expect(mentioned?.end).toBe(byId.get('doc:d1')?.elementId);
      if (s.kind !== 'embedded') return; // the plan check reads Grafeo's EXPLAIN text
      for (const q of texts) {
        const plan = String(
          (
            await store.run(`EXPLAIN ${q}`, {
              id: 'x',
              cap: 1,
              entityKeys: ['x'],
              statementKeys: ['x'],
              documentKeys: ['x'],
              otherIds: [],
              rids: ['x'],
              from_entityKeys: ['x'],
              from_statementKeys: ['x'],
              from_documentKeys: ['x'],
              fromOtherIds: [],
            })
          ).rows[0]?.plan,
        );
        const lines = plan.split('\n');
        lines.forEach((line, i) => {
          if (!/NodeScan/.test(line)) return;
          // every scan is narrowed by the key index right above it (an unindexed filter would read every node)
          expect(lines[i - 1], plan).toMatch(/\[index: id\]/); // found through the key index
        });
      }
    });

    it('raises NotFoundError for an unknown entity', async () => {
      await expect(neighborhood(store, 'company:none', opts)).rejects.toBeInstanceOf(NotFoundError);
    });
  });
});
