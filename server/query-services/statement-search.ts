// Who said what: statements filtered by speaker, subject, text and dates, newest first, in pages with an opaque stable cursor.
import { InvalidArgumentError, NotFoundError } from '../../core/errors.ts';
import type { GraphNode, GraphRelationship, GraphStore, PlainValue } from '../../core/graph-store.ts';
import { extractGraph, toWireNode } from './extract-graph.ts';
import type { StatementResponse, StatementView, StatementsGraphResponse, StatementsResponse } from '../../core/wire.ts';

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
    if (Array.isArray(v) && v.length === 2 && typeof v[0] === 'string' && typeof v[1] === 'string')
      return { date: v[0], id: v[1] };
  } catch {
    // fall through: any undecodable text is the same client error
  }
  throw new InvalidArgumentError(
    'Statements: `cursor` is not a cursor this API issued; pass nextCursor from the previous page.',
    { details: { field: 'cursor' } },
  );
}

const str = (v: PlainValue | undefined): string | null => (typeof v === 'string' ? v : null);
const num = (v: PlainValue | undefined): number | null => (typeof v === 'number' ? v : null);

/**
 * Sorted by (date descending, id ascending); the cursor holds the last key, so the next page starts strictly after
 * it and pages neither repeat nor skip statements while the graph is unchanged.
 */
export async function listStatements(store: GraphStore, f: StatementFilter): Promise<StatementsResponse> {
  const after = f.cursor ? decodeCursor(f.cursor) : null;
  const params = {
    speaker: f.speaker ?? null,
    about: f.about ?? null,
    q: f.q?.toLowerCase() ?? null,
    since: f.since ?? null,
    until: f.until ?? null,
    afterDate: after?.date ?? null,
    afterId: after?.id ?? null,
    fetch: f.limit + 1,
  };
  const rows =
    f.speaker || f.about || f.q
      ? (await store.run(filteredQuery(f, after), params, { timeoutMs: f.timeoutMs })).rows
      : await latestStatements(store, f, after, params);
  return statementsPage(rows, f.limit);
}

/** Who said what after a speaker, a topic or words: the matching statements are read, then sorted. */
function filteredQuery(f: StatementFilter, after: CursorKey | null): string {
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
  return `${start}
    WITH s, sp ${conditions.length ? `WHERE ${conditions.join(' AND ')}` : ''}
    OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
    WITH s, sp, d, coalesce(s.date, d.date, '') AS date
    ${dateConditions.length ? `WHERE ${dateConditions.join(' AND ')}` : ''}
    WITH s, sp, d, date, date AS shown ORDER BY date DESC, s.id LIMIT $fetch
    ${DETAILS}`;
}

/** The rest of a statement's row: what it is about, the organisation it came via, its document. */
const DETAILS = `OPTIONAL MATCH (s)-[:ABOUT]->(a:Entity)
    OPTIONAL MATCH (s)-[:VIA]->(v:Entity)
    WITH s, sp, d, date, shown, v, collect(DISTINCT CASE WHEN a IS NULL THEN NULL ELSE {id: a.id, name: a.name, type: a.type} END) AS about
    RETURN s, sp.id AS speakerId, sp.name AS speakerName, d.id AS docId, d.title AS title, d.source AS source, d.date AS docDate, d.url AS url,
           date, shown, about, v.id AS viaId, v.name AS viaName, v.type AS viaType
    ORDER BY date DESC, s.id`;

/**
 * Unfiltered (or only by dates): read about a page, not every statement. Every writer sets a statement's `date` (its
 * own, else its document's), so the dated statements come in the order of the `statement_date` index, starting at
 * the cursor (a range seek: Neo4j stops after a page). Statements without a date sort last (as ''), by id; they
 * are looked for only once the dated ones run out, and never with `since` (an unknown date is before any date).
 */
