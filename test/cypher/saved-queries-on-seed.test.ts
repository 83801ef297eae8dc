// Loads the shipped seed corpus into an embedded store and proves every built-in saved query finds something there with its defaults.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { coerceParams } from '../../server/queries/catalog.ts';
import { testCatalog } from '../_support/catalog.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { loadCorpus, type LoadReport } from '../../seed/load-corpus.ts';

const config = loadConfig({});
const catalog = testCatalog();

describe('built-in saved queries on the seed graph', () => {
  let store: EmbeddedGraphStore;
  let report: LoadReport;

  beforeAll(async () => {
    store = EmbeddedGraphStore.open({});
    report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
  }, 600_000);

  afterAll(async () => {
    await store?.close();
  });

  it('loads the seed without failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.loaded).toBeGreaterThan(0);
  });

  // A default that names an entity the seed does not have (a placeholder policy id, a renamed person) shows up here.
  it.each(catalog.queries.map((q) => [q.id, q]))('%s returns at least one row with its defaults', async (_id, query) => {
    const result = await store.run(query.cypher, coerceParams(query, {}));
    expect(result.rows.length).toBeGreaterThan(0);
  });
});
