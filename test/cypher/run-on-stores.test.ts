// Runs every schema file and every saved query (with its default parameters) on every test store (embedded, Neo4j), and the built-ins on the fixture graph (test/_support/api-graph.ts, held to the loader's shape).
import fs from 'node:fs';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { SCHEMA_DIR } from '../../core/project-paths.ts';
import { coerceParams } from '../../server/queries/catalog.ts';
import { BUILT_IN_QUERY_IDS, runBuiltIn, testCatalog } from '../_support/catalog.ts';
import {
  isGraphNode,
  isGraphPath,
  isGraphRelationship,
  type GraphStore,
  type GraphValue,
} from '../../core/graph-store.ts';
import { readSchemaDir } from '../../core/schema-statements.ts';
import { BUILT_IN_ROWS, writeApiGraph } from '../_support/api-graph.ts';
import { forEachStore } from '../_support/stores.ts';

const catalog = testCatalog();

/** True when the value is (or holds) something a graph view can draw. */
function drawable(v: GraphValue): boolean {
  if (isGraphNode(v) || isGraphRelationship(v) || isGraphPath(v)) return true;
  return Array.isArray(v) && v.some(drawable);
}

forEachStore('cypher files', (s) => {
  describe('schema files', () => {
    const schemaFiles = fs
      .readdirSync(SCHEMA_DIR)
      .filter((f) => f.endsWith('.cypher'))
      .sort();

    /** The full-text index serves user Cypher on Neo4j only (db.index.fulltext.queryNodes); the embedded store says so and skips it. */
    const neo4jOnly = (file: string) => s.kind === 'embedded' && /fulltext/.test(file);

    it.each(schemaFiles)(
      '%s applies with nothing skipped (but what only Neo4j can serve), twice (idempotent)',
      async (file) => {
        const store = await s.open();
        const statements = readSchemaDir(SCHEMA_DIR).filter((s) => s.file === file);
        expect(statements.length).toBeGreaterThan(0);
        for (let round = 0; round < 2; round++) {
          const report = await store.applySchema(statements);
          if (neo4jOnly(file)) {
            expect(report.skipped.map((x) => x.reason)).toEqual(
              statements.map(() => expect.stringMatching(/db\.index\.fulltext\.queryNodes/)),
            );
            continue;
          }
          expect(report.skipped).toEqual([]);
          expect(report.applied.length + report.mapped.length).toBeGreaterThanOrEqual(statements.length);
        }
        await store.close();
      },
    );
  });

  describe('saved queries', () => {
    it('has the eleven built-ins', () => {
      expect(catalog.queries.map((q) => q.id)).toEqual(BUILT_IN_QUERY_IDS);
    });

    // One database at a time on Neo4j: the empty graph's store is closed before the fixture graph's opens.
    describe('on an empty graph', () => {
      let empty: GraphStore;
      beforeAll(async () => {
        empty = await s.open();
        await empty.applySchema(readSchemaDir(SCHEMA_DIR));
      });
      afterAll(() => empty?.close());

      it.each(catalog.queries.map((q) => [q.id, q]))(
        '%s parses and runs on an empty graph with its defaults',
        async (_id, query) => {
          const result = await empty.run(query.cypher, coerceParams(query, {}));
          expect(result.rows).toEqual([]);
        },
      );
    });

    describe('on the fixture graph', () => {
      let fixture: GraphStore;
      beforeAll(async () => {
        fixture = await s.open();
        await writeApiGraph(fixture);
      });
      afterAll(() => fixture?.close());

      it.each(catalog.queries.map((q) => [q.id, q]))(
        '%s returns its known rows on the fixture graph with its defaults, in the shape its view needs',
        async (_id, query) => {
          const result = await fixture.run(query.cypher, coerceParams(query, {}));
          expect(result.rows).toHaveLength(BUILT_IN_ROWS[query.id]);
          if (query.view === 'graph') {
            expect(result.rows.every((row) => Object.values(row).some(drawable))).toBe(true);
          }
        },
      );

      it('answers the questions correctly on the fixture graph', async () => {
        const run = (id: string, params: Record<string, unknown> = {}) => runBuiltIn(catalog, fixture, id, params);
        expect((await run('who-said-what-about')).map((r) => r.speaker).sort()).toEqual([
          'Donald Trump',
          'Howard Lutnick',
          'Jensen Huang',
        ]);
        expect((await run('everything-a-person-said', { speaker: 'person:jensen-huang' }))[0]).toMatchObject({
          about: expect.arrayContaining(['H20', 'China']),
          via: 'CNBC',
        });
        expect(
          (await run('statements-about-two-entities', { first: 'company:nvidia', second: 'chip:h20' }))
            .map((r) => r.speaker)
            .sort(),
        ).toEqual(['Donald Trump', 'Howard Lutnick']);
        expect((await run('companies-affected-by-policy')).map((r) => r.company)).toEqual(['Nvidia']);
        const chips = await run('company-chips');
        expect(chips).toEqual([
          expect.objectContaining({ chip: 'H20', architecture: [], variantOf: ['H100'], variants: [] }),
        ]);
        expect((await run('co-mentioned-entities', { limit: 1 }))[0]).toMatchObject({
          first: 'H20',
          second: 'China',
          documents: 2,
          statements: 2,
        });
        expect((await run('most-connected-actors', { limit: 1 }))[0]).toMatchObject({ id: 'company:nvidia' });
        expect(
          (await run('documents-citing-entity', { entity: 'chip:h20' })).map((r) => [
            r.documentId,
            r.mentions,
            r.statements,
          ]),
        ).toEqual([
          ['doc-2', 3, 2],
          ['doc-1', 2, 1],
        ]);
        expect((await run('statements-over-time', { since: '2025-07-16' })).map((r) => [r.date, r.statements])).toEqual(
          [['2025-07-16', 2]],
        );
        const [shortest] = await run('shortest-evidence-path', {
          from: 'person:howard-lutnick',
          to: 'person:donald-trump',
        });
        expect(isGraphPath(shortest.path) && shortest.path.relationships.length).toBe(4);
      });
    });
  });
});
