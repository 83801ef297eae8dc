// One typed relationship per (from, type, to) across documents: its sources as parallel lists, the strongest one as scalars.
import type { PlainValue } from '../../core/graph-store.ts';
import type { Provenance, Relation } from '../analysis.ts';

export interface RelationSource {
  docId: string;
  sentence: number;
  start: number;
  end: number;
  evidence: string;
  confidence: number;
  method: string;
}

export interface RelationState {
  from: string;
  type: string;
  to: string;
  sources: RelationSource[];
  /** Properties the relation itself carries (a HOLDS_ROLE title), from its strongest source. */
  extra: Record<string, string | number | boolean>;
}

const LIST_KEYS = [
  'sourceDocIds',
  'sourceSentences',
  'sourceStarts',
  'sourceEnds',
  'sourceEvidence',
  'sourceMethods',
  'sourceConfidences',
] as const;
const SCALAR_KEYS = ['docId', 'sentence', 'start', 'end', 'evidence', 'confidence', 'method', 'support'] as const;
const OWN_KEYS = new Set<string>([...LIST_KEYS, ...SCALAR_KEYS]);

/** What orders sources, and picks the strongest. */
type SourcePosition = Pick<RelationSource, 'docId' | 'start' | 'end' | 'method'>;

/** The relationship properties this module owns (provenance); a relation's own properties may not use these names. */
export const SOURCE_LIST_KEYS: readonly string[] = LIST_KEYS;
export const OWN_PROPERTY_KEYS: readonly string[] = [...OWN_KEYS];

export const relationKey = (from: string, type: string, to: string): string => `${from}\u0000${type}\u0000${to}`;

export function sourceOf(p: Provenance): RelationSource {
  return {
    docId: p.docId,
    sentence: p.sentence,
    start: p.start,
    end: p.end,
    evidence: p.evidence,
    confidence: p.confidence,
    method: p.method,
  };
}

/** Stable order of sources, whatever order documents were loaded in: by document, then position, then method. */
function compareSources(a: SourcePosition, b: SourcePosition): number {
  return a.docId < b.docId
    ? -1
    : a.docId > b.docId
      ? 1
      : a.start - b.start || a.end - b.end || (a.method < b.method ? -1 : a.method > b.method ? 1 : 0);
}

/** The parallel lists a relationship stores its sources in, one entry per source, in order. */
function sourceLists(s: RelationSource[]) {
  return {
    sourceDocIds: s.map((x) => x.docId),
    sourceSentences: s.map((x) => x.sentence),
    sourceStarts: s.map((x) => x.start),
    sourceEnds: s.map((x) => x.end),
    sourceEvidence: s.map((x) => x.evidence),
    sourceMethods: s.map((x) => x.method),
    sourceConfidences: s.map((x) => x.confidence),
  };
}

/** The source with the highest confidence; ties go to the first in stable order. */
export function strongest(sources: RelationSource[]): RelationSource {
  return sources.reduce((best, s) => (s.confidence > best.confidence ? s : best), sources[0]);
}

/** Reads a stored relationship's properties back into sources (lists of unequal length are cut to the shortest). */
export function stateFromProperties(
  from: string,
  type: string,
  to: string,
  props: Record<string, PlainValue>,
): RelationState {
  const list = (k: string) => (Array.isArray(props[k]) ? (props[k] as PlainValue[]) : []);
  const n = Math.min(...LIST_KEYS.map((k) => list(k).length));
  const sources: RelationSource[] = [];
  for (let i = 0; i < n; i++) {
    sources.push({
      docId: String(list('sourceDocIds')[i]),
      sentence: Number(list('sourceSentences')[i]),
      start: Number(list('sourceStarts')[i]),
      end: Number(list('sourceEnds')[i]),
      evidence: String(list('sourceEvidence')[i]),
      method: String(list('sourceMethods')[i]),
      confidence: Number(list('sourceConfidences')[i]),
    });
  }
  const extra: RelationState['extra'] = {};
  for (const [k, v] of Object.entries(props))
    if (!OWN_KEYS.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) extra[k] = v;
  return { from, type, to, sources, extra };
}

/** The relationship's full property map: scalars of the strongest source, every source in parallel lists, support, extras. */
export function stateToProperties(state: RelationState): Record<string, PlainValue> {
  const s = state.sources;
  const best = strongest(s);
  return {
    ...state.extra,
    docId: best.docId,
    sentence: best.sentence,
    start: best.start,
    end: best.end,
    evidence: best.evidence,
    confidence: best.confidence,
    method: best.method,
    ...sourceLists(s),
    support: new Set(s.map((x) => x.docId)).size,
  };
}

/**
 * Replaces one document's sources of a relationship with its new ones. Returns null when no source is left (the
 * relationship is to be deleted). Extras come from the new relation when it is now the strongest source.
 */
