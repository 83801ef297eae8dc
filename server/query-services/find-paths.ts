// Paths between two entities, each hop with its evidence: the sentence that supports it and the document it came from.
import { InvalidArgumentError, NotFoundError } from '../../core/errors.ts';
import type {
  GraphNode,
  GraphPath,
  GraphRelationship,
  GraphStore,
  PlainValue,
  QueryResult,
} from '../../core/graph-store.ts';
import { toWireNode } from './extract-graph.ts';
import type { Hop, PathsResponse } from '../../core/wire.ts';

export interface PathOptions {
  from: string;
  to: string;
  maxHops: number;
  /** Relationship types a path may use; checked as upper-case identifiers by the request schema. */
  types?: string[];
  mode: 'shortest' | 'all';
  limit: number;
  timeoutMs: number;
}

type DocRef = NonNullable<Hop['document']>;

const str = (v: PlainValue | undefined): string | null => (typeof v === 'string' ? v : null);
const num = (v: PlainValue | undefined): number | null => (typeof v === 'number' ? v : null);

/** The sentence of `text` around [start, end): from the previous sentence end to the next one. */
export function sentenceAround(text: string, start: number, end: number): string {
  const before = text.slice(0, start);
  const from =
    Math.max(before.lastIndexOf('. '), before.lastIndexOf('? '), before.lastIndexOf('! '), before.lastIndexOf('\n')) +
    1;
  const after = text.slice(end).search(/[.?!](\s|$)|\n/);
  const to = after < 0 ? text.length : end + after + 1;
  return text.slice(from, to).trim();
}

/** What supports one hop: a relation's own evidence, the statement at either end, or the mention in a document. */
export function hopEvidence(
  edge: GraphRelationship,
  a: GraphNode,
  b: GraphNode,
): Omit<Hop, 'document' | 'from' | 'to' | 'type' | 'edge' | 'direction'> {
  const p = edge.properties;
  if (typeof p.evidence === 'string')
    return { evidence: p.evidence, docId: str(p.docId), start: num(p.start), end: num(p.end) };
  const statement = [a, b].find((n) => n.labels.includes('Statement'));
  if (statement) {
    const s = statement.properties;
    return { evidence: str(s.text), docId: str(s.docId), start: num(s.start), end: num(s.end) };
  }
  const doc = [a, b].find((n) => n.labels.includes('Document'));
  if (edge.type === 'MENTIONED_IN' && doc) {
    const spans = Array.isArray(p.spans) ? p.spans : [];
    const start = num(spans[0]);
    const end = num(spans[1]);
    const text = str(doc.properties.text);
    return {
      evidence: text !== null && start !== null && end !== null ? sentenceAround(text, start, end) : null,
      docId: doc.id,
      start,
      end,
    };
  }
  return { evidence: null, docId: null, start: null, end: null };
}

function isSimple(p: GraphPath): boolean {
  return new Set(p.nodes.map((n) => n.elementId)).size === p.nodes.length;
}

/** Relationship types that only say "both appear in one document": a path through them is co-mention, not a fact. */
export const CO_MENTION_TYPES = new Set(['MENTIONED_IN', 'REPORTED_IN']);

/**
 * How strongly one relationship is supported, in (0, 1]: more supporting documents and a higher extraction
 * confidence count for more; statement links (SAID, ABOUT, VIA) are evidence of talk, below typed facts; co-mention
 * is weakest.
 */
export function hopStrength(edge: GraphRelationship): number {
  if (CO_MENTION_TYPES.has(edge.type)) return 0.05;
  const p = edge.properties;
  const support =
    typeof p.support === 'number' && p.support > 0
      ? p.support
      : Array.isArray(p.sourceDocIds)
        ? Math.max(1, p.sourceDocIds.length)
        : 1;
  const confidence = typeof p.confidence === 'number' && p.confidence > 0 && p.confidence <= 1 ? p.confidence : 0.6;
  const talk = edge.type === 'SAID' || edge.type === 'ABOUT' || edge.type === 'VIA' ? 0.7 : 1;
  return talk * confidence * (1 - 0.5 ** support);
}

/** A path's evidence: the product of its hops' strengths (a longer path is weaker unless every hop is well supported). */
export function pathScore(edges: GraphRelationship[]): number {
  return edges.reduce((acc, e) => acc * hopStrength(e), 1);
}

export const isCoMention = (edges: GraphRelationship[]) => edges.some((e) => CO_MENTION_TYPES.has(e.type));

/** Typed paths first; among them (and among co-mention paths) the best evidenced, then the shorter. */
export function rankPaths<P extends { relationships: GraphRelationship[] }>(paths: P[]): P[] {
  return paths
    .map((p) => ({ p, co: isCoMention(p.relationships), score: pathScore(p.relationships) }))
    .sort(
      (a, b) => Number(a.co) - Number(b.co) || b.score - a.score || a.p.relationships.length - b.p.relationships.length,
    )
    .map((x) => x.p);
}

