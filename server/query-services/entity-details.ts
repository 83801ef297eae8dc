// One entity in full: properties, aliases, roles, relationships by type, statements by and about it, and the documents that mention it.
import { NotFoundError } from '../../core/errors.ts';
import type { GraphNode, GraphStore, PlainValue } from '../../core/graph-store.ts';
import type { EntityResponse } from '../../core/wire.ts';

const DOCUMENT_LIMIT = 200; // documents listed; the entity's page links to them one by one

const strings = (v: PlainValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];
const str = (v: unknown): string | null => (typeof v === 'string' ? v : null);

export async function entityDetails(store: GraphStore, id: string, timeoutMs: number): Promise<EntityResponse> {
  const found = await store.run(
    `MATCH (e:Entity {id: $id})
     RETURN e, COUNT { (e)-[:SAID]->(:Statement) } AS said, COUNT { (e)<-[:ABOUT]-(:Statement) } AS about`,
    { id },
    { timeoutMs },
  );
  const row = found.rows[0];
  if (!row) throw new NotFoundError(`Entities: no entity "${id}".`, { details: { id } });
  const entity = row.e as GraphNode;
  const [degrees, documents] = await Promise.all([
    store.run('MATCH (e:Entity {id: $id})-[r]-() RETURN type(r) AS type, count(r) AS n', { id }, { timeoutMs }),
    store.run(
      `MATCH (e:Entity {id: $id})-[m:MENTIONED_IN]->(d:Document)
       RETURN d.id AS id, d.title AS title, d.source AS source, d.date AS date, d.url AS url, coalesce(m.count, 0) AS mentions
       ORDER BY mentions DESC, date DESC, id LIMIT $limit`,
      { id, limit: DOCUMENT_LIMIT },
      { timeoutMs },
    ),
  ]);
  const degreeByType: Record<string, number> = {};
  for (const d of degrees.rows) degreeByType[String(d.type)] = Number(d.n);
  return {
    entity,
    aliases: strings(entity.properties.aliases),
    roles: strings(entity.properties.roles),
    degree: Object.values(degreeByType).reduce((a, b) => a + b, 0),
    degreeByType,
    statements: { by: Number(row.said ?? 0), about: Number(row.about ?? 0) },
    documents: documents.rows.map((d) => ({
      id: String(d.id),
      title: str(d.title),
      source: str(d.source),
      date: str(d.date),
      url: str(d.url),
      mentions: Number(d.mentions),
    })),
  };
}
