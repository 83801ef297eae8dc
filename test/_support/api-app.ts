// Test helper: a real store (embedded by default, or a test store from stores.ts) holding the API test graph, and the real app over it (no client build, quiet logs, no rate limit).
import os from 'node:os';
import path from 'node:path';
import type { Express } from 'express';
import { createApp } from '../../server/create-app.ts';
import { loadConfig, type Config } from '../../server/config.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import { writeApiGraph } from './api-graph.ts';
import { testCatalog } from './catalog.ts';

export interface ApiFixture {
  store: GraphStore;
  app: Express;
  config: Config;
}

/** No explorer is served in API tests: a directory without index.html. */
export const NO_CLIENT = path.join(os.tmpdir(), 'actorgraph-no-client');

export function testConfig(env: Record<string, string> = {}): Config {
  // The guard's time budget is generous here: on a loaded machine (forks on every core) a real check can pass 2 s;
  // tests of the budget set their own.
  return loadConfig({
    LOG_LEVEL: 'silent',
    RATE_LIMIT_PER_MINUTE: '0',
    CYPHER_RATE_LIMIT_PER_MINUTE: '0',
    QUERY_CHECK_MS: '30000',
    ...env,
  });
}

/** store: a fresh empty store (a test store's open(); embedded in memory by default). */
export async function openApiFixture(
  env: Record<string, string> = {},
  opening: GraphStore | Promise<GraphStore> = EmbeddedGraphStore.open({}),
): Promise<ApiFixture> {
  const store = await opening;
  await writeApiGraph(store);
  const config = testConfig(env);
  return { store, app: createApp({ store, config, clientDir: NO_CLIENT, catalog: testCatalog() }), config };
}
