// Features of the name tagger: classic NER cues (word, shape, affixes, neighbours, lexicons, document evidence) hashed to 32-bit ints.
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import type { Token } from '../stages/text/tokens.ts';
import {
  isCommonWord,
  isCountryWord,
  isDemonym,
  isFirstName,
  isLastName,
  isOrgWord,
  isPlaceWord,
} from '../stages/text/lexicon.ts';

/** Bumped whenever a template changes: a model trained on other features is refused at load. */
export const FEATURE_VERSION = 9;

/** Most features one token can have (the buffer size callers allocate). */
export const MAX_FEATURES = 128;

// Hashing: FNV-1a over char codes, then a murmur-style finalizer to combine a template id with one or two values.
// Strings are never built per feature, which keeps extraction of a token to a few hundred integer operations.
const FNV = 0x811c9dc5;
const fnv = (h: number, c: number) => Math.imul(h ^ c, 0x01000193);

export function hashString(s: string): number {
  let h = FNV;
  for (let i = 0; i < s.length; i++) h = fnv(h, s.charCodeAt(i));
  return h >>> 0;
}

function mix(t: number, a: number, b: number): number {
  let h = Math.imul(t ^ 0x9e3779b9, 0x85ebca6b);
  h = Math.imul(h ^ a ^ (h >>> 15), 0xc2b2ae35);
  h = Math.imul(h ^ b ^ (h >>> 13), 0x27d4eb2f);
  return (h ^ (h >>> 16)) >>> 0;
}

/** Evidence from the whole document: how each word is written elsewhere (lower-cased keys). */
export interface DocEvidence {
  /** Words that occur all in lower case somewhere ("reform" vs "Reform"): a capitalized one is likely a common word. */
  lower: Set<string>;
  /** Words written title-case inside a running sentence: a name whatever the headline's capitals say. */
  capMid: Set<string>;
  /**
   * Where each capitalized word occurs (lower-cased key): its token's start offset and the hashed lower-cased words
   * right before and after it, at most MAX_OCCURRENCES per word. A word's other occurrences lend it their contexts
   * ("German retailer Promodes" types a later "Promodes has …").
   */
  occurrences: Map<string, number[]>;
}

/** Occurrences of one word kept for the document-context features (three numbers each: start, left word, right word). */
const MAX_OCCURRENCES = 6;

/** Whole-line capitals (wire headlines, tables): the shape of a word says nothing there. */
export function isCapsLine(toks: Token[]): boolean {
  let upper = 0;
  for (const t of toks) {
    const s = t.text;
    for (let i = 0; i < s.length; i++) {
      const c = s.charCodeAt(i);
      if (c >= 97 && c <= 122) return false;
      if (c >= 65 && c <= 90) upper++;
    }
  }
  return upper > 4;
}

/**
 * A line with no running text (a fixtures list, a results or standings row, a table): at most one lower-case word of
 * three letters or more, and a number or a comma. Its names are read from its layout, not from a sentence.
 */
export function isListLine(toks: Token[]): boolean {
  let words = 0;
  let marks = 0;
  for (const t of toks) {
    const s = t.text;
    if (s.length >= 3 && isLowerWord(s) && ++words > 1) return false;
    const c = s.charCodeAt(0);
    if ((c >= 48 && c <= 57) || s === ',') marks++;
  }
  return marks > 0 && toks.length >= 3;
}

/** Title-case line: most words capitalized and no full stop (a headline). */
export function isTitleLine(toks: Token[]): boolean {
  let words = 0;
  let caps = 0;
  for (const t of toks) {
    const c = t.text.charCodeAt(0);
    if ((c >= 65 && c <= 90) || (c >= 97 && c <= 122) || c > 127) {
      words++;
      if (startsUpper(t.text)) caps++;
    }
  }
  const last = toks[toks.length - 1]?.text;
  return words >= 3 && caps / words >= 0.7 && last !== '.' && last !== '?' && last !== '!';
}

export function startsUpper(s: string): boolean {
  const c = s.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128) return false;
  const ch = s[0];
  return ch !== ch.toLowerCase();
}

/** True when the word has an upper-case letter anywhere ("iPhone", "McDonald", "U.S."). */
export function hasUpper(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 65 && c <= 90) return true;
    if (c > 127 && s[i] !== s[i].toLowerCase()) return true;
  }
  return false;
}

