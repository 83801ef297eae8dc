// Loads the shipped seed corpus into every test store, proves every built-in saved query finds something there with its
// defaults, and that the loader builds the same graph on each store (same fingerprint: every node, relationship and property).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadConfig } from '../../server/config.ts';
import { coerceParams } from '../../server/queries/catalog.ts';
import { testCatalog } from '../_support/catalog.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import { loadCorpus, type LoadReport } from '../../seed/load-corpus.ts';
import { graphFingerprint, type GraphFingerprint } from '../_support/graph-fingerprint.ts';
import { STORES, forEachStore } from '../_support/stores.ts';

const config = loadConfig({});
const catalog = testCatalog();
const fingerprints = new Map<string, GraphFingerprint>();

/** Property keys with the JSON type of their values, per label: what a store's value mapping could change. */
async function propertyTypes(store: GraphStore): Promise<string[]> {
  const rows = (await store.run('MATCH (n) RETURN labels(n) AS labels, n AS node')).rows;
  const seen = new Set<string>();
  for (const r of rows) {
    const node = r.node as { properties: Record<string, unknown> };
    for (const [k, v] of Object.entries(node.properties)) {
      const type = Array.isArray(v)
        ? `list<${[...new Set(v.map((x) => typeof x))].join('|')}>`
        : v === null
          ? 'null'
          : typeof v;
      seen.add(`${(r.labels as string[]).sort().join(':')}.${k}: ${type}`);
    }
  }
  return [...seen].sort();
}
const types = new Map<string, string[]>();

forEachStore('built-in saved queries on the seed graph', (s) => {
  let store: GraphStore;
  let report: LoadReport;

  beforeAll(async () => {
    store = await s.open();
    report = await loadCorpus(store, [config.seed.dir], { maxDocumentBytes: config.seed.maxDocumentBytes });
    fingerprints.set(s.kind, await graphFingerprint(store));
    types.set(s.kind, await propertyTypes(store));
  }, 600_000);

  afterAll(async () => {
    await store?.close();
  });

  it('loads the seed without failures', () => {
    expect(report.failed).toEqual([]);
    expect(report.loaded).toBeGreaterThan(0);
  });

  // A default that names an entity the seed does not have (a placeholder policy id, a renamed person) shows up here.
  it.each(catalog.queries.map((q) => [q.id, q]))(
    '%s returns at least one row with its defaults',
    async (_id, query) => {
      const result = await store.run(query.cypher, coerceParams(query, {}));
      expect(result.rows.length).toBeGreaterThan(0);
    },
  );
});

describe.runIf(STORES.length > 1)('the seed graph on every store', () => {
  it('is the same graph: labels, relationship types, counts, ids, property keys with their value types, and every value', () => {
    const [first, ...others] = STORES.map((s) => s.kind);
    const base = fingerprints.get(first)!;
    expect(base.nodes).toBeGreaterThan(0);
    for (const kind of others) {
      const f = fingerprints.get(kind)!;
      expect({ kind, labels: f.labels, types: f.types, nodes: f.nodes, relationships: f.relationships }).toEqual({
        kind,
        labels: base.labels,
        types: base.types,
        nodes: base.nodes,
        relationships: base.relationships,
      });
      expect(types.get(kind)).toEqual(types.get(first));
      expect(f.nodeIds).toEqual(base.nodeIds);
      expect(f.relationshipKeys).toEqual(base.relationshipKeys);
      expect(f.hash).toBe(base.hash);
    }
  });
});
