// What the graph holds: labels and relationship types with their counts, and the property keys in use — all read
// from the data, since the stores' key registries (db.propertyKeys) keep keys of writes that were rolled back.
import type { GraphStore } from '../../core/graph-store.ts';
import type { SchemaResponse } from '../../core/wire.ts';

export async function graphSchema(store: GraphStore, timeoutMs: number): Promise<SchemaResponse> {
  const [labels, types, nodeKeys, relKeys] = await Promise.all([
    store.run('MATCH (n) UNWIND labels(n) AS label RETURN label, count(*) AS count', {}, { timeoutMs }),
    store.run('MATCH ()-[r]->() RETURN type(r) AS type, count(*) AS count', {}, { timeoutMs }),
    store.run('MATCH (n) UNWIND keys(n) AS propertyKey RETURN DISTINCT propertyKey', {}, { timeoutMs }),
    store.run('MATCH ()-[r]->() UNWIND keys(r) AS propertyKey RETURN DISTINCT propertyKey', {}, { timeoutMs }),
  ]);
  const byCount = <T extends { count: number }>(a: T & { name: string }, b: T & { name: string }) =>
    b.count - a.count || a.name.localeCompare(b.name);
  return {
    labels: labels.rows
      .map((r) => ({ name: String(r.label), label: String(r.label), count: Number(r.count) }))
      .sort(byCount)
      .map(({ label, count }) => ({ label, count })),
    relationshipTypes: types.rows
      .map((r) => ({ name: String(r.type), type: String(r.type), count: Number(r.count) }))
      .sort(byCount)
      .map(({ type, count }) => ({ type, count })),
    propertyKeys: [...new Set([...nodeKeys.rows, ...relKeys.rows].map((r) => String(r.propertyKey)))].sort(),
  };
}