function isLowerWord(s: string): boolean {
  let letters = 0;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 97 && c <= 122) letters++;
    else if (c >= 65 && c <= 90) return false;
    else if (c > 127 && s[i] !== s[i].toLowerCase()) return false;
  }
  return letters > 0;
}

/** Document evidence over its sentences' tokens (the same function at training and at tagging); `infos` saves looking words up again. */
export function documentEvidence(sentences: Token[][], infos?: WordInfo[][]): DocEvidence {
  const lower = new Set<string>();
  const capMid = new Set<string>();
  const occurrences = new Map<string, number[]>();
  sentences.forEach((toks, k) => {
    for (let i = 0; i < toks.length; i++) {
      const info = infos ? infos[k][i] : wordInfo(toks[i].text);
      if (!(info.kind & 8)) continue;
      let xs = occurrences.get(info.lowerText);
      if (!xs) occurrences.set(info.lowerText, (xs = []));
      if (xs.length >= MAX_OCCURRENCES * 3) continue;
      const l = i > 0 ? (infos ? infos[k][i - 1] : wordInfo(toks[i - 1].text)).lower : PAD_BEFORE_WORD.lower;
      const r =
        i + 1 < toks.length ? (infos ? infos[k][i + 1] : wordInfo(toks[i + 1].text)).lower : PAD_AFTER_WORD.lower;
      xs.push(toks[i].start, l, r);
    }
    if (!toks.length || isCapsLine(toks) || isTitleLine(toks)) return;
    let prev = 1;
    for (let i = 0; i < toks.length; i++) {
      const info = infos ? infos[k][i] : wordInfo(toks[i].text);
      if (info.kind & 2) lower.add(info.text);
      else if (info.kind & 4 && !(prev & 1)) capMid.add(info.lowerText);
      prev = info.kind;
    }
  });
  return { lower, capMid, occurrences };
}

const OPENER = new Set(['"', "'", '(', '[', '-', ':', '*', '•', '.', '?', '!']);
const isOpener = (w: string) => OPENER.has(w) || /^\d+[.)]?$/.test(w);
const isCapsWord = (w: string) => !/\p{Ll}/u.test(w);

/** Word shape with repeats collapsed: "Nvidia" → "Xx", "U.S." → "X.X.", "1996-08-22" → "d-d-d", "McDonald" → "XxXx". */
export function shapeOf(w: string): string {
  let out = '';
  let last = '';
  for (let i = 0; i < w.length; i++) {
    const ch = w[i];
    const c = w.charCodeAt(i);
    let k: string;
    if (c >= 65 && c <= 90) k = 'X';
    else if (c >= 97 && c <= 122) k = 'x';
    else if (c >= 48 && c <= 57) k = 'd';
    else if (c > 127 && ch !== ch.toLowerCase()) k = 'X';
    else if (c > 127 && ch !== ch.toUpperCase()) k = 'x';
    else k = ch;
    if (k !== last) out += k;
    last = k;
  }
  return out.length > 8 ? out.slice(0, 8) : out;
}

// Lexicon bits of a word.
const LEX_FIRST = 1,
  LEX_LAST = 2,
  LEX_PLACE = 4,
  LEX_COUNTRY = 8,
  LEX_ORG = 16,
  LEX_DEMONYM = 32,
  LEX_COMMON = 64;
const LEX_BITS = 7;

function lexiconBits(w: string): number {
  if (!/^\p{L}/u.test(w)) return 0;
  let b = 0;
  if (isFirstName(w)) b |= LEX_FIRST;
  if (isLastName(w)) b |= LEX_LAST;
  if (isPlaceWord(w)) b |= LEX_PLACE;
  if (isCountryWord(w)) b |= LEX_COUNTRY;
  if (isOrgWord(w)) b |= LEX_ORG;
  if (isDemonym(w)) b |= LEX_DEMONYM;
  if (isCommonWord(w)) b |= LEX_COMMON;
  return b;
}

const GAZ_TYPES = ['Person', 'Company', 'Organization', 'Country', 'Place', 'Other'];
const gazType = (t: string) => {
  const k = GAZ_TYPES.indexOf(t);
  return k < 0 ? GAZ_TYPES.length - 1 : k;
};
/** The gazetteer feature value of a token inside a known name of entity type `type` (first token or not). */
export const gazetteerCode = (type: string, inside: boolean) => 1 + gazType(type) * 2 + (inside ? 1 : 0);

