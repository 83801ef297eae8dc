// Rule "a writing's writer": a writing described as a source speaks for the writer named right before its head —
// "the IMF report stated" is the IMF's statement, "a new Reuters survey shows" Reuters', "the committee's letter warns"
// the committee's. A writing with no writer named before it ("the report says") stays a described source.
import type { Mention, Statement } from '../../analysis.ts';
import { isWriting } from '../text/sources.ts';

/** The types a writer may have. */
const WRITERS = new Set(['Organization', 'Company', 'Person', 'Country']);

/**
 * The writer of a described writing, or undefined: `before` is the masked speaker mention ending last before the
 * description (text offsets), `gap` the text between them.
 */
export function writerOf(
  description: { m: Mention; start: number; end: number },
  before: { m: Mention; start: number; end: number } | undefined,
  gap: string,
): Mention | undefined {
  const d = description.m;
  if (d.method !== 'description:source' || d.type !== 'Organization' || !before) return undefined;
  if (!isWriting(d.text.trim().split(/\s+/).pop() ?? '')) return undefined;
  const w = before.m;
  if (!WRITERS.has(w.type) || w.anaphor || w.method.startsWith('description:') || !w.entityKey) return undefined;
  // Right before the head, or before it and a few lower-case words: "the IMF report", "Reuters' latest survey".
  return /^(?:['\u2019]s?)?(?:\s+[a-z][\w-]*){0,2}\s+$/u.test(gap) ? w : undefined;
}

/** A writing named by its head alone, as a described source: "letter", "report", "statement". */
const BARE_WRITING = /^(?:letter|report|statement|memo|release|filing)$/;

/**
 * "Moolenaar urged the banks to withdraw. The letter warns that …": a writing named by the article and its head alone
 * refers back to what the previous statement's speaker sent, so it speaks for that speaker when the previous statement
 * is in one of the two sentences before it, its speaker is named (not itself described), and it does not speak of such a
 * writing itself. Applies to a document's
 * statements (sorted by start), in place; `isDescribed` says whether a speaker key is a described source's.
 */
export function writerOfBareWriting(out: Statement[], isDescribed: (key: string) => boolean): void {
  for (let i = 1; i < out.length; i++) {
    const st = out[i];
    if (!isDescribed(st.speaker) || !BARE_WRITING.test(st.speakerName)) continue;
    const prev = out.slice(0, i).findLast((p) => p.provenance.sentence < st.provenance.sentence);
    if (!prev || st.provenance.sentence - prev.provenance.sentence > 2 || isDescribed(prev.speaker)) continue;
    // "CBS News reports that the letter … was sent to …. The letter warned …": a writing the previous statement speaks
    // of is someone else's.
    if (new RegExp(`\\b${st.speakerName}s?\\b`, 'i').test(prev.text)) continue;
    st.speaker = prev.speaker;
    st.speakerName = prev.speakerName;
    st.about = st.about.filter((k) => k !== prev.speaker);
  }
}
