// What every API router may use, built once by createApp.
import type { Config } from '../config.ts';
import type { Catalog } from '../queries/catalog.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import type { EntitySearch } from '../query-services/entity-search.ts';
import type { GraphVersion } from '../query-services/graph-version.ts';
import type { UserQueries } from '../queries/user-queries.ts';
import type { GuardPool } from '../queries/guard-pool.ts';
import type { QueryExecutor } from '../queries/isolated-runner.ts';

export interface RouterDeps {
  store: GraphStore;
  config: Config;
  catalog: Catalog;
  version: GraphVersion;
  search: EntitySearch;
  userQueries: UserQueries;
  /** The read-only guard for request paths (parses in a worker with a time budget). */
  guard: GuardPool;
  /** Where user queries run: killable child processes on the embedded store, the store itself on Neo4j. */
  executor: QueryExecutor;
}