/** What the features need of a word itself, cached by its text (words repeat: most tokens cost one map lookup). */
export interface WordInfo {
  text: string;
  lower: number;
  shape: number;
  /** Hashes of prefixes 1–4 of the word as written and suffixes 1–4 lower-cased (0 where the word is shorter). */
  affix: Uint32Array;
  lex: number;
  up: boolean;
  /** The lower-cased text, for the document evidence. */
  lowerText: string;
  /** Bits: 1 opens a sentence part (quote, bracket, list number), 2 all lower-case letters, 4 title-case (capital, then a lower-case letter), 8 starts upper-case. */
  kind: number;
  /**
   * The decoder's cached scores of this word (viterbi.ts) and the cache they belong to: read here, a word's scores cost
   * no lookup by its text. Scores are a pure function of the word and the model, so a copy kept here stays right.
   */
  scoresOf: unknown;
  scores: Float32Array | undefined;
}

const WORDS = new Map<string, WordInfo>();
const MAX_WORDS = 100_000;

export function wordInfo(text: string): WordInfo {
  let info = WORDS.get(text);
  if (info) return info;
  const w = text.replace(/’/g, "'");
  const l = w.toLowerCase();
  const affix = new Uint32Array(8);
  let h = FNV;
  for (let k = 0; k < Math.min(4, w.length); k++) affix[k] = (h = fnv(h, w.charCodeAt(k))) >>> 0;
  h = FNV;
  for (let k = 0; k < Math.min(4, l.length); k++) affix[4 + k] = (h = fnv(h, l.charCodeAt(l.length - 1 - k))) >>> 0;
  const up = hasUpper(w);
  const kind =
    (isOpener(w) ? 1 : 0) |
    (isLowerWord(w) ? 2 : 0) |
    (startsUpper(w) && w.length > 1 && !isCapsWord(w) ? 4 : 0) |
    (startsUpper(w) ? 8 : 0);
  info = {
    text,
    lower: hashString(l),
    shape: hashString(shapeOf(w)),
    affix,
    lex: up ? lexiconBits(w) : 0,
    up,
    lowerText: l,
    kind,
    scoresOf: undefined,
    scores: undefined,
  };
  if (WORDS.size >= MAX_WORDS) WORDS.clear();
  WORDS.set(text, info);
  return info;
}

/** The padding "words" before the first and after the last token. */
export const PAD_BEFORE_WORD: WordInfo = {
  text: '<s>',
  lower: hashString('<s>'),
  shape: hashString('<s>'),
  affix: new Uint32Array(8),
  lex: 0,
  up: false,
  lowerText: '<s>',
  kind: 0,
  scoresOf: undefined,
  scores: undefined,
};
export const PAD_AFTER_WORD: WordInfo = {
  text: '</s>',
  lower: hashString('</s>'),
  shape: hashString('</s>'),
  affix: new Uint32Array(8),
  lex: 0,
  up: false,
  lowerText: '</s>',
  kind: 0,
  scoresOf: undefined,
  scores: undefined,
};

/** Per-token values of one sentence, computed once; the feature functions combine them. */
export interface SentenceFeatures {
  n: number;
  words: WordInfo[];
  lower: Uint32Array;
  shape: Uint32Array;
  lex: Uint8Array;
  /** Gazetteer match covering the token: 0 none, else 1 + type * 2 + (inside ? 1 : 0). */
  gaz: Uint8Array;
  /** Bits: 1 sentence-initial, 2 seen lower-case in the document, 4 seen title-case mid-sentence, 8 has an upper-case letter. */
  flags: Uint8Array;
  /** 0 ordinary line, 1 all capitals, 2 title-case headline, 3 a list or table line (isListLine). */
  line: number;
  /**
   * Per token, how the tagger labelled the same word in the document's earlier sentences (DocHistory): 0 never as a
   * name, else 1 + the name type it was given most often.
   */
  hist: Uint8Array;
  /** Per token, hashed contexts (left and right words) of the same word's other occurrences in the document; empty when none. */
  ctx: Uint32Array[];
}

