// What the graph holds: labels and relationship types with their counts, and the property keys in use. Never a
// whole-graph scan: the names come from the store's registries (db.labels, db.relationshipTypes, db.propertyKeys) and
// the counts one label or type at a time (Neo4j answers those from its count store; the embedded store from its label
// and type sets). A registry can keep a name that no data has any more (a rolled-back write's): counted or probed
// first, such a name is left out. The version node (GRAPH_META_LABEL) is bookkeeping, not data: neither its label nor
// the keys only it holds are listed.
import { GRAPH_META_LABEL, type GraphStore } from '../../core/graph-store.ts';
import type { SchemaResponse } from '../../core/wire.ts';

/** A registry name as a Cypher identifier (backquoted, any backquote doubled). */
const quote = (name: string) => `\`${name.replace(/`/g, '``')}\``;
const SAMPLE = 200;

export async function graphSchema(store: GraphStore, timeoutMs: number): Promise<SchemaResponse> {
  const run = (q: string, params: Record<string, unknown> = {}) => store.run(q, params, { timeoutMs });
  const [labelNames, typeNames, keyNames] = await Promise.all([
    run('CALL db.labels() YIELD label RETURN label'),
    run('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'),
    run('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey'),
  ]);
  const labels: { label: string; count: number }[] = [];
  for (const r of labelNames.rows) {
    const label = String(r.label);
    if (label === GRAPH_META_LABEL) continue;
    const count = Number((await run(`MATCH (n:${quote(label)}) RETURN count(n) AS c`)).rows[0]?.c ?? 0);
    if (count > 0) labels.push({ label, count });
  }
  const relationshipTypes: { type: string; count: number }[] = [];
  for (const r of typeNames.rows) {
    const type = String(r.relationshipType);
    const count = Number((await run(`MATCH ()-[r:${quote(type)}]->() RETURN count(r) AS c`)).rows[0]?.c ?? 0);
    if (count > 0) relationshipTypes.push({ type, count });
  }
  // A key is in use when a node of some label, or a relationship of some type, has it. The first SAMPLE nodes of each
  // label and relationships of each type give the common keys at once; a registry key not among them is probed label
  // by label and type by type, each probe stopping at its first holder. Only a key no data holds any more (a
  // rolled-back write's) is probed to the end.
  const found = new Set<string>();
  for (const { label } of labels)
    for (const row of (
      await run(`MATCH (n:${quote(label)}) WITH n LIMIT ${SAMPLE} UNWIND keys(n) AS k RETURN DISTINCT k`)
    ).rows)
      found.add(String(row.k));
  for (const { type } of relationshipTypes)
    for (const row of (
      await run(`MATCH ()-[r:${quote(type)}]->() WITH r LIMIT ${SAMPLE} UNWIND keys(r) AS k RETURN DISTINCT k`)
    ).rows)
      found.add(String(row.k));
  const holds = async (pattern: string, key: string) =>
    (await run(`MATCH ${pattern} WHERE x[$key] IS NOT NULL RETURN 1 AS one LIMIT 1`, { key })).rows.length > 0;
  const propertyKeys: string[] = [];
  for (const r of keyNames.rows) {
    const key = String(r.propertyKey);
    let used = found.has(key);
    for (const { label } of labels) if (!used && (await holds(`(x:${quote(label)})`, key))) used = true;
    for (const { type } of relationshipTypes) if (!used && (await holds(`()-[x:${quote(type)}]->()`, key))) used = true;
    if (used) propertyKeys.push(key);
  }
  const byCount =
    <T extends { count: number }>(name: (x: T) => string) =>
    (a: T, b: T) =>
      b.count - a.count || name(a).localeCompare(name(b));
  return {
    labels: labels.sort(byCount((x) => x.label)),
    relationshipTypes: relationshipTypes.sort(byCount((x) => x.type)),
    propertyKeys: propertyKeys.sort(),
  };
}
