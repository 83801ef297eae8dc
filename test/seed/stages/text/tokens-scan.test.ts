// The tokenizer reads characters one by one (seed/stages/text/tokens.ts); these tests pin it to the regex tokenizer it
// replaced (copied below as it was), on hand-picked cases, on random strings of the characters where the two could part
// ways, and on every article of the repository's dev sets and seed.
import fs from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { isCountryWord } from '../../../../seed/stages/text/lexicon.ts';
import { type Token, tokenize } from '../../../../seed/stages/text/tokens.ts';

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
function regexTokenize(text: string, from: number, to: number): Token[] {
  const out: { start: number; end: number; text: string }[] = [];
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

describe('tokenize', () => {
  it('reads words, inner joiners, possessives and single marks', () => {
    const text =
      "U.S. chipmaker Nvidia's H100s, AT&T and 9/11 — Alibaba-backed firms 's “quoted” 𝐀𝐁 x\u00a0y\u2028z 'sx";
    expect(tokenize(text, 0, text.length).map((t) => t.text)).toEqual([
      'U.S.',
      'chipmaker',
      'Nvidia',
      "'s",
      'H100s',
      ',',
      'AT&T',
      'and',
      '9/11',
      '—',
      'Alibaba',
      '-backed',
      'firms',
      "'s",
      '“',
      'quoted',
      '”',
      '𝐀𝐁',
      'x',
      'y',
      'z',
      "'",
      'sx',
    ]);
  });

  it('keeps offsets inside the range it reads', () => {
    const text = 'xx Mr. Roe said. yy';
    expect(tokenize(text, 3, 16)).toEqual([
      { start: 3, end: 6, text: 'Mr.' },
      { start: 7, end: 10, text: 'Roe' },
      { start: 11, end: 15, text: 'said' },
      { start: 15, end: 16, text: '.' },
    ]);
  });

  it("gives the regex tokenizer's tokens on random text", () => {
    const alphabet = [
      ...'aZs9_ -\'.&/,"',
      'US',
      'Mr',
      'China',
      '-backed',
      'Jan',
      '\t',
      '\n',
      '\u00a0',
      '\u2028',
      '\u3000',
      '\ufeff',
      '\u180e',
      '\u200b',
      'é',
      'Ж',
      '中',
      '٣',
      '’',
      '\u{1d400}',
      '\u{1f600}',
      '\ud800',
      '\udc00',
    ];
    let seed = 7;
    const rand = (n: number) => {
      seed = (seed * 1103515245 + 12345) & 0x7fffffff;
      return seed % n;
    };
    for (let k = 0; k < 5000; k++) {
      let s = '';
      const len = rand(20);
      for (let i = 0; i < len; i++) s += alphabet[rand(alphabet.length)];
      const from = rand(3);
      expect(tokenize(s, from, s.length), JSON.stringify(s)).toEqual(regexTokenize(s, from, s.length));
    }
  });

  it("gives the regex tokenizer's tokens on the dev sets and the seed", () => {
    const root = path.resolve(import.meta.dirname, '../../../..');
    const dirs = ['test/eval/indomain-news/articles', 'test/eval/indomain/articles', 'seed/documents'];
    let n = 0;
    for (const d of dirs)
      for (const f of fs.readdirSync(path.join(root, d))) {
        const text = fs.readFileSync(path.join(root, d, f), 'utf8');
        expect(tokenize(text, 0, text.length)).toEqual(regexTokenize(text, 0, text.length));
        n++;
      }
    expect(n).toBeGreaterThan(50);
  });
});