export async function findPaths(store: GraphStore, o: PathOptions): Promise<PathsResponse> {
  if (o.from === o.to)
    throw new InvalidArgumentError('Paths: `from` and `to` are the same entity.', { details: { field: 'to' } });
  const ends = await store.run(
    'MATCH (e:Entity) WHERE e.id IN $ids RETURN e.id AS id',
    { ids: [o.from, o.to] },
    { timeoutMs: o.timeoutMs },
  );
  const present = new Set(ends.rows.map((r) => r.id));
  for (const id of [o.from, o.to])
    if (!present.has(id)) throw new NotFoundError(`Paths: no entity "${id}".`, { details: { id } });

  // Typed relationships first: the types the graph holds, less co-mention; co-mention paths only when asked for by
  // type, or (marked) as a last resort after the typed ones.
  // From the store's registry, not a scan of every relationship (a registered type no data has any more matches nothing).
  const known = await store.run(
    'CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType AS type',
    {},
    { timeoutMs: o.timeoutMs },
  );
  const allTypes = known.rows.map((r) => String(r.type)).filter((t) => /^[A-Z][A-Z0-9_]*$/.test(t));
  const asked = o.types?.length ? o.types : null;
  const typed = (asked ?? allTypes).filter((t) => !CO_MENTION_TYPES.has(t));
  const search = async (types: string[] | null, limit: number): Promise<GraphPath[]> => {
    if (types !== null && types.length === 0) return [];
    // Types and the hop bound cannot be parameters in Cypher; both come from the request schema or the store's own
    // type names (identifiers, checked above; an integer 1..8), so what is spelled into the text can only be those.
    const spelled = types?.length ? `:${types.join('|')}` : '';
    // 'all' over-fetches: paths that revisit a node are dropped here, and ranking needs more than it shows.
    const fetch = o.mode === 'all' ? limit * 3 + 1 : limit + 1;
    const params = { from: o.from, to: o.to, fetch };
    const options = { timeoutMs: o.timeoutMs };
    let rows: QueryResult['rows'];
    if (o.mode === 'shortest') {
      rows = (
        await store.run(
          `MATCH p = allShortestPaths((a:Entity {id: $from})-[${spelled}*1..${o.maxHops}]-(b:Entity {id: $to})) RETURN p LIMIT $fetch`,
          params,
          options,
        )
      ).rows;
    } else if (store.kind === 'neo4j') {
      // Neo4j 5.21+: the k shortest paths, found without enumerating every path up to maxHops (SHORTEST takes a literal).
      rows = (
        await store.run(
          `MATCH p = SHORTEST ${fetch} (a:Entity {id: $from})-[${spelled}]-{1,${o.maxHops}}(b:Entity {id: $to}) RETURN p, length(p) AS hops ORDER BY hops LIMIT $fetch`,
          params,
          options,
        )
      ).rows;
    } else {
      // Grafeo has no SHORTEST k: deepen one hop at a time and stop once enough paths are found, so a dense graph is
      // never enumerated to maxHops.
      rows = [];
      for (let hops = 1; hops <= o.maxHops && rows.length < fetch; hops++) {
        const more = await store.run(
          `MATCH p = (a:Entity {id: $from})-[${spelled}*${hops}..${hops}]-(b:Entity {id: $to}) RETURN p LIMIT $fetch`,
          { ...params, fetch: fetch - rows.length },
          options,
        );
        rows.push(...more.rows);
      }
    }
    const r = { rows };
    return r.rows.map((row) => row.p as GraphPath).filter(isSimple);
  };
  let found = rankPaths(await search(typed, o.limit));
  const wantsCoMention = asked === null || asked.some((t) => CO_MENTION_TYPES.has(t));
  if (wantsCoMention && (o.mode === 'all' ? found.length <= o.limit : found.length === 0)) {
    const seen = new Set(found.map((p) => p.relationships.map((e) => e.elementId).join(',')));
    const more = (await search(asked, o.limit)).filter(
      (p) => isCoMention(p.relationships) && !seen.has(p.relationships.map((e) => e.elementId).join(',')),
    );
    found = [...found, ...rankPaths(more)];
  }
  const paths = found.slice(0, o.limit);

  const docIds = new Set<string>();
  const hopsOf = paths.map((p) =>
    p.relationships.map((edge, i) => {
      const from = p.nodes[i];
      const to = p.nodes[i + 1];
      const ev = hopEvidence(edge, from, to);
      if (ev.docId) docIds.add(ev.docId);
      const direction: 'forward' | 'backward' = edge.start === from.elementId ? 'forward' : 'backward';
      return { from: from.elementId, to: to.elementId, type: edge.type, direction, edge, ...ev };
    }),
  );
  const docs = new Map<string, DocRef>();
  if (docIds.size > 0) {
    const d = await store.run(
      'MATCH (d:Document) WHERE d.id IN $ids RETURN d.id AS id, d.title AS title, d.source AS source, d.date AS date, d.url AS url',
      { ids: [...docIds] },
      { timeoutMs: o.timeoutMs },
    );
    for (const row of d.rows)
      docs.set(String(row.id), {
        id: String(row.id),
        title: str(row.title as PlainValue),
        source: str(row.source as PlainValue),
        date: str(row.date as PlainValue),
        url: str(row.url as PlainValue),
      });
  }
  return {
    paths: paths.map((p, k) => ({
      length: p.relationships.length,
      coMention: isCoMention(p.relationships),
      score: pathScore(p.relationships),
      nodes: p.nodes.map(toWireNode),
      edges: p.relationships,
      hops: hopsOf[k].map((h) => ({ ...h, document: h.docId ? (docs.get(h.docId) ?? null) : null })),
    })),
    truncated: found.length > o.limit,
  };
}
