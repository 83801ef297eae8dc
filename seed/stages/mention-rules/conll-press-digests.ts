// A rule that exists for one benchmark's quirk: CoNLL-2003's Reuters press digests ("PRESS DIGEST - Lebanon - Aug 22 ."),
// where each newspaper's summaries sit under its name written alone in capitals on a line ("AN-NAHAR", "EL PAIS",
// "JERUSALEM POST"). It fires only on a page whose first line opens "PRESS DIGEST"; news about chips and export controls
// never does. Kept apart so that it can be read, measured or dropped as one piece.
import { isCountryWord } from '../text/lexicon.ts';
import type { Found } from './found-mention.ts';

/** Whether the document is a Reuters press digest: its first non-blank line opens with the slug. */
export function isPressDigest(text: string): boolean {
  return /^\s*PRESS DIGEST\b/.test(text);
}

/** A line in capitals of one to five words: a newspaper's name ("AL-ANWAR", "DIARIO 16", "NIDA'A AL-WATAN"). */
const MASTHEAD = /^[ \t]*(\p{Lu}[\p{Lu}'&.-]*(?:[ \t]+(?:\p{Lu}[\p{Lu}'&.-]*|\d{1,3})){0,4})[ \t]*$/gmu;
/** The digest's own section headings, which name no paper. */
const HEADING = /^(?:FRONT PAGE|BUSINESS PAGES?|EDITORIALS?|HEADLINES|COMMENTARY|OPINION|PRESS DIGEST)$/;

/** Each newspaper's name on its own line in a press digest is an organization (not a dateline, a country or a heading). */
export function settlePressDigestPapers(
  found: Found[],
  text: string,
  ranges: readonly { start: number; end: number }[],
): void {
  if (!isPressDigest(text)) return;
  const firstLineEnd = text.search(/\S[^\n]*\n/) + text.slice(text.search(/\S/)).indexOf('\n') + 1;
  for (const m of text.matchAll(MASTHEAD)) {
    const name = m[1];
    const start = m.index + m[0].indexOf(name);
    const end = start + name.length;
    if (start < firstLineEnd || HEADING.test(name)) continue;
    const title = name.replace(/\p{Lu}+/gu, (w) => w[0] + w.slice(1).toLowerCase());
    if (isCountryWord(title) || isCountryWord(name)) continue;
    const sentence = ranges.findIndex((r) => r.start <= start && end <= r.end);
    if (sentence < 0) continue;
    const over = found.filter((f) => f.start < end && start < f.end && f.type !== 'Unknown' && !f.anaphor);
    const exact = over.find((f) => f.start === start && f.end === end);
    for (const f of over) if (f !== exact) f.type = 'Unknown';
    if (exact) {
      exact.type = 'Organization';
      exact.method = 'pattern:masthead';
      exact.cued = true;
    } else
      found.push({ start, end, type: 'Organization', method: 'pattern:masthead', strength: 3, cued: true, sentence });
  }
}
