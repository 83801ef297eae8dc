// §3.11: applying the schema makes the database what cypher/schema says, and a unique constraint that cannot be
// created stops start-up with a clear message instead of a warning.
import { expect, it } from 'vitest';
import { StoreError } from '../../../core/errors.ts';
import { readSchemaDir } from '../../../core/schema-statements.ts';
import { SCHEMA_DIR } from '../../../core/project-paths.ts';
import { forEachStore } from '../../_support/stores.ts';

forEachStore('schema drift', (s) => {
  it('replaces a same-named index that indexes something else (IF NOT EXISTS alone would keep it)', async () => {
    if (s.kind !== 'neo4j') return; // Grafeo has no named indexes to drift
    const store = await s.open();
    try {
      await store.run('CREATE INDEX person_name FOR (n:Person) ON (n.nickname)', {}, { mode: 'write' });
      const report = await store.applySchema(readSchemaDir(SCHEMA_DIR));
      expect(report.mapped.map((m) => m.as).join('\n')).toMatch(/DROP INDEX `person_name`/);
      const r = await store.run("SHOW INDEXES YIELD name, properties WHERE name = 'person_name' RETURN properties");
      expect(r.rows).toEqual([{ properties: ['name'] }]);
      const again = await store.applySchema(readSchemaDir(SCHEMA_DIR));
      expect(again.mapped).toEqual([]); // nothing drifted any more
    } finally {
      await store.close();
    }
  });

  it('stops with a clear error when a unique constraint cannot be created (duplicate ids), not a warning', async () => {
    const store = await s.open();
    try {
      await store.run(
        "CREATE (:Entity:Company {id: 'company:dup', name: 'A'}), (:Entity:Company {id: 'company:dup', name: 'B'})",
        {},
        { mode: 'write' },
      );
      const err = await store.applySchema(readSchemaDir(SCHEMA_DIR)).then(
        (report) => report,
        (e: unknown) => e,
      );
      expect(err).toBeInstanceOf(StoreError);
      expect((err as Error).message).toMatch(/constraint entity_id_unique .*cannot be created.*duplicate/i);
    } finally {
      await store.close();
    }
  });
});
