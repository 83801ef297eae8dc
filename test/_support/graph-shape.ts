// The shape of a graph: for each node label and relationship type, which properties it carries, of which value type,
// and which every one of them carries. Used to hold the hand-built fixture to what the loader really writes.
import type { GraphStore } from '../../core/graph-store.ts';

export interface KindShape {
  /** Property → value type ('string', 'number', 'boolean', 'string[]', 'number[]', …). */
  types: Record<string, string>;
  /** Properties every node (or relationship) of this kind carries. */
  always: string[];
}

function typeOf(v: unknown): string {
  if (Array.isArray(v)) return v.length ? `${typeOf(v[0])}[]` : '[]';
  return v === null ? 'null' : typeof v;
}

function shapeOf(propertyLists: Record<string, unknown>[]): KindShape {
  const types: Record<string, string> = {};
  const counts = new Map<string, number>();
  for (const props of propertyLists) {
    for (const [k, v] of Object.entries(props)) {
      const t = typeOf(v);
      // An empty list says nothing of its element type; a typed one wins.
      if (!types[k] || types[k] === '[]') types[k] = t;
      counts.set(k, (counts.get(k) ?? 0) + 1);
    }
  }
  const always = [...counts]
    .filter(([, n]) => n === propertyLists.length)
    .map(([k]) => k)
    .sort();
  return { types, always };
}

/** Node shapes by label (an entity under its own label, not `Entity`) and relationship shapes by type. */
export async function graphShape(
  store: GraphStore,
): Promise<{ nodes: Record<string, KindShape>; relationships: Record<string, KindShape> }> {
  const nodes = await store.run(
    'MATCH (n) RETURN [l IN labels(n) WHERE l <> $entity] AS labels, properties(n) AS props',
    { entity: 'Entity' },
  );
  const rels = await store.run('MATCH ()-[r]->() RETURN type(r) AS type, properties(r) AS props');
  const group = (rows: { key: string; props: Record<string, unknown> }[]) => {
    const by = new Map<string, Record<string, unknown>[]>();
    for (const r of rows) by.set(r.key, [...(by.get(r.key) ?? []), r.props]);
    return Object.fromEntries([...by].sort().map(([k, list]) => [k, shapeOf(list)]));
  };
  return {
    nodes: group(
      nodes.rows.map((r) => ({ key: (r.labels as string[]).join(':'), props: r.props as Record<string, unknown> })),
    ),
    relationships: group(rels.rows.map((r) => ({ key: String(r.type), props: r.props as Record<string, unknown> }))),
  };
}
