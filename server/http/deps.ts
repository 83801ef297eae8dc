// What every API router may use, built once by createApp.
import type { Config } from '../config.ts';
import type { Catalog } from '../queries/catalog.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import type { EntitySearch } from '../api/entity-search.ts';
import type { GraphVersion } from '../api/graph-version.ts';
import type { UserQueries } from '../api/user-queries.ts';

export interface RouterDeps {
  store: GraphStore;
  config: Config;
  catalog: Catalog;
  version: GraphVersion;
  search: EntitySearch;
  userQueries: UserQueries;
}
