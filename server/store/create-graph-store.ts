// Picks the graph store from the configuration: Neo4j when NEO4J_URI is set, else the embedded Grafeo file.
import type { Config } from '../config.ts';
import { EmbeddedGraphStore } from './embedded/embedded-store.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import { Neo4jGraphStore } from './neo4j/neo4j-store.ts';

export type StoreLog = (level: 'info' | 'warn', message: string) => void;

/** Opens the configured store; a Neo4j connection is proven before this resolves (see Neo4jGraphStore.connect). */
export async function createGraphStore(config: Config, log?: StoreLog): Promise<GraphStore> {
  // Internal work (loading, schema) uses the stores' own 30 s default; config.query.timeoutMs is for user queries,
  // which pass it per call.
  // A request waits for a free connection no longer than a user query may run (then a 503).
  if (config.store.neo4j)
    return Neo4jGraphStore.connect(config.store.neo4j, { log, acquisitionTimeoutMs: config.query.timeoutMs });
  return EmbeddedGraphStore.open({
    path: config.store.graphPath,
    log,
    maxConcurrentQueries: config.store.querySlots,
  });
}
