// npm test never wipes a user's Neo4j: the tests refuse a database with data unless it carries the test marker.
import { expect, it } from 'vitest';
import neo4j from 'neo4j-driver';
import { TEST_MARKER_INDEX, forEachStore, neo4jTestConfig, wipeTestDatabase } from '../../../_support/stores.ts';

forEachStore('the test database guard', (s) => {
  if (s.kind !== 'neo4j') {
    it('has nothing to guard on the embedded store (each test opens its own)', () => expect(s.env()).toEqual({}));
    return;
  }
  it('refuses to wipe a database that holds data and no test marker, and leaves the data', async () => {
    const store = await s.open(); // holds the lock
    const config = neo4jTestConfig()!;
    const driver = neo4j.driver(
      config.uri,
      config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password),
    );
    const q = (query: string) => driver.executeQuery(query, {}, { database: config.database });
    try {
      await q(`DROP INDEX ${TEST_MARKER_INDEX}`);
      await q("CREATE (:UserData {name: 'precious'})");
      await expect(wipeTestDatabase(config)).rejects.toThrow(/not marked as a test database.*refuse/);
      expect((await q('MATCH (n:UserData) RETURN count(n) AS c')).records[0].get('c').toNumber()).toBe(1);
      // An empty, unmarked database is claimed: marked, then usable.
      await q('MATCH (n:UserData) DELETE n');
      await wipeTestDatabase(config);
      const marked = await q(`SHOW INDEXES YIELD name WHERE name = '${TEST_MARKER_INDEX}' RETURN count(*) AS c`);
      expect(marked.records[0].get('c').toNumber()).toBe(1);
    } finally {
      await q(`CREATE INDEX ${TEST_MARKER_INDEX} IF NOT EXISTS FOR (n:ActorgraphTestMarker) ON (n.marker)`);
      await driver.close();
      await store.close();
    }
  });
});