async function latestStatements(
  store: GraphStore,
  f: StatementFilter,
  after: CursorKey | null,
  params: Record<string, PlainValue>,
): Promise<Record<string, unknown>[]> {
  const range = [
    f.since ? 's.date >= $since' : null,
    f.until ? 's.date <= $until' : null,
    // CASE, not OR: Neo4j plans `s.date <= x AND (s.date < x OR ...)` as a scan of the whole index
    after ? 's.date <= $afterDate AND CASE WHEN s.date = $afterDate THEN s.id > $afterId ELSE true END' : null,
  ].filter(Boolean);
  const dated = await store.run(
    `MATCH (s:Statement) WHERE ${range.length ? range.join(' AND ') : 's.date IS NOT NULL'}
    WITH s ORDER BY s.date DESC, s.id LIMIT $fetch
    OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
    OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
    WITH s, sp, d, s.date AS date, s.date AS shown
    ${DETAILS}`,
    params,
    { timeoutMs: f.timeoutMs },
  );
  const found = new Set(dated.rows.map((row) => String((row.s as GraphNode).properties.id)));
  if (found.size >= f.limit + 1 || f.since) return dated.rows;
  const undated = await store.run(
    `MATCH (s:Statement) WHERE s.id > $undatedAfter AND s.date IS NULL
    WITH s ORDER BY s.id LIMIT $fetch
    OPTIONAL MATCH (sp:Entity)-[:SAID]->(s)
    OPTIONAL MATCH (s)-[:REPORTED_IN]->(d:Document)
    WITH s, sp, d, '' AS date, coalesce(d.date, '') AS shown
    ${DETAILS}`,
    { ...params, undatedAfter: after?.date === '' ? after.id : '' }, // `s.id > ''`: walk the id index in order
    { timeoutMs: f.timeoutMs },
  );
  const byKey = (x: Record<string, unknown>, y: Record<string, unknown>) => {
    const [dx, dy] = [String(x.date), String(y.date)];
    if (dx !== dy) return dx < dy ? 1 : -1;
    const [ix, iy] = [String((x.s as GraphNode).properties.id), String((y.s as GraphNode).properties.id)];
    return ix < iy ? -1 : ix > iy ? 1 : 0;
  };
  return [...dated.rows, ...undated.rows].sort(byKey);
}

/** Sorted rows (several per statement when it has two speakers, documents or via organisations) to one page. */
function statementsPage(sorted: Record<string, unknown>[], limit: number): StatementsResponse {
  // One row per statement: a statement with two SAID speakers, two REPORTED_IN documents or two VIA organisations
  // would otherwise be listed once per combination.
  const seen = new Set<string>();
  const unique = sorted.filter((row) => {
    const id = String((row.s as GraphNode).properties.id);
    if (seen.has(id)) return false;
    seen.add(id);
    return true;
  });
  const rows = unique.slice(0, limit);
  const statements: StatementView[] = rows.map((row) => {
    const s = (row.s as GraphNode).properties;
    const docId = str(row.docId as PlainValue) ?? str(s.docId);
    const speakerName = str(row.speakerName as PlainValue) ?? str(s.speakerName);
    return {
      id: String(s.id),
      text: String(s.text ?? ''),
      kind: str(s.kind),
      cue: str(s.cue),
      date: str(row.shown as PlainValue) || null,
      docId,
      start: num(s.start),
      end: num(s.end),
      sentence: num(s.sentence),
      speaker: speakerName ? { id: str(row.speakerId as PlainValue), name: speakerName } : null,
      about: (row.about as { id: string; name: string; type: string }[])
        .filter(Boolean)
        .sort((x, y) => x.name.localeCompare(y.name)),
      via: row.viaId
        ? { id: String(row.viaId), name: String(row.viaName ?? row.viaId), type: String(row.viaType ?? 'Organization') }
        : null,
      document: docId
        ? {
            id: docId,
            title: str(row.title as PlainValue),
            source: str(row.source as PlainValue),
            date: str(row.docDate as PlainValue),
            url: str(row.url as PlainValue),
          }
        : null,
    };
  });
  const last = rows[rows.length - 1];
  const nextCursor =
    unique.length > limit && last
      ? encodeCursor({ date: String(last.date ?? ''), id: String((last.s as GraphNode).properties.id) })
      : null;
  return { statements, nextCursor };
}

/**
 * One statement by its id, with the small graph around it: the statement, its speaker (SAID), the entities it is
 * ABOUT, the organisation it came VIA and the document it is REPORTED_IN.
 */
