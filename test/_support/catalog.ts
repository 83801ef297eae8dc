// The built-in saved-query catalog for tests: checked once per run by the global setup (global-setup.ts), shared here,
// with the list of built-in ids the suites expect and a runner that coerces parameters exactly as the API does.
import { inject } from 'vitest';
import type { GraphStore } from '../../core/graph-store.ts';
import { type Catalog, catalogOf, coerceParams } from '../../server/queries/catalog.ts';

export function testCatalog(): Catalog {
  return catalogOf(inject('savedQueries'));
}

/** The built-in saved queries, by id: a new one needs its expected rows in the suites that use this list. */
export const BUILT_IN_QUERY_IDS = [
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
];

/** Runs a built-in query by id on a store, its parameters coerced as the API does (defaults for the rest). */
export async function runBuiltIn(
  catalog: Catalog,
  store: Pick<GraphStore, 'run'>,
  id: string,
  params: Record<string, unknown> = {},
): Promise<Record<string, unknown>[]> {
  const query = catalog.get(id);
  if (!query) throw new Error(`no built-in query ${id}`);
  return (await store.run(query.cypher, coerceParams(query, params))).rows as Record<string, unknown>[];
}
