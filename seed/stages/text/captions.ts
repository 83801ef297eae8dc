// Rule "caption": a broadcast transcript's on-screen caption (a "lower third") names who speaks the paragraph after it.
// Shapes: "Henry Kissinger, Former US Secretary of State" / "“The relations …”", or a name line and a title line
// ("Andy Wang" / "Northern Arizona University" / "As a nation, we …"), or a titled name alone ("President Joe Biden"),
// or a bare name before a paragraph in quotation marks.
// Works on the masked text (a speaker mention is HEAD then FILL), paragraph by paragraph.
import { FILL, HEAD } from './attribution.ts';

const SPK = `${HEAD}${FILL}*`;
/** Up to three capitalized title words, the name, and an optional ", title" with no sentence in it. */
const NAME_LINE = new RegExp(
  `^(?:\\p{Lu}[\\p{L}\\p{M}.'-]*\\s+){0,3}(?<spk>${SPK})(?<title>\\s*,\\s*[^.!?"\\u201c\\u201d:;]{2,70})?$`,
  'u',
);
/** A title or affiliation line under the name: short, no sentence end, no quotation, no colon. */
const TITLE_LINE = /^[^.!?"\u201c\u201d:;]{2,60}$/u;
/** A bare name line is a caption only before a paragraph a quotation mark opens. */
const QUOTED_OPEN = /^["\u201c]/;
/** Two breaks between words (of a trimmed text): it has at least three words. */
const TWO_BREAKS = /\s\S+\s/;

export interface Caption {
  /** Offset (in the trimmed masked line) of the speaker mention. */
  spk: number;
  /** Which paragraph (0 = the one before the spoken one, 1 = two before) holds the name. */
  line: 0 | 1;
  titled: boolean;
}

/**
 * The caption before a paragraph, if the one or two paragraphs before it are one: `prev1` is the paragraph just
 * before (masked), `prev2` the one before that (or undefined). `speech` is the spoken paragraph's text.
 * A bare name line (no title with it) is taken only when the spoken paragraph opens with a quotation mark.
 */
export function captionBefore(
  prev1: string | undefined,
  prev2: string | undefined,
  speech: string,
  isPerson: (line: 0 | 1, offset: number) => boolean,
): Caption | null {
  // Fewer than three words (the words of `speech.trim().split(/\s+/)`), read without splitting the whole speech.
  if (!prev1 || !TWO_BREAKS.test(speech.trim())) return null;
  const own = QUOTED_OPEN.test(speech.trim());
  const l1 = prev1.trim();
  const one = NAME_LINE.exec(l1);
  if (one && isPerson(0, l1.indexOf(HEAD))) {
    const titled = !!one.groups!.title || !l1.startsWith(HEAD);
    if (!titled && !own) return null;
    return { spk: l1.indexOf(HEAD), line: 0, titled };
  }
  // A name line, then a title line with no speaker in it that is a person.
  if (prev2 !== undefined && TITLE_LINE.test(l1) && !(one && isPerson(0, l1.indexOf(HEAD)))) {
    const l2 = prev2.trim();
    const two = NAME_LINE.exec(l2);
    if (two && !two.groups!.title && isPerson(1, l2.indexOf(HEAD)))
      return { spk: l2.indexOf(HEAD), line: 1, titled: true };
  }
  return null;
}