const NO_CONTEXTS = new Uint32Array(0);

const scratchOf = (n: number) => ({
  lower: new Uint32Array(n),
  shape: new Uint32Array(n),
  lex: new Uint8Array(n),
  gaz: new Uint8Array(n),
  flags: new Uint8Array(n),
  hist: new Uint8Array(n),
});
let SCRATCH = scratchOf(256);

/**
 * Precomputes the values of every token of a sentence. `infos` are the tokens' WordInfo when the caller has them;
 * `gaz` are gazetteer codes (see gazetteerCode) when the caller matched the gazetteer already, else `g` is matched here.
 */
export function sentenceFeatures(
  toks: Token[],
  doc: DocEvidence,
  g: Gazetteer | null,
  infos?: WordInfo[],
  gaz?: Uint8Array,
  scratch = false,
): SentenceFeatures {
  const n = toks.length;
  // With `scratch`, the arrays are shared buffers valid until the next scratch call (the tagger's case: typed-array
  // allocation per sentence was a visible share of its time); training keeps its sentences, so it asks for its own.
  if (scratch && SCRATCH.lower.length < n) SCRATCH = scratchOf(n * 2);
  const sf: SentenceFeatures = {
    n,
    words: infos ?? new Array<WordInfo>(n),
    lower: scratch ? SCRATCH.lower : new Uint32Array(n),
    shape: scratch ? SCRATCH.shape : new Uint32Array(n),
    lex: scratch ? SCRATCH.lex : new Uint8Array(n),
    gaz: gaz ?? (scratch ? SCRATCH.gaz.fill(0, 0, n) : new Uint8Array(n)),
    flags: scratch ? SCRATCH.flags : new Uint8Array(n),
    hist: scratch ? SCRATCH.hist.fill(0, 0, n) : new Uint8Array(n),
    line: isCapsLine(toks) ? 1 : isTitleLine(toks) ? 2 : isListLine(toks) ? 3 : 0,
    ctx: new Array<Uint32Array>(n),
  };
  for (let i = 0; i < n; i++) {
    const info = infos ? infos[i] : (sf.words[i] = wordInfo(toks[i].text));
    sf.lower[i] = info.lower;
    sf.shape[i] = info.shape;
    sf.lex[i] = info.lex;
    let f = 0;
    if (i === 0 || sf.words[i - 1].kind & 1) f |= 1;
    if (info.up) {
      f |= 8;
      if (doc.lower.has(info.lowerText)) f |= 2;
      if (doc.capMid.has(info.lowerText)) f |= 4;
    }
    sf.flags[i] = f;
    sf.ctx[i] = info.kind & 8 ? otherContexts(doc, info.lowerText, toks[i].start) : NO_CONTEXTS;
  }
  if (g && !gaz) markGazetteer(toks, g, sf.gaz, sf.line === 1);
  return sf;
}

/**
 * Labels the tagger gave words in a document's earlier sentences, by lower-cased word (counts per name type): a name
 * typed once keeps a lean towards that type where the words around it say less ("Promodes" after "retailer Promodes").
 * Training fills it from the perceptron's own predictions, as tagging does, so the feature is learnt as it is used.
 */
export class DocHistory {
  private counts = new Map<string, Uint16Array>();
  /** Writes each token's history code to sf.hist. */
  fill(sf: SentenceFeatures): void {
    for (let i = 0; i < sf.n; i++) {
      const c = sf.flags[i] & 8 ? this.counts.get(sf.words[i].lowerText) : undefined;
      if (!c) {
        sf.hist[i] = 0;
        continue;
      }
      let best = 0;
      for (let t = 1; t < 4; t++) if (c[t] > c[best]) best = t;
      sf.hist[i] = 1 + best;
    }
  }
  /** Adds a decoded sentence's labels (name labels only; label l has type (l - 1) >> 1). */
  add(sf: SentenceFeatures, labels: ArrayLike<number>): void {
    // Only running text counts: a headline's or a heading's capitals make the tagger guess ("Advanced Computing
    // Semiconductors" as a firm), and a guess kept here would spread to the body.
    if (sf.line !== 0) return;
    for (let i = 0; i < sf.n; i++) {
      const l = labels[i];
      if (!l) continue;
      const key = sf.words[i].lowerText;
      let c = this.counts.get(key);
      if (!c) this.counts.set(key, (c = new Uint16Array(4)));
      c[(l - 1) >> 1]++;
    }
  }
}

