// A document's text with its spans: entity mentions, statements and the evidence of relations drawn from it.
import { NotFoundError } from '../../core/errors.ts';
import type { GraphNode, GraphStore, PlainValue } from '../../core/graph-store.ts';
import type { DocumentResponse, DocumentSpan } from '../../core/wire.ts';

const str = (v: PlainValue | undefined): string | null => (typeof v === 'string' ? v : null);
const nums = (v: unknown): number[] => (Array.isArray(v) ? v.filter((x): x is number => typeof x === 'number') : []);

/** Spans of one mention list: MENTIONED_IN.spans is flat, [start0, end0, start1, end1, …]. */
export function mentionSpans(spans: unknown, ref: string, label: string, textLength: number): DocumentSpan[] {
  const flat = nums(spans);
  const out: DocumentSpan[] = [];
  for (let i = 0; i + 1 < flat.length; i += 2)
    out.push({ start: flat[i], end: flat[i + 1], kind: 'mention', ref, label });
  return out.filter((s) => isValidSpan(s, textLength));
}

/** Evidence spans of one relation: the positions in its parallel source lists that name this document. */
export function evidenceSpans(
  rel: {
    type: string;
    from: string;
    to: string;
    sourceDocIds: unknown;
    sourceStarts: unknown;
    sourceEnds: unknown;
    docId?: unknown;
    start?: unknown;
    end?: unknown;
  },
  docId: string,
  textLength: number,
): DocumentSpan[] {
  const label = `${rel.from} ${rel.type} ${rel.to}`;
  const ids = Array.isArray(rel.sourceDocIds) ? rel.sourceDocIds : [];
  const starts = nums(rel.sourceStarts);
  const ends = nums(rel.sourceEnds);
  const out: DocumentSpan[] = [];
  ids.forEach((id, i) => {
    if (id === docId && starts[i] !== undefined && ends[i] !== undefined)
      out.push({ start: starts[i], end: ends[i], kind: 'evidence', ref: rel.type, label });
  });
  if (out.length === 0 && rel.docId === docId && typeof rel.start === 'number' && typeof rel.end === 'number') {
    out.push({ start: rel.start, end: rel.end, kind: 'evidence', ref: rel.type, label });
  }
  return out.filter((s) => isValidSpan(s, textLength));
}

function isValidSpan(s: DocumentSpan, textLength: number): boolean {
  return Number.isInteger(s.start) && Number.isInteger(s.end) && s.start >= 0 && s.end > s.start && s.end <= textLength;
}

/**
 * Where the article starts: past a leading YAML front-matter block (`---` … `---` or `...`) and the blank lines after
 * it. The stored text keeps the block so that every span offset stays true; the reader is shown the text from here,
 * with the block's fields (title, source, date, url) as the document's header.
 */
export function bodyStartOf(text: string): number {
  const open = /^---[ \t]*\r?\n/.exec(text);
  if (!open) return 0;
  const close = /^(?:---|\.\.\.)[ \t]*(?:\r?\n|$)/m.exec(text.slice(open[0].length));
  if (!close) return 0;
  let at = open[0].length + close.index + close[0].length;
  while (at < text.length && (text[at] === '\n' || text[at] === '\r')) at++;
  return at;
}

export async function documentView(store: GraphStore, id: string, timeoutMs: number): Promise<DocumentResponse> {
  const found = await store.run('MATCH (d:Document {id: $id}) RETURN d', { id }, { timeoutMs });
  const doc = found.rows[0]?.d as GraphNode | undefined;
  if (!doc) throw new NotFoundError(`Documents: no document "${id}".`, { details: { id } });
  const p = doc.properties;
  const text = String(p.text ?? '');
  const [mentions, statements, relations] = await Promise.all([
    store.run(
      'MATCH (e:Entity)-[m:MENTIONED_IN]->(:Document {id: $id}) RETURN e.id AS id, e.name AS name, m.spans AS spans',
      { id },
      { timeoutMs },
    ),
    store.run(
      'MATCH (s:Statement)-[:REPORTED_IN]->(:Document {id: $id}) RETURN s.id AS id, s.start AS start, s.end AS end, s.speakerName AS speaker',
      { id },
      { timeoutMs },
    ),
    // Relations drawn from this document join two entities it mentions: start from those, not from every relationship.
    store.run(
      `MATCH (a:Entity)-[:MENTIONED_IN]->(:Document {id: $id})
       MATCH (a)-[r]->(b:Entity)
       WHERE r.docId = $id OR $id IN coalesce(r.sourceDocIds, [])
       RETURN DISTINCT type(r) AS type, a.name AS from, b.name AS to, r.sourceDocIds AS sourceDocIds, r.sourceStarts AS sourceStarts, r.sourceEnds AS sourceEnds, r.docId AS docId, r.start AS start, r.end AS end`,
      { id },
      { timeoutMs },
    ),
  ]);
  const spans: DocumentSpan[] = [
    ...mentions.rows.flatMap((m) => mentionSpans(m.spans, String(m.id), String(m.name ?? m.id), text.length)),
    ...statements.rows
      .map((s) => ({
        start: s.start as number,
        end: s.end as number,
        kind: 'statement' as const,
        ref: String(s.id),
        label: String(s.speaker ?? ''),
      }))
      .filter((s) => isValidSpan(s, text.length)),
    ...relations.rows.flatMap((r) => evidenceSpans(r as Parameters<typeof evidenceSpans>[0], id, text.length)),
  ].sort((a, b) => a.start - b.start || b.end - a.end || a.kind.localeCompare(b.kind));
  return {
    id,
    title: str(p.title),
    source: str(p.source),
    url: str(p.url),
    date: str(p.date),
    language: str(p.language),
    text,
    bodyStart: bodyStartOf(text),
    spans,
  };
}
