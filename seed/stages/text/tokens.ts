// Word tokens with offsets: the shallow unit the mention and relation patterns work on (no parser, no dependencies).
import { isCountryWord } from './lexicon.ts';
import { isSpaceCode } from './matches.ts';
export interface Token {
  start: number;
  end: number;
  text: string;
}

// A token is a word — letters and digits, with inner hyphens, apostrophes, dots, ampersands and slashes between runs of
// them (as the regex /[\p{L}\p{N}]+(?:[-'.&/][\p{L}\p{N}]+)*/u reads) — or "'s" before a non-word character ("Nvidia 's"
// in wire copy is one token, as when it is split from "Nvidia's"), or any other single character but a space (a code
// point: an astral symbol is one token). Read character by character below: two sticky regex matches per token were a
// visible share of the whole pipeline's time; test/seed/stages/tokens.test.ts compares the scan with the regexes.
const LETTER_OR_DIGIT = /[\p{L}\p{N}]/uy;

/** Code units of the letter or digit (a code point) at i, 0 when there is none. */
function letterOrDigitAt(s: string, i: number): number {
  const c = s.charCodeAt(i);
  if (c < 128) return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) ? 1 : 0;
  if (Number.isNaN(c)) return 0;
  LETTER_OR_DIGIT.lastIndex = i;
  return LETTER_OR_DIGIT.test(s) ? LETTER_OR_DIGIT.lastIndex - i : 0;
}

/** Whether the code unit is a regex word character ([A-Za-z0-9_], what \b reads). */
function isWordChar(c: number): boolean {
  return (c >= 97 && c <= 122) || (c >= 65 && c <= 90) || (c >= 48 && c <= 57) || c === 95;
}

/** Whether the code unit joins two runs of a word: - ' . & / */
function isJoiner(c: number): boolean {
  return c === 45 || c === 39 || c === 46 || c === 38 || c === 47;
}

/** End of the token that starts at `at` (a non-space) in s. */
function tokenEnd(s: string, at: number): number {
  let n = letterOrDigitAt(s, at);
  if (n) {
    let i = at + n;
    for (;;) {
      while ((n = letterOrDigitAt(s, i))) i += n;
      if (!isJoiner(s.charCodeAt(i))) return i;
      n = letterOrDigitAt(s, i + 1);
      if (!n) return i;
      i += 1 + n;
    }
  }
  if (s.charCodeAt(at) === 39 && s.charCodeAt(at + 1) === 115 && !isWordChar(s.charCodeAt(at + 2))) return at + 2;
  const c = s.charCodeAt(at);
  if (c >= 0xd800 && c <= 0xdbff) {
    const d = s.charCodeAt(at + 1);
    if (d >= 0xdc00 && d <= 0xdfff) return at + 2;
  }
  return at + 1;
}
const ABBREV_WITH_DOT =
  /^(?:\p{Lu}(?:\.\p{L})*|Mr|Mrs|Ms|Dr|Prof|Sr|Jr|St|Inc|Corp|Co|Ltd|Gen|Gov|Sen|Rep|Col|Lt|Sgt|Capt|Rev|Mt|No|vs|Jan|Feb|Mar|Apr|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)$/u;

/** A country's name or short form ("US", "U.S", "UK") as one side of a hyphenated pair. */
const countryPart = (w: string) => /^(?:US|U\.S|UK|U\.K)$/.test(w) || isCountryWord(w);

/**
 * Tokens of text[from, to): words (with inner hyphens, apostrophes and dots), single punctuation marks; "U.S." and
 * "Mr." keep their final dot, "Nvidia's" splits into "Nvidia" + "'s", and "Alibaba-backed" into "Alibaba" + "-backed".
 */
export function tokenize(text: string, from: number, to: number): Token[] {
  const out: Token[] = [];
  const slice = text.slice(from, to);
  const len = slice.length;
  for (let at = 0, next = 0; ; at = next) {
    while (at < len && isSpaceCode(slice.charCodeAt(at))) at++;
    if (at >= len) break;
    next = tokenEnd(slice, at);
    const start = from + at;
    let word = slice.slice(at, next);
    const poss = word.length > 2 && word.endsWith("'s") ? /^(.+?)('s)$/u.exec(word) : null;
    if (poss && /\p{L}/u.test(poss[1])) {
      out.push({ start, end: start + poss[1].length, text: poss[1] });
      out.push({ start: start + poss[1].length, end: start + word.length, text: "'s" });
      continue;
    }
    const compound =
      word.includes('-') &&
      /^(\p{Lu}[\p{L}\p{N}.]*)(-(?:backed|based|era|owned|led|made|funded|supported|compliant|linked|affiliated|controlled|focused|designed|built|style|listed|born|headquartered|run|made|friendly|specific|only|wide)(?:-[\p{L}]+)?)$/u.exec(
        word,
      );
    if (compound) {
      out.push({ start, end: start + compound[1].length, text: compound[1] });
      out.push({ start: start + compound[1].length, end: start + word.length, text: compound[2] });
      continue;
    }
    // "Myanmar-Thailand border", "US-China talks": two countries joined by a hyphen are two names.
    const pair = word.includes('-') ? /^(\p{Lu}[\p{L}.]+)-(\p{Lu}[\p{L}.]+)$/u.exec(word) : null;
    if (pair && countryPart(pair[1]) && countryPart(pair[2])) {
      const a = start + pair[1].length;
      out.push({ start, end: a, text: pair[1] });
      out.push({ start: a, end: a + 1, text: '-' });
      out.push({ start: a + 1, end: start + word.length, text: pair[2] });
      continue;
    }
    if (slice[at + word.length] === '.' && ABBREV_WITH_DOT.test(word)) {
      next++;
      word = slice.slice(at, next);
    }
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}
