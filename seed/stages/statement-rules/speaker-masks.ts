// Masking for the statements stage: speaker mentions become one placeholder each (HEAD then FILL, offsets kept), so
// the patterns see "\x01\x02\x02 said"; and a paragraph's quotations paired by their marks.
import type { Mention } from '../../analysis.ts';
import { FILL, HEAD, HEADLINE_VERB } from '../text/attribution.ts';

/** The entity types that speak. */
export const SPEAKER_TYPES = new Set(['Person', 'Company', 'Organization', 'Country']);

/** A headline's verb the mention finder took into a name ("…, Jo Roe Says."): the mask stops before it so the cue shows. */
const HEADLINE_TAIL = new RegExp(`\\s+(?:${HEADLINE_VERB})$`);

/** Speaker-capable mentions masked to one placeholder each, so patterns see "\x01\x02\x02 said"; `at` finds a mention by its start. */
export function maskSpeakers(
  text: string,
  norm: { m: Mention; start: number; end: number }[],
): { masked: string; at: Map<number, Mention> } {
  const parts: string[] = [];
  const at = new Map<number, Mention>();
  let done = 0;
  for (const { m, start, end } of [...norm].sort((x, y) => x.start - y.start || y.end - x.end)) {
    if (!SPEAKER_TYPES.has(m.type) || !m.entityKey || start < done) continue;
    const tail = HEADLINE_TAIL.exec(text.slice(start, end));
    const e = tail ? end - tail[0].length : end;
    parts.push(text.slice(done, start), HEAD, FILL.repeat(e - start - 1));
    done = e;
    at.set(start, m);
  }
  parts.push(text.slice(done));
  return { masked: parts.join(''), at };
}

/**
 * Quotations of a paragraph by their marks, paired in order; an odd last mark opens one that runs to the paragraph's end.
 * `side` tells, where the source wrote curly marks, whether a mark opens (“) or closes (”) a quotation: when every mark
 * of the paragraph has a side and they nest well, a quotation inside a quotation (“… the “Chinese military companies”
 * list,” wrote the senators.) stays inside the outer one instead of cutting it in three.
 */
export function quotesIn(
  text: string,
  p: { start: number; end: number },
  side?: (offset: number) => 'open' | 'close' | undefined,
): { s: number; e: number; open: boolean }[] {
  const marks: number[] = [];
  for (let i = text.indexOf('"', p.start); i >= 0 && i < p.end; i = text.indexOf('"', i + 1)) marks.push(i);
  const nested = side && marks.length > 2 ? nestedQuotes(marks, side, p.end) : null;
  if (nested) return nested;
  const quotes: { s: number; e: number; open: boolean }[] = [];
  for (let i = 0; i < marks.length; i += 2)
    quotes.push(
      i + 1 < marks.length
        ? { s: marks[i] + 1, e: marks[i + 1], open: false }
        : { s: marks[i] + 1, e: p.end, open: true },
    );
  return quotes;
}

/** Outer quotations by the sides of curly marks, or null when a mark has no side, nothing nests, or they do not nest well. */
function nestedQuotes(
  marks: number[],
  side: (offset: number) => 'open' | 'close' | undefined,
  end: number,
): { s: number; e: number; open: boolean }[] | null {
  const quotes: { s: number; e: number; open: boolean }[] = [];
  let depth = 0;
  let deepest = 0;
  let from = -1;
  for (const m of marks) {
    const k = side(m);
    if (!k) return null;
    if (k === 'open') {
      if (depth === 0) from = m + 1;
      depth++;
      deepest = Math.max(deepest, depth);
    } else {
      if (depth === 0) return null;
      depth--;
      if (depth === 0) quotes.push({ s: from, e: m, open: false });
    }
  }
  if (deepest < 2 || depth > 1) return null;
  if (depth === 1) quotes.push({ s: from, e: end, open: true });
  return quotes;
}
