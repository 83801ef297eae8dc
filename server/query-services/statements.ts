// Who said what: statements filtered by speaker, subject, text and dates, newest first, in pages with an opaque stable cursor.
import { InvalidArgumentError } from '../../core/errors.ts';
import type { GraphNode, GraphStore, PlainValue } from '../../core/graph-store.ts';
import type { StatementView, StatementsResponse } from '../../core/wire.ts';

export interface StatementFilter {
  speaker?: string;
  about?: string;
  q?: string;
  since?: string;
  until?: string;
  limit: number;
  cursor?: string;
  timeoutMs: number;
}

/** The sort key of the last statement of a page: its date ('' when unknown) and its id. */
export interface CursorKey {
  date: string;
  id: string;
}

export function encodeCursor(key: CursorKey): string {
  return Buffer.from(JSON.stringify([key.date, key.id]), 'utf8').toString('base64url');
}

export function decodeCursor(cursor: string): CursorKey {
  try {
    const v = JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')) as unknown;
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string') return { date: v[0], id: v[1] };
  } catch {
    // fall through: any undecodable text is the same client error
  }
  throw new InvalidArgumentError('Statements: `cursor` is not a cursor this API issued; pass nextCursor from the previous page.', { details: { field: 'cursor' } });
}

const str = (v: PlainValue | undefined): string | null => (typeof v === 'string' ? v : null);
const num = (v: PlainValue | undefined): number | null => (typeof v === 'number' ? v : null);

/**
 * Sorted by (date descending, id ascending); the cursor holds the last key, so the next page starts strictly after
 * it and pages neither repeat nor skip statements while the graph is unchanged.
 */
export async function listStatements(store: GraphStore, f: StatementFilter): Promise<StatementsResponse> {
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  // The most selective known node starts the match, so the store can use its id index; fragments are fixed text.
  const start = f.speaker
    ? 'MATCH (sp:Entity {id: $speaker})-[:SAID]->(s:Statement)'
    : f.about
      ? 'MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement) OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)'
      : 'MATCH (s:Statement) OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)';
  const conditions = [
    f.speaker && f.about ? 'EXISTS { MATCH (s)-[:ABOUT]->(ab:Entity) WHERE ab.id = $about }' : null,
    f.q ? 'toLower(s.text) CONTAINS $q' : null,
  ].filter(Boolean);
  const dateConditions = [
    f.since ? 'date >= $since' : null,
    f.until ? 'date <= $until' : null,
    after ? '(date < $afterDate OR (date = $afterDate AND s.id > $afterId))' : null,
  ].filter(Boolean);
  // WITH before WHERE: a WHERE right after OPTIONAL MATCH would only filter the optional part, not the statements.
  const query = `${start}
    WITH s, sp ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
    WITH s, sp, d, coalesce(s.date, d.date, '') AS date
    ${dateConditions.length ? `WHERE ${dateConditions.join(' AND ')}` : ''}
    WITH s, sp, d, date ORDER BY date DESC, s.id LIMIT $fetch
    OPTIONAL MATCH (s)-[:ABOUT]->(a:Entity)
    OPTIONAL MATCH (s)-[:VIA]->(v:Entity)
    WITH s, sp, d, date, v, collect(DISTINCT CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, name: a.name, type: a.type} END) AS about
    RETURN s, sp.id AS speakerId, sp.name AS speakerName, d.id AS docId, d.title AS title, d.source AS source, d.date AS docDate, d.url AS url,
           date, about, v.id AS viaId, v.name AS viaName, v.type AS viaType
    ORDER BY date DESC, s.id`;
  const r = await store.run(
    query,
    {
      speaker: f.speaker ?? null,
      about: f.about ?? null,
      q: f.q?.toLowerCase() ?? null,
      since: f.since ?? null,
      until: f.until ?? null,
      afterDate: after?.date ?? null,
      afterId: after?.id ?? null,
      fetch: f.limit + 1,
    },
    { timeoutMs: f.timeoutMs },
  );
  const rows = r.rows.slice(0, f.limit);
  const statements: StatementView[] = rows.map((row) => {
    const s = (row.s as GraphNode).properties;
    const docId = str(row.docId as PlainValue) ?? str(s.docId);
    const speakerName = str(row.speakerName as PlainValue) ?? str(s.speakerName);
    return {
      id: String(s.id),
      text: String(s.text ?? ''),
      kind: str(s.kind),
      cue: str(s.cue),
      date: str(row.date as PlainValue) || null,
      docId,
      start: num(s.start),
      end: num(s.end),
      sentence: num(s.sentence),
      speaker: speakerName ? { id: str(row.speakerId as PlainValue), name: speakerName } : null,
      about: (row.about as { id: string; name: string; type: string }[]).filter(Boolean).sort((x, y) => x.name.localeCompare(y.name)),
      via: row.viaId ? { id: String(row.viaId), name: String(row.viaName ?? row.viaId), type: String(row.viaType ?? 'Organization') } : null,
      document: docId
        ? { id: docId, title: str(row.title as PlainValue), source: str(row.source as PlainValue), date: str(row.docDate as PlainValue), url: str(row.url as PlainValue) }
        : null,
    };
  });
  const last = rows[rows.length - 1];
  const nextCursor = r.rows.length > f.limit && last ? encodeCursor({ date: String(last.date ?? ''), id: String((last.s as GraphNode).properties.id) }) : null;
  return { statements, nextCursor };
}