/** The left and right words of a word's other occurrences in the document. */
function otherContexts(doc: DocEvidence, key: string, start: number): Uint32Array {
  const xs = doc.occurrences.get(key);
  if (!xs || xs.length <= 3) return NO_CONTEXTS;
  const out = new Uint32Array(xs.length - 3);
  let k = 0;
  for (let j = 0; j < xs.length && k < out.length; j += 3) {
    if (xs[j] === start) continue;
    out[k++] = xs[j + 1];
    out[k++] = xs[j + 2];
  }
  return k === out.length ? out : out.subarray(0, k);
}

const FIRST_WORDS = new WeakMap<Gazetteer, Set<string>>();
/** Lower-cased first words of the gazetteer's aliases: most tokens start none, and are passed over without building strings. */
function firstWords(g: Gazetteer): Set<string> {
  let s = FIRST_WORDS.get(g);
  if (!s) {
    s = new Set<string>();
    for (const alias of g.byLowerAlias.keys()) s.add(alias.split(' ')[0]);
    for (const alias of g.byAlias.keys()) s.add(alias.split(' ')[0].toLowerCase());
    FIRST_WORDS.set(g, s);
  }
  return s;
}

/** Longest gazetteer alias starting at each capitalized token; its tokens are marked with the entry's type. */
function markGazetteer(toks: Token[], g: Gazetteer, out: Uint8Array, caps: boolean): void {
  const n = toks.length;
  const firsts = firstWords(g);
  for (let k = 0; k < n; k++) {
    if (!startsUpper(toks[k].text) || !firsts.has(wordInfo(toks[k].text).lowerText)) continue;
    let form = '';
    let best = 0;
    let type = 0;
    for (let m = 0; m < g.maxAliasTokens && k + m < n; m++) {
      form += (m ? ' ' : '') + toks[k + m].text;
      const e = caps ? g.byLowerAlias.get(form.toLowerCase()) : g.byAlias.get(form);
      if (e) {
        best = m + 1;
        type = gazType(e.type);
      }
    }
    if (!best) continue;
    for (let m = 0; m < best; m++) out[k + m] = 1 + type * 2 + (m ? 1 : 0);
    k += best - 1;
  }
}

// The template ids (first argument of `mix`) are fixed: changing one changes FEATURE_VERSION.
// Features split by what they depend on, so a tagger can cache the scores of those that depend on one word only.

/** Features of the word itself (and the bias). */
export function ownFeatures(w: WordInfo, out: Uint32Array, k: number): number {
  out[k++] = mix(1, 0, 0); // bias
  out[k++] = mix(2, w.lower, 0);
  out[k++] = mix(3, w.shape, 0);
  out[k++] = mix(4, w.lower, w.shape);
  for (let a = 0; a < 8; a++) if (w.affix[a]) out[k++] = mix(10 + a, w.affix[a], 0);
  for (let b = 0; b < LEX_BITS; b++) if (w.lex & (1 << b)) out[k++] = mix(60 + b, 0, 0);
  out[k++] = mix(100, w.lex, 0);
  return k;
}

/** Features a word gives the token `d` (1 or 2) places after it. */
export function leftFeatures(w: WordInfo, d: number, out: Uint32Array, k: number): number {
  if (d === 2) {
    out[k++] = mix(22, w.lower, 0);
    return k;
  }
  out[k++] = mix(20, w.lower, 0);
  out[k++] = mix(24, w.shape, 0);
  for (let b = 0; b < LEX_BITS; b++) if (w.lex & (1 << b)) out[k++] = mix(80 + b, 0, 0);
  return k;
}

/** Features a word gives the token `d` (1 or 2) places before it. */
export function rightFeatures(w: WordInfo, d: number, out: Uint32Array, k: number): number {
  if (d === 2) {
    out[k++] = mix(23, w.lower, 0);
    return k;
  }
  out[k++] = mix(21, w.lower, 0);
  out[k++] = mix(25, w.shape, 0);
  for (let b = 0; b < LEX_BITS; b++) if (w.lex & (1 << b)) out[k++] = mix(90 + b, 0, 0);
  return k;
}

