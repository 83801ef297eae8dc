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

/** Quotations of a paragraph by their marks, paired in order; an odd last mark opens one that runs to the paragraph's end. */
export function quotesIn(text: string, p: { start: number; end: number }): { s: number; e: number; open: boolean }[] {
  const marks: number[] = [];
  for (let i = text.indexOf('"', p.start); i >= 0 && i < p.end; i = text.indexOf('"', i + 1)) marks.push(i);
  const quotes: { s: number; e: number; open: boolean }[] = [];
  for (let i = 0; i < marks.length; i += 2)
    quotes.push(
      i + 1 < marks.length
        ? { s: marks[i] + 1, e: marks[i + 1], open: false }
        : { s: marks[i] + 1, e: p.end, open: true },
    );
  return quotes;
}
