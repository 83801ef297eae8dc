// Each sentence read once for the mention rules: its tokens, whether it is all capitals or a headline, and the words
// the document writes in lower case (which tell a capitalized common word from a name).
import { tokenize, type Token } from '../text/tokens.ts';
import { allCaps, type SentenceScan } from './found-mention.ts';
import { isCommonWord } from '../text/lexicon.ts';

/**
 * Words written in lower case inside a sentence (not first, not right after an end mark or a quotation mark): what
 * `isCommon` asks of a capitalized word. Read from the tokens, with the hyphenated tails the tokenizer splits off.
 */
function addLowerWords(text: string, sentenceStart: number, toks: Token[], out: Set<string>): void {
  for (const t of toks) {
    let w = t.text;
    let at = t.start;
    if (w.charCodeAt(0) === 45) {
      w = w.slice(1);
      at++;
    }
    const c = w.charCodeAt(0);
    if (!((c >= 97 && c <= 122) || (c > 127 && /^\p{Ll}/u.test(w)))) continue;
    if (at === sentenceStart || (/\s/.test(text[at - 1]) && /[.!?"]/.test(text[at - 2] ?? ''))) continue;
    let e = 1;
    for (; e < w.length; e++) {
      const d = w.charCodeAt(e);
      if (!((d >= 97 && d <= 122) || d === 45 || (d > 127 && /\p{Ll}/u.test(w[e])))) break;
    }
    while (e > 1 && w[e - 1] === '-') e--;
    if (e < w.length && /[\p{L}\p{N}_]/u.test(w[e])) continue; // "iPhone", "x86": no word ends there
    out.add(e === w.length ? w : w.slice(0, e));
  }
}

/** Whether a word holds an ASCII digit (what /\d/ finds), read without a regex: asked of every token. */
function hasDigit(w: string): boolean {
  for (let i = 0; i < w.length; i++) {
    const c = w.charCodeAt(i);
    if (c >= 48 && c <= 57) return true;
  }
  return false;
}

/**
 * A short headline: a line of two or three capitalized words standing alone, with no end mark and no figure, whose last
 * word is an ordinary word ("Nvidia Stock Falls", "Curbs Bite", "Chip Curbs Tighten"). A line that is a name ends in a
 * name ("Jane Roe", "By Jane Roe") or an acronym ("Jane Roe, VOA"); all capitals are a table's or a wire's heading.
 */
function shortHeadline(
  text: string,
  r: { start: number; end: number },
  toks: Token[],
  wordCount: number,
  capsCount: number,
  figures: number,
): boolean {
  if (wordCount < 2 || wordCount > 3 || capsCount !== wordCount || figures > 0 || toks.length !== wordCount)
    return false;
  const last = toks[toks.length - 1].text;
  if (!/^\p{Lu}\p{Ll}+$/u.test(last) || !isCommonWord(last)) return false;
  const alone =
    (r.start === 0 || /\n[ \t]*$/.test(text.slice(Math.max(0, r.start - 20), r.start))) &&
    /^[ \t]*(?:\n|$)/.test(text.slice(r.end, r.end + 20));
  return alone;
}

/** Every sentence's scan, and the lower-case words of the whole document added to `lowerWords`. */
export function scanSentences(
  text: string,
  ranges: { start: number; end: number }[],
  lowerWords: Set<string>,
): SentenceScan[] {
  return ranges.map((r, index) => {
    const s = text.slice(r.start, r.end);
    const toks = tokenize(text, r.start, r.end);
    addLowerWords(text, r.start, toks, lowerWords);
    let wordCount = 0;
    let capsCount = 0;
    for (const t of toks) {
      const c = t.text.charCodeAt(0);
      const upper = c >= 65 && c <= 90;
      if (upper || (c >= 97 && c <= 122) || (c > 127 && /^\p{L}/u.test(t.text))) {
        wordCount++;
        if (upper || (c > 127 && /^\p{Lu}/u.test(t.text))) capsCount++;
      }
    }
    // A title-case line without a full stop is a headline: its capitals say nothing about names. Figures in it are a
    // result or a table row unless a long line holds few of them ("Nvidia Warns of $5.5 Billion Hit as Curbs Bite on H20 Sales").
    // A score ("6-4"), brackets, slashes or a figure opening or ending the line make it a sports row, never a headline.
    let figures = 0;
    for (const t of toks) if (hasDigit(t.text)) figures += /^\d+(?:[-:/]\d+)+$/.test(t.text) ? 3 : 1;
    const headline =
      (wordCount >= 4 &&
        capsCount / wordCount >= 0.7 &&
        !/[.!?"]\s*$/.test(s) &&
        (figures === 0 || (wordCount >= 8 && figures <= 2 && !allCaps(s) && !/^\s*\d|[()/]|\d\s*$/.test(s)))) ||
      shortHeadline(text, r, toks, wordCount, capsCount, figures);
    return { start: r.start, text: s, toks, index, caps: allCaps(s), headline };
  });
}
