// Runs the shared store suite on Neo4j when NEO4J_URI points at a server (it clears that database!); skipped otherwise.
import { describe, it } from 'vitest';
import { envFlag, loadConfig } from '../../../server/config.ts';
import { Neo4jGraphStore } from '../../../server/store/neo4j/neo4j-store.ts';
import { readSchemaDir } from '../../../core/schema-statements.ts';
import { SCHEMA_DIR } from '../../../core/project-paths.ts';
import { describeGraphStore } from './graph-store.suite.ts';

if (envFlag('NEO4J_URI')) {
  const neo4j = loadConfig().store.neo4j!;
  describeGraphStore(`neo4j at ${neo4j.uri}`, async () => {
    const store = await Neo4jGraphStore.connect(neo4j);
    // The suite expects an empty graph with the project's schema; a shared server keeps both between runs.
    await store.run('MATCH (n) DETACH DELETE n', {}, { mode: 'write', timeoutMs: 120_000 });
    await store.run('DROP INDEX intruder_idx IF EXISTS', {}, { mode: 'write' });
    await store.applySchema(readSchemaDir(SCHEMA_DIR));
    return store;
  });
} else {
  console.log('[neo4j] NEO4J_URI not set: shared store suite skipped on Neo4j');
  describe('GraphStore contract: neo4j', () => {
    it.skip('runs the shared store suite on Neo4j (set NEO4J_URI, NEO4J_USERNAME, NEO4J_PASSWORD to a disposable database)', () => {});
  });
}
