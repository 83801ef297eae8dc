// Word tokens with offsets: the shallow unit the mention and relation patterns work on (no parser, no dependencies).
import { isCountryWord } from './lexicon.ts';
export interface Token {
  start: number;
  end: number;
  text: string;
}

// "'s" standing alone (wire copy spaces it off: "Nvidia 's") is one token, as when it is split from "Nvidia's".
const WORD = /[\p{L}\p{N}]+(?:[-'.&/][\p{L}\p{N}]+)*|'s\b|\S/uy;
/** The spaces before a token: every other character starts one (WORD's last branch is \S). */
const SPACES = /\s*/y;
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
  // Sticky matches at each token's start, read with test() and lastIndex: the same tokens as a global exec() loop
  // without a match array per token (tokenizing is per word of every document).
  for (let at = 0; ; at = WORD.lastIndex) {
    SPACES.lastIndex = at;
    SPACES.test(slice);
    at = SPACES.lastIndex;
    if (at >= slice.length) break;
    WORD.lastIndex = at;
    WORD.test(slice);
    const start = from + at;
    let word = slice.slice(at, WORD.lastIndex);
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
      word += '.';
      WORD.lastIndex++;
    }
    out.push({ start, end: start + word.length, text: word });
  }
  return out;
}