export function replaceDocumentSources(
  existing: RelationState | undefined,
  docId: string,
  fresh: Relation[],
  from: string,
  type: string,
  to: string,
): RelationState | null {
  const kept = (existing?.sources ?? []).filter((s) => s.docId !== docId);
  const added = new Map<string, { source: RelationSource; relation: Relation }>();
  for (const r of fresh) {
    const source = sourceOf({ ...r.provenance, docId });
    const k = `${source.start}:${source.end}:${source.method}`;
    const prev = added.get(k);
    if (!prev || source.confidence > prev.source.confidence) added.set(k, { source, relation: r });
  }
  const sources = [...kept, ...[...added.values()].map((a) => a.source)].sort(compareSources);
  if (sources.length === 0) return null;
  const best = strongest(sources);
  const bestNew = [...added.values()].find((a) => a.source === best);
  const extra = bestNew ? { ...(bestNew.relation.properties ?? {}) } : { ...(existing?.extra ?? {}) };
  for (const k of OWN_KEYS) delete extra[k]; // a relation property may not shadow provenance
  return { from, type, to, sources, extra };
}

/**
 * What a document new to the store needs to know of a stored relationship it adds sources to: the strongest source,
 * the support and the names of the relation's own properties. Not the source lists, which grow with every document
 * that states the fact; reading and rewriting them made each load slower than the one before.
 */
export interface RelationHead {
  from: string;
  type: string;
  to: string;
  strongest: SourcePosition & { confidence: number };
  support: number;
  extraKeys: string[];
  /** The document id of the last source in order, '' when there is none. */
  lastDocId: string;
}

/** A new document's sources spliced into a stored relationship: lists to insert at its place, properties to set (null removes). */
export interface SourceAppend {
  docId: string;
  /** Every stored source comes first: the block goes at the end, and the store need not look for its place. */
  atEnd: boolean;
  /** By list property (SOURCE_LIST_KEYS): the values to insert, in source order. */
  add: Record<string, PlainValue[]>;
  patch: Record<string, PlainValue>;
}

/**
 * Whether the store can find where a document's sources go by comparing its id in Cypher: Grafeo orders strings by
 * code point, JavaScript by UTF-16 unit, and the two agree whenever one side has no unit from U+D800 up.
 */
export function canAppendInStore(docId: string): boolean {
  return !/[\ud800-\uffff]/.test(docId);
}

/**
 * Adds the sources of a document not yet in the store to a stored relationship: the same result as
 * replaceDocumentSources over the full lists, computed from the head alone. The document's sources form one block
 * (they share its id), inserted after every stored source of a smaller document id; the store places it.
 */
export function appendDocumentSources(head: RelationHead, docId: string, fresh: Relation[]): SourceAppend | null {
  const mine = replaceDocumentSources(undefined, docId, fresh, head.from, head.type, head.to);
  if (!mine) return null;
  const s = mine.sources;
  const add: SourceAppend['add'] = sourceLists(s);
  const patch: SourceAppend['patch'] = { support: head.support + 1 };
  const best = strongest(s);
  const old = head.strongest;
  // The first source of the highest confidence in the merged order: ours if higher, or equal and placed first.
  if (best.confidence > old.confidence || (best.confidence === old.confidence && compareSources(best, old) < 0)) {
    for (const k of head.extraKeys) if (!(k in mine.extra)) patch[k] = null;
    Object.assign(patch, mine.extra, {
      docId: best.docId,
      sentence: best.sentence,
      start: best.start,
      end: best.end,
      evidence: best.evidence,
      confidence: best.confidence,
      method: best.method,
    });
  }
  return { docId, atEnd: head.lastDocId < docId, add, patch };
}

/** A typed relationship by its endpoints' entity ids and its type. */
export interface RelationEndpoints {
  from: string;
  type: string;
  to: string;
}

/**
 * The Document properties that list the typed relationships the document is a source of, as parallel lists in key
 * order. A later version of the document finds its old sources by these, each through the entity id index, instead
 * of looking for its id in the source lists of every relationship of the store.
 */
export const SOURCED_RELATION_KEYS = ['relationFromIds', 'relationTypes', 'relationToIds'] as const;

export function sourcedRelationsProperties(keys: [string, string, string][]): Record<string, string[]> {
  const sorted = [...new Map(keys.map((k) => [relationKey(...k), k])).entries()]
    .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
    .map(([, k]) => k);
  return {
    relationFromIds: sorted.map((k) => k[0]),
    relationTypes: sorted.map((k) => k[1]),
    relationToIds: sorted.map((k) => k[2]),
  };
}

/** The relationships a stored Document lists; null when it lists none because an older loader wrote it. */
export function sourcedRelationsFromProperties(props: Record<string, PlainValue>): RelationEndpoints[] | null {
  const [from, type, to] = SOURCED_RELATION_KEYS.map((k) => props[k]);
  if (!Array.isArray(from) || !Array.isArray(type) || !Array.isArray(to)) return null;
  const n = Math.min(from.length, type.length, to.length);
  return Array.from({ length: n }, (_, i) => ({ from: String(from[i]), type: String(type[i]), to: String(to[i]) }));
}
