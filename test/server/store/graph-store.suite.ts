// The one specification every graph store must pass: call describeGraphStore with a factory for the store under test.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  ActorgraphError,
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreUnavailableError,
  ValueRangeError,
} from '../../../core/errors.ts';
import type { GraphNode, GraphPath, GraphRelationship, GraphStore } from '../../../core/graph-store.ts';
import { readSchemaDir } from '../../../core/schema-statements.ts';
import { SCHEMA_DIR } from '../../../core/project-paths.ts';

/** Opens a fresh, empty store (the factory clears it if it is a shared server). */
export type OpenStore = () => Promise<GraphStore>;

const countAll = async (store: GraphStore) => {
  const r = await store.run('MATCH (n) RETURN count(n) AS n');
  return r.rows[0].n as number;
};

export function describeGraphStore(name: string, open: OpenStore): void {
  describe(`GraphStore contract: ${name}`, () => {
    let store: GraphStore;

    beforeAll(async () => {
      store = await open();
      await store.applySchema(readSchemaDir(SCHEMA_DIR));
      await store.writeBatch([
        {
          query: `UNWIND $people AS p MERGE (n:Entity:Person {id: p.id}) SET n += p.props`,
          params: {
            people: [
              {
                id: 'person:howard-lutnick',
                props: {
                  name: 'Howard Lutnick',
                  aliases: ['Lutnick'],
                  aliasText: 'Lutnick',
                  roles: ['Commerce Secretary'],
                  mentionCount: 4,
                },
              },
              {
                id: 'person:jensen-huang',
                props: {
                  name: 'Jensen Huang',
                  aliases: ['Huang'],
                  aliasText: 'Huang',
                  roles: ['CEO'],
                  mentionCount: 7,
                },
              },
            ],
          },
        },
        {
          query: `MERGE (c:Entity:Company {id: 'company:nvidia'}) SET c.name = 'Nvidia', c.aliases = ['NVIDIA Corporation'], c.aliasText = 'NVIDIA Corporation', c.score = 0.5`,
        },
        {
          query: `MATCH (h:Person {id: 'person:jensen-huang'}), (c:Company {id: 'company:nvidia'})
                  MERGE (h)-[r:LEADS]->(c) SET r.evidence = $evidence, r.confidence = 0.9, r.support = 1`,
          params: { evidence: 'Nvidia CEO Jensen Huang' },
        },
      ]);
    });

    afterAll(async () => {
      await store?.close();
    });

    it('reports its kind and a healthy state with counts', async () => {
      const h = await store.health();
      expect(h.kind).toBe(store.kind);
      expect(h.ok).toBe(true);
      expect(h.counts.nodes).toBeGreaterThanOrEqual(3);
      expect(h.counts.relationships).toBeGreaterThanOrEqual(1);
    });

    it('returns nodes as {elementId, id, labels, properties}', async () => {
      const r = await store.run('MATCH (n:Person {id: $id}) RETURN n', { id: 'person:howard-lutnick' });
      expect(r.columns).toEqual(['n']);
      const n = r.rows[0].n as GraphNode;
      expect(typeof n.elementId).toBe('string');
      expect(n.id).toBe('person:howard-lutnick');
      expect(n.labels).toEqual(['Entity', 'Person']);
      expect(n.properties).toMatchObject({
        name: 'Howard Lutnick',
        aliases: ['Lutnick'],
        roles: ['Commerce Secretary'],
        mentionCount: 4,
      });
    });

    it('returns relationships with start and end as the endpoints’ elementIds', async () => {
      const r = await store.run('MATCH (a)-[r:LEADS]->(b) RETURN a, r, b');
      const { a, r: rel, b } = r.rows[0] as { a: GraphNode; r: GraphRelationship; b: GraphNode };
      expect(rel.type).toBe('LEADS');
      expect(rel.start).toBe(a.elementId);
      expect(rel.end).toBe(b.elementId);
      expect(rel.properties).toMatchObject({ evidence: 'Nvidia CEO Jensen Huang', confidence: 0.9, support: 1 });
    });

    it('returns paths as {nodes, relationships} in path order', async () => {
      const r = await store.run(
        `MATCH p = shortestPath((a:Person {id: $from})-[*..3]-(b:Company {id: $to})) RETURN p, length(p) AS hops`,
        { from: 'person:jensen-huang', to: 'company:nvidia' },
      );
      const p = r.rows[0].p as GraphPath;
      expect(r.rows[0].hops).toBe(1);
      expect(p.nodes.map((n) => n.id)).toEqual(['person:jensen-huang', 'company:nvidia']);
      expect(p.relationships.map((x) => x.type)).toEqual(['LEADS']);
    });

    it('returns scalars, lists and maps as plain JSON values', async () => {
      const r = await store.run(
        'RETURN 42 AS i, 1.5 AS f, true AS b, null AS z, "x" AS s, [1, "a", [2]] AS l, {k: 1, m: {n: [true]}} AS m',
      );
      expect(r.rows[0]).toEqual({
        i: 42,
        f: 1.5,
        b: true,
        z: null,
        s: 'x',
        l: [1, 'a', [2]],
        m: { k: 1, m: { n: [true] } },
      });
      expect(JSON.parse(JSON.stringify(r.rows))).toEqual(r.rows);
    });

    it('passes parameters, integers included (e.g. LIMIT $limit)', async () => {
      const r = await store.run('MATCH (n:Person) RETURN n.name AS name ORDER BY name LIMIT $limit', { limit: 1 });
      expect(r.rows).toEqual([{ name: 'Howard Lutnick' }]);
    });

    it('counts with COUNT {} subqueries', async () => {
      const r = await store.run('MATCH (n:Company {id: $id}) RETURN COUNT { (n)--() } AS degree', {
        id: 'company:nvidia',
      });
      expect(r.rows[0].degree).toBe(1);
    });

    it('refuses integers past 2^53 instead of rounding them', async () => {
      await expect(store.run('RETURN 9007199254740993 AS big')).rejects.toBeInstanceOf(ValueRangeError);
      const ok = await store.run('RETURN 9007199254740991 AS max');
      expect(ok.rows[0].max).toBe(Number.MAX_SAFE_INTEGER);
    });

    it('never writes in read mode: data writes are rejected and leave nothing', async () => {
      const before = await countAll(store);
      await expect(store.run("CREATE (x:Intruder {id: 'x'}) RETURN x", {}, { mode: 'read' })).rejects.toBeInstanceOf(
        QueryRejectedError,
      );
      await expect(
        store.run('MATCH (n:Person) SET n.hacked = true RETURN n', {}, { mode: 'read' }),
      ).rejects.toBeInstanceOf(QueryRejectedError);
      await expect(
        store.run("MATCH (n:Person {id: 'person:howard-lutnick'}) DETACH DELETE n", {}),
      ).rejects.toBeInstanceOf(QueryRejectedError);
      expect(await countAll(store)).toBe(before);
      const hacked = await store.run('MATCH (n:Person) WHERE n.hacked IS NOT NULL RETURN count(n) AS c');
      expect(hacked.rows[0].c).toBe(0);
    });

    it('never changes the schema in read mode', async () => {
      await expect(
        store.run('CREATE INDEX intruder_idx IF NOT EXISTS FOR (n:Intruder) ON (n.x)', {}, { mode: 'read' }),
      ).rejects.toBeInstanceOf(QueryRejectedError);
      const after = await store.run('SHOW INDEXES YIELD name RETURN name').catch(() => store.run('SHOW INDEXES'));
      expect(after.rows.map((r) => r.name)).not.toContain('intruder_idx');
    });

    it('rejects a read-mode write with QueryRejectedError', async () => {
      await expect(store.run("MERGE (x:Intruder {id: 'y'})", {}, { mode: 'read' })).rejects.toBeInstanceOf(
        QueryRejectedError,
      );
    });

    it('reports syntax errors as QuerySyntaxError', async () => {
      await expect(store.run('MATCH (n RETURN n')).rejects.toBeInstanceOf(QuerySyntaxError);
    });

    it('commits write mode and returns counters', async () => {
      const r = await store.run(
        "MERGE (c:Entity:Country {id: 'country:china'}) SET c.name = 'China' RETURN c",
        {},
        { mode: 'write' },
      );
      expect(r.counters.nodesCreated).toBe(1);
      const again = await store.run("MERGE (c:Entity:Country {id: 'country:china'}) RETURN c", {}, { mode: 'write' });
      expect(again.counters.nodesCreated).toBe(0);
      expect((await store.run('MATCH (c:Country) RETURN c.name AS name')).rows).toEqual([{ name: 'China' }]);
    });

    it('applies a batch atomically: one failing statement leaves nothing of the batch', async () => {
      const before = await countAll(store);
      await expect(
        store.writeBatch([
          { query: "CREATE (:Entity:Chip {id: 'chip:atomic-test', name: 'Atomic'})" },
          { query: "CREATE (:Entity:Person {id: 'person:howard-lutnick', name: 'Duplicate'})" }, // violates the unique id
        ]),
      ).rejects.toBeInstanceOf(ActorgraphError); // a store error, not a crash of the adapter
      expect(await countAll(store)).toBe(before);
    });

    it('enforces the unique id constraint from the schema', async () => {
      await expect(
        store.run("CREATE (:Entity:Company {id: 'company:nvidia', name: 'Copy'})", {}, { mode: 'write' }),
      ).rejects.toBeInstanceOf(ActorgraphError);
    });

    it('applies the schema idempotently', async () => {
      const report = await store.applySchema(readSchemaDir(SCHEMA_DIR));
      expect(report.applied.length + report.mapped.length).toBeGreaterThan(0);
      for (const s of report.skipped) expect(s.reason).toMatch(/\S/);
    });

    it('serializes concurrent writes to the same node without losing any', async () => {
      await store.run("MERGE (c:Entity:Chip {id: 'chip:counter'}) SET c.n = 0", {}, { mode: 'write' });
      await Promise.all(
        Array.from({ length: 20 }, () =>
          store.run("MATCH (c:Chip {id: 'chip:counter'}) SET c.n = c.n + 1", {}, { mode: 'write' }),
        ),
      );
      const r = await store.run("MATCH (c:Chip {id: 'chip:counter'}) RETURN c.n AS n");
      expect(r.rows[0].n).toBe(20);
    });

    it('stops a runaway query at the timeout while other queries are still answered', async () => {
      await store.writeBatch([
        { query: 'UNWIND range(1, 60) AS i MERGE (:Entity:Event {id: "event:t" + toString(i)})' },
      ]);
      await store.writeBatch([{ query: 'MATCH (a:Event), (b:Event) WHERE a.id < b.id MERGE (a)-[:LINKED_TO]->(b)' }]);
      const started = Date.now();
      const runaway = store.run('MATCH p = (a:Event)-[*1..12]-(b:Event) RETURN count(p) AS c', {}, { timeoutMs: 300 });
      const quick = await store.run('RETURN 1 AS one');
      expect(quick.rows[0].one).toBe(1);
      await expect(runaway).rejects.toBeInstanceOf(QueryTimeoutError);
      expect(Date.now() - started).toBeLessThan(5000);
    });

    it('closes idempotently and refuses work afterwards', async () => {
      const s = await open();
      await s.close();
      await s.close();
      await expect(s.run('RETURN 1')).rejects.toBeInstanceOf(StoreUnavailableError);
      expect((await s.health()).ok).toBe(false);
    });
  });
}
