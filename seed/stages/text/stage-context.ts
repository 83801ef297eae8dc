// Shared helpers of the stages: the gazetteer from the pipeline context, normalized offsets of sentences and mentions.
import type { Analysis, Entity, Mention, PipelineContext } from '../../analysis.ts';
import { GazetteerError, type Gazetteer } from '../../gazetteer/gazetteer.ts';
import { slugify } from '../../io/slug.ts';

export function gazetteerOf(context: PipelineContext): Gazetteer {
  const g = context.gazetteer as Gazetteer | undefined;
  if (!g || !(g.byAlias instanceof Map))
    throw new GazetteerError('Pipeline: context.gazetteer is not a loaded gazetteer (use loadGazetteer())');
  return g;
}

/** Normalized-text range of a raw range. */
export function textRange(a: Analysis, r: { start: number; end: number }): { start: number; end: number } {
  const f = a.fromRaw ?? ((o: number) => o);
  return { start: f(r.start), end: f(r.end) };
}

/** The raw text of a normalized range, with raw offsets: what every output carries. */
export function rawSpan(a: Analysis, start: number, end: number): { start: number; end: number; text: string } {
  const s = a.toRaw(start);
  const e = a.toRaw(end);
  return { start: s, end: e, text: a.doc.raw.slice(s, e) };
}

/** A mention of an entity at a normalized range, with raw offsets: a speaker that no mention finder had found. */
export function entityMention(
  a: Analysis,
  e: Entity,
  start: number,
  end: number,
  sentence: number,
  method: string,
): Mention {
  const span = rawSpan(a, start, end);
  return {
    start: span.start,
    end: span.end,
    text: span.text,
    type: e.type,
    canonical: e.name,
    entityKey: e.id,
    sentence,
    method,
  };
}

/** Entity id: type + slug of the canonical name, e.g. "person:howard-lutnick". */
export function entityKey(type: string, name: string): string {
  return `${type.toLowerCase()}:${slugify(name)}`;
}

/** Mentions sorted by start, the order every stage reads them in. */
export const byStart = (ms: Mention[]) => [...ms].sort((x, y) => x.start - y.start || y.end - x.end);

/** Index of the last of `starts` (sorted ascending) at or before `o`; 0 when `o` comes before them all. Which sentence an offset falls in. */
export function indexAtOrBefore(starts: readonly number[], o: number): number {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}