const wordAt = (sf: SentenceFeatures, i: number) =>
  i < 0 ? PAD_BEFORE_WORD : i >= sf.n ? PAD_AFTER_WORD : sf.words[i];

/** Features of token i that combine it with its neighbours, the line and the document. */
export function contextFeatures(sf: SentenceFeatures, i: number, out: Uint32Array, k: number): number {
  const { lower, shape, lex, gaz, flags, n, line } = sf;
  const lw = lower[i];
  const sh = shape[i];
  const l1 = wordAt(sf, i - 1).lower;
  const r1 = wordAt(sf, i + 1).lower;
  const s1 = wordAt(sf, i - 1).shape;
  const s2 = wordAt(sf, i - 2).shape;
  const t1 = wordAt(sf, i + 1).shape;
  const t2 = wordAt(sf, i + 2).shape;
  const f = flags[i];
  out[k++] = mix(26, s2, s1);
  out[k++] = mix(27, t1, t2);
  out[k++] = mix(28, s1, sh);
  out[k++] = mix(29, sh, t1);
  out[k++] = mix(30, l1, lw);
  out[k++] = mix(31, lw, r1);
  // In an ordinary line these would repeat the word and shape features: only capitals and title-case lines get them.
  if (line) {
    out[k++] = mix(50, line, sh);
    out[k++] = mix(51, line, lw);
  }
  out[k++] = mix(52, f, sh);
  out[k++] = mix(53, f & 7, line);
  for (let b = 0; b < LEX_BITS; b++)
    if (lex[i] & (1 << b)) {
      out[k++] = mix(70 + b, sh, line);
      // A lexicon word read with the words around it: "beat Milan" and "in Milan" are not the same Milan.
      out[k++] = mix(140 + b, l1, 0);
      out[k++] = mix(150 + b, r1, 0);
    }
  if (gaz[i]) out[k++] = mix(110, gaz[i], 0);
  if (i > 0 && gaz[i - 1]) out[k++] = mix(112, gaz[i - 1], 0);
  if (i + 1 < n && gaz[i + 1]) out[k++] = mix(113, gaz[i + 1], 0);
  if (sf.hist[i]) {
    out[k++] = mix(160, sf.hist[i], 0);
    out[k++] = mix(161, sf.hist[i], sh);
  }
  // The document's other uses of the word: the words around it there.
  const c = sf.ctx[i];
  for (let j = 0; j < c.length; j += 2) {
    out[k++] = mix(130, c[j], 0);
    out[k++] = mix(131, c[j + 1], 0);
  }
  if (c.length) out[k++] = mix(132, Math.min(c.length >> 1, 3), sh);
  return k;
}

/** All features of token i that do not depend on the tags: writes 32-bit hashes to `out`, returns how many. */
export function baseFeatures(sf: SentenceFeatures, i: number, out: Uint32Array): number {
  let k = ownFeatures(sf.words[i], out, 0);
  k = leftFeatures(wordAt(sf, i - 1), 1, out, k);
  k = leftFeatures(wordAt(sf, i - 2), 2, out, k);
  k = rightFeatures(wordAt(sf, i + 1), 1, out, k);
  k = rightFeatures(wordAt(sf, i + 2), 2, out, k);
  return contextFeatures(sf, i, out, k);
}

/** Features pairing the previous token's label `p` with the word and its shape (first-order, so Viterbi is exact). */
export function transitionWordFeatures(w: WordInfo, p: number, out: Uint32Array): number {
  out[0] = mix(42, p, w.lower);
  out[1] = mix(43, p, w.shape);
  return 2;
}

/** Features pairing `p` with what is the same for many tokens (nothing, sentence-initial or not): the decoder caches their scores. */
export function transitionConstFeatures(p: number, initial: number, out: Uint32Array): number {
  out[0] = mix(40, p, 0);
  out[1] = mix(44, p, initial);
  return 2;
}

/** All transition features of token i after label `p` (what training updates). */
export function transitionFeatures(sf: SentenceFeatures, i: number, p: number, out: Uint32Array): number {
  transitionWordFeatures(sf.words[i], p, out);
  out[2] = mix(40, p, 0);
  out[3] = mix(44, p, sf.flags[i] & 1);
  return 4;
}
