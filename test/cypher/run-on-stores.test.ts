// Runs every schema file and every saved query (with its default parameters) on every test store (embedded, Neo4j), and the built-ins on a small graph in the loader's shape.
import fs from 'node:fs';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { PROJECT_ROOT } from '../../server/config.ts';
import { coerceParams, loadCatalog } from '../../server/queries/catalog.ts';
import { isGraphNode, isGraphPath, isGraphRelationship, type GraphStore, type GraphValue } from '../../server/store/graph-store.ts';
import { readSchemaDir } from '../../server/store/schema-statements.ts';
import { writeSmallGraph } from './small-graph.ts';
import { forEachStore } from '../_support/stores.ts';

const SCHEMA_DIR = path.join(PROJECT_ROOT, 'cypher', 'schema');
const catalog = loadCatalog();

/** True when the value is (or holds) something a graph view can draw. */
function drawable(v: GraphValue): boolean {
  if (isGraphNode(v) || isGraphRelationship(v) || isGraphPath(v)) return true;
  return Array.isArray(v) && v.some(drawable);
}

forEachStore('cypher files', (s) => {
  describe('schema files', () => {
    const schemaFiles = fs.readdirSync(SCHEMA_DIR).filter((f) => f.endsWith('.cypher')).sort();

    it.each(schemaFiles)('%s applies with nothing skipped, twice (idempotent)', async (file) => {
      const store = await s.open();
      const statements = readSchemaDir(SCHEMA_DIR).filter((s) => s.file === file);
      expect(statements.length).toBeGreaterThan(0);
      for (let round = 0; round < 2; round++) {
        const report = await store.applySchema(statements);
        expect(report.skipped).toEqual([]);
        expect(report.applied.length + report.mapped.length).toBeGreaterThanOrEqual(statements.length);
      }
      await store.close();
    });
  });

  describe('saved queries', () => {
    it('has the eleven built-ins', () => {
      expect(catalog.queries.map((q) => q.id)).toEqual([
        'co-mentioned-entities',
        'companies-affected-by-policy',
        'company-chips',
        'documents-citing-entity',
        'everything-a-person-said',
        'most-connected-actors',
        'policy-trace',
        'shortest-evidence-path',
        'statements-about-two-entities',
        'statements-over-time',
        'who-said-what-about',
      ]);
    });

    // One database at a time on Neo4j: the empty graph's store is closed before the small graph's opens.
    describe('on an empty graph', () => {
      let empty: GraphStore;
      beforeAll(async () => {
        empty = await s.open();
        await empty.applySchema(readSchemaDir(SCHEMA_DIR));
      });
      afterAll(() => empty?.close());

      it.each(catalog.queries.map((q) => [q.id, q]))('%s parses and runs on an empty graph with its defaults', async (_id, query) => {
        const result = await empty.run(query.cypher, coerceParams(query, {}));
        expect(result.rows).toEqual([]);
      });
    });

    describe('on the small graph', () => {
      let small: GraphStore;
      beforeAll(async () => {
        small = await s.open();
        await small.applySchema(readSchemaDir(SCHEMA_DIR));
        await writeSmallGraph(small);
      });
      afterAll(() => small?.close());

      it.each(catalog.queries.map((q) => [q.id, q]))('%s returns rows on the small graph with its defaults, in the shape its view needs', async (_id, query) => {
        const result = await small.run(query.cypher, coerceParams(query, {}));
        expect(result.rows.length).toBeGreaterThan(0);
        if (query.view === 'graph') {
          expect(result.rows.every((row) => Object.values(row).some(drawable))).toBe(true);
        }
      });

      it('answers the questions correctly on the small graph', async () => {
        const run = async (id: string, params: Record<string, unknown> = {}) => {
          const q = catalog.get(id)!;
          return (await small.run(q.cypher, coerceParams(q, params))).rows;
        };
        expect((await run('who-said-what-about')).map((r) => r.speaker).sort()).toEqual(['Donald Trump', 'Howard Lutnick', 'Jensen Huang']);
        expect((await run('everything-a-person-said', { speaker: 'person:jensen-huang' }))[0]).toMatchObject({ about: expect.arrayContaining(['H20', 'China']), via: 'CNBC' });
        expect((await run('statements-about-two-entities', { first: 'company:nvidia', second: 'chip:h20' })).map((r) => r.speaker).sort()).toEqual(['Donald Trump', 'Howard Lutnick']);
        expect((await run('companies-affected-by-policy')).map((r) => r.company)).toEqual(['AMD', 'Huawei', 'Nvidia']);
        const chips = await run('company-chips');
        expect(chips.find((r) => r.chip === 'H20')).toMatchObject({ architecture: ['Hopper'], variantOf: ['H100'] });
        expect(chips.find((r) => r.chip === 'H100')).toMatchObject({ variants: ['H20'] });
        expect((await run('co-mentioned-entities', { limit: 1 }))[0]).toMatchObject({ first: 'H20', second: 'China', documents: 2, statements: 2 });
        expect((await run('most-connected-actors', { limit: 1 }))[0]).toMatchObject({ id: 'company:nvidia' });
        expect((await run('documents-citing-entity', { entity: 'chip:h20' })).map((r) => [r.documentId, r.mentions, r.statements])).toEqual([
          ['doc-1', 3, 1],
          ['doc-2', 2, 2],
        ]);
        expect((await run('statements-over-time', { since: '2025-07-16' })).map((r) => [r.date, r.statements])).toEqual([['2025-07-16', 2]]);
        const [shortest] = await run('shortest-evidence-path', { from: 'person:howard-lutnick', to: 'person:donald-trump' });
        expect(isGraphPath(shortest.path) && shortest.path.relationships.length).toBe(4);
      });
    });
  });
});
