// Once per test run, before any test file: check the built-in saved queries (the read-only guard's first pass costs
// seconds, and every file that builds an app used to pay it), and build the explorer when client/dist is stale.
import type { TestProject } from 'vitest/node';
import { loadCatalog } from '../../server/queries/catalog.ts';
import { ensureClientBuilt } from '../../server/startup.ts';
import { createLogger } from '../../server/logger.ts';
import type { SavedQuery } from '../../core/saved-query.ts';

declare module 'vitest' {
  export interface ProvidedContext {
    /** The built-in saved queries, loaded and checked by loadCatalog once for the whole run. */
    savedQueries: SavedQuery[];
  }
}

export default async function setup(project: TestProject): Promise<void> {
  project.provide('savedQueries', loadCatalog().queries);
  // npm start builds client/dist when it is missing or older than its sources; doing it here, once, means neither
  // the start-up test nor the browser tests build it again.
  await ensureClientBuilt(createLogger('warn'));
}
