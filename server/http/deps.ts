// What every API router may use, built once by createApp.
import type { Config } from '../config.ts';
import type { Catalog } from '../queries/catalog.ts';
import type { GraphStore } from '../store/graph-store.ts';
import type { EntitySearch } from '../api/entity-search.ts';
import type { GraphVersion } from '../api/graph-version.ts';
import type { UserQueries } from '../api/user-queries.ts';
import type { GuardPool } from '../queries/guard-pool.ts';

export interface RouterDeps {
  store: GraphStore;
  config: Config;
  catalog: Catalog;
  version: GraphVersion;
  search: EntitySearch;
  userQueries: UserQueries;
  /** The read-only guard for request paths (parses in a worker with a time budget). */
  guard: GuardPool;
}
