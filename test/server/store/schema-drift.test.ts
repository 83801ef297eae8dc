// §3.11: applying the schema makes the database what cypher/schema says, and a unique constraint that cannot be
// created stops start-up with a clear message instead of a warning.
import { expect, it } from 'vitest';
import { StoreError } from '../../../core/errors.ts';
import { parseUniqueConstraint, readSchemaDir } from '../../../core/schema-statements.ts';
import { ENTITY_LABELS } from '../../../core/graph-model.ts';
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

  it('keeps one unique constraint per key: a per-label id constraint of an older schema is dropped for a plain index', async () => {
    const schema = readSchemaDir(SCHEMA_DIR);
    const unique = schema.map((x) => parseUniqueConstraint(x.statement)).filter((u) => u !== null);
    // every entity label carries :Entity, whose id is unique already: no label of ENTITY_LABELS has its own
    expect(unique.filter((u) => (ENTITY_LABELS as readonly string[]).includes(u.label))).toEqual([]);
    expect(unique.filter((u) => u.label === 'Entity').map((u) => u.property)).toEqual(['id']);

    const store = await s.open();
    try {
      // the schema as it was: a unique id constraint on Person besides the one on Entity
      if (s.kind === 'embedded')
        await store.run('CREATE INDEX person_id_unique_key FOR (n:Person) ON (n.id)', {}, { mode: 'write' });
      await store.run(
        'CREATE CONSTRAINT person_id_unique IF NOT EXISTS FOR (n:Person) REQUIRE n.id IS UNIQUE',
        {},
        { mode: 'write' },
      );
      const report = await store.applySchema(schema);
      expect(report.mapped.map((m) => m.statement)).toContain(
        s.kind === 'neo4j'
          ? 'DROP CONSTRAINT `person_id_unique` IF EXISTS'
          : 'DROP CONSTRAINT person_id_unique IF EXISTS',
      );
      const names = (await store.run('SHOW CONSTRAINTS')).rows.map((r) => String(r.name)).sort();
      expect(names).toEqual(unique.map((u) => u.name).sort()); // exactly the schema's, one per key
      // lookups by id within a label still have an index
      const indexes = (await store.run('SHOW INDEXES')).rows.map((r) => String(r.name));
      expect(indexes).toContain('person_id');
      expect(indexes).not.toContain('person_id_unique_key');
      // the one constraint still refuses a duplicate id, as a 409 with the same code on both stores
      await store.run("CREATE (:Entity:Person {id: 'person:x', name: 'X'})", {}, { mode: 'write' });
      const err = await store
        .run("CREATE (:Entity:Organization {id: 'person:x', name: 'X'})", {}, { mode: 'write' })
        .then(
          () => null,
          (e: unknown) => e as { status?: number; code?: string },
        );
      expect(err).toMatchObject({ status: 409, code: 'conflict' });
      expect((await store.applySchema(schema)).mapped.filter((m) => m.statement.startsWith('DROP'))).toEqual([]);
    } finally {
      await store.close();
    }
  });
});
