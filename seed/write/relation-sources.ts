// One typed relationship per (from, type, to) across documents: its sources as parallel lists, the strongest one as scalars.
import type { PlainValue } from '../../server/store/graph-store.ts';
import type { Provenance, Relation } from '../model.ts';

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

const LIST_KEYS = ['sourceDocIds', 'sourceSentences', 'sourceStarts', 'sourceEnds', 'sourceEvidence', 'sourceMethods', 'sourceConfidences'] as const;
const SCALAR_KEYS = ['docId', 'sentence', 'start', 'end', 'evidence', 'confidence', 'method', 'support'] as const;
const OWN_KEYS = new Set<string>([...LIST_KEYS, ...SCALAR_KEYS]);

export const relationKey = (from: string, type: string, to: string): string => `${from}\u0000${type}\u0000${to}`;

export function sourceOf(p: Provenance): RelationSource {
  return { docId: p.docId, sentence: p.sentence, start: p.start, end: p.end, evidence: p.evidence, confidence: p.confidence, method: p.method };
}

/** Stable order of sources, whatever order documents were loaded in: by document, then position, then method. */
function compareSources(a: RelationSource, b: RelationSource): number {
  return a.docId < b.docId ? -1 : a.docId > b.docId ? 1 : a.start - b.start || a.end - b.end || (a.method < b.method ? -1 : a.method > b.method ? 1 : 0);
}

/** The source with the highest confidence; ties go to the first in stable order. */
export function strongest(sources: RelationSource[]): RelationSource {
  return sources.reduce((best, s) => (s.confidence > best.confidence ? s : best), sources[0]);
}

/** Reads a stored relationship's properties back into sources (lists of unequal length are cut to the shortest). */
export function stateFromProperties(from: string, type: string, to: string, props: Record<string, PlainValue>): RelationState {
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
  for (const [k, v] of Object.entries(props)) if (!OWN_KEYS.has(k) && (typeof v === 'string' || typeof v === 'number' || typeof v === 'boolean')) extra[k] = v;
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
    sourceDocIds: s.map((x) => x.docId),
    sourceSentences: s.map((x) => x.sentence),
    sourceStarts: s.map((x) => x.start),
    sourceEnds: s.map((x) => x.end),
    sourceEvidence: s.map((x) => x.evidence),
    sourceMethods: s.map((x) => x.method),
    sourceConfidences: s.map((x) => x.confidence),
    support: new Set(s.map((x) => x.docId)).size,
  };
}

/**
 * Replaces one document's sources of a relationship with its new ones. Returns null when no source is left (the
 * relationship is to be deleted). Extras come from the new relation when it is now the strongest source.
 */
export function replaceDocumentSources(existing: RelationState | undefined, docId: string, fresh: Relation[], from: string, type: string, to: string): RelationState | null {
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