export async function statementById(store: GraphStore, id: string, timeoutMs: number): Promise<StatementResponse> {
  const r = await store.run(
    `MATCH (s:Statement {id: $id})
     OPTIONAL MATCH (s)-[rel]-(n) WHERE type(rel) IN ['SAID', 'ABOUT', 'VIA', 'REPORTED_IN']
     RETURN s, rel, n`,
    { id },
    { timeoutMs },
  );
  if (!r.rows.length) throw new NotFoundError(`There is no statement "${id}".`, { details: { id } });
  const s = (r.rows[0].s as GraphNode).properties;
  const node = (label: string) =>
    r.rows.map((row) => row.n as GraphNode | null).find((n) => n?.labels.includes(label) ?? false) ?? null;
  const rels = r.rows
    .map((row) => row.rel as GraphRelationship | null)
    .filter((x): x is GraphRelationship => x !== null);
  const speakerEdge = rels.find((x) => x.type === 'SAID');
  const speaker = speakerEdge
    ? (r.rows.find((row) => (row.rel as GraphRelationship | null)?.elementId === speakerEdge.elementId)?.n as GraphNode)
    : null;
  const about = r.rows
    .filter((row) => (row.rel as GraphRelationship | null)?.type === 'ABOUT')
    .map((row) => row.n as GraphNode)
    .map((n) => ({
      id: String(n.id ?? n.properties.id),
      name: String(n.properties.name ?? n.id),
      type: String(n.properties.type ?? n.labels.find((l) => l !== 'Entity') ?? ''),
    }))
    .sort((x, y) => x.name.localeCompare(y.name));
  const viaEdge = rels.find((x) => x.type === 'VIA');
  const via = viaEdge
    ? (r.rows.find((row) => (row.rel as GraphRelationship | null)?.elementId === viaEdge.elementId)?.n as GraphNode)
    : null;
  const doc = node('Document');
  const docId = doc ? String(doc.id ?? doc.properties.id) : str(s.docId);
  const dp = doc?.properties ?? {};
  const statement: StatementView = {
    id: String(s.id),
    text: String(s.text ?? ''),
    kind: str(s.kind),
    cue: str(s.cue),
    date: str(s.date) ?? str(dp.date) ?? null,
    docId,
    start: num(s.start),
    end: num(s.end),
    sentence: num(s.sentence),
    speaker: speaker
      ? { id: speaker.id, name: String(speaker.properties.name ?? speaker.id) }
      : str(s.speakerName)
        ? { id: null, name: String(s.speakerName) }
        : null,
    about,
    via: via
      ? {
          id: String(via.id),
          name: String(via.properties.name ?? via.id),
          type: String(via.properties.type ?? 'Organization'),
        }
      : null,
    document: docId
      ? { id: docId, title: str(dp.title), source: str(dp.source), date: str(dp.date), url: str(dp.url) }
      : null,
  };
  const g = extractGraph(
    r.rows.flatMap((row) => [row.s, row.rel, row.n]),
    1000,
  );
  return { statement, graph: { nodes: g.nodes.map(toWireNode), edges: g.edges } };
}

/**
 * Who said what as a graph: the statements of a speaker (or about a topic), each with its speaker and the entities
 * it is about. A statement without a named topic is still drawn (with its speaker).
 */
export async function statementsGraph(
  store: GraphStore,
  f: { speaker?: string; about?: string; limit: number; timeoutMs: number },
): Promise<StatementsGraphResponse> {
  const start = f.speaker
    ? 'MATCH (p:Entity {id: $speaker})-[r1:SAID]->(s:Statement)'
    : 'MATCH (:Entity {id: $about})<-[:ABOUT]-(s:Statement) OPTIONAL MATCH (p:Entity)-[r1:SAID]->(s)';
  const r = await store.run(
    `${start}
     WITH DISTINCT p, r1, s LIMIT $limit
     OPTIONAL MATCH (s)-[r2:ABOUT]->(e:Entity)
     RETURN p, r1, s, r2, e`,
    { speaker: f.speaker ?? null, about: f.about ?? null, limit: f.limit },
    { timeoutMs: f.timeoutMs },
  );
  const statements = new Set(r.rows.map((row) => String((row.s as GraphNode).properties.id)));
  const g = extractGraph(
    r.rows.flatMap((row) => [row.p, row.r1, row.s, row.r2, row.e]),
    10_000,
  );
  return {
    nodes: g.nodes.map(toWireNode),
    edges: g.edges,
    statements: statements.size,
    truncated: statements.size >= f.limit,
  };
}
