// Viterbi decoding of one sentence over first-order BIO labels, with max-marginal margins (how sure each token's label is).
import {
  baseFeatures,
  contextFeatures,
  leftFeatures,
  MAX_FEATURES,
  ownFeatures,
  PAD_AFTER_WORD,
  PAD_BEFORE_WORD,
  rightFeatures,
  transitionConstFeatures,
  transitionWordFeatures,
  type SentenceFeatures,
  type WordInfo,
} from './features.ts';
import { allowed, isInside, N_LABELS, O } from './tags.ts';

/** Adds the weights of `count` features, one per label, to scores[offset … offset + N_LABELS). */
export interface Scorer {
  add(features: Uint32Array, count: number, scores: Float64Array, offset: number): void;
  /**
   * Scores of the features that depend on one word only, by word, for scorers whose weights no longer change (the
   * trained model, not training). Exact: the model's weights are integers.
   */
  readonly wordCache?: Map<string, Float32Array>;
}

// Layout of a cached word entry: its own features, what it gives as left neighbour (1, 2 before) and right neighbour
// (1, 2 after), and its transition scores [p * L + l].
const OWN = 0;
const LEFT1 = N_LABELS;
const LEFT2 = 2 * N_LABELS;
const RIGHT1 = 3 * N_LABELS;
const RIGHT2 = 4 * N_LABELS;
const TRANS = 5 * N_LABELS;
const ENTRY = TRANS + N_LABELS * N_LABELS;
const MAX_CACHED_WORDS = 50_000;
const ENTRY_SCORES = new Float64Array(ENTRY);

/** Parts of a cached entry (bits of its last slot): each is scored the first time a decoder asks for it. */
const PART_OWN = 1; // the word's own scores and its transition scores (it is the token being labelled)
const PART_LEFT1 = 2;
const PART_LEFT2 = 4;
const PART_RIGHT1 = 8;
const PART_RIGHT2 = 16;

// Entries are views into shared slabs of SLAB_ENTRIES entries: a Float32Array of its own per word (500 bytes, so off
// the V8 heap) made each new word pay an array-buffer allocation, a visible share of the tagger's first pass over a
// corpus. A full slab is left to the entries that view it (never reused), so a view always holds its own word's scores.
const SLAB_ENTRIES = 1024;
let slab = new Float32Array(0);
let slabUsed = 0;
function newEntry(): Float32Array {
  if (slabUsed + ENTRY + 1 > slab.length) {
    slab = new Float32Array(SLAB_ENTRIES * (ENTRY + 1));
    slabUsed = 0;
  }
  const e = slab.subarray(slabUsed, slabUsed + ENTRY + 1);
  slabUsed += ENTRY + 1;
  return e;
}

function wordEntry(scorer: Scorer, cache: Map<string, Float32Array>, w: WordInfo, part: number): Float32Array {
  let e = w.scoresOf === cache ? w.scores : cache.get(w.text);
  if (e === undefined) {
    if (cache.size >= MAX_CACHED_WORDS) cache.clear();
    e = newEntry();
    cache.set(w.text, e);
  }
  w.scoresOf = cache;
  w.scores = e;
  if ((e[ENTRY] & part) !== 0) return e;
  // A word seen only next to a capital ("said", "the") needs one part of the five: the others are not scored.
  const s = ENTRY_SCORES;
  let from: number;
  let to: number;
  if (part === PART_OWN) {
    s.fill(0, OWN, LEFT1);
    s.fill(0, TRANS, ENTRY);
    scorer.add(FEATS, ownFeatures(w, FEATS, 0), s, OWN);
    for (let p = 0; p < L; p++) scorer.add(FEATS, transitionWordFeatures(w, p, FEATS), s, TRANS + p * L);
    for (let k = OWN; k < LEFT1; k++) e[k] = s[k];
    [from, to] = [TRANS, ENTRY];
  } else {
    const d = part === PART_LEFT1 || part === PART_RIGHT1 ? 1 : 2;
    from = part === PART_LEFT1 ? LEFT1 : part === PART_LEFT2 ? LEFT2 : part === PART_RIGHT1 ? RIGHT1 : RIGHT2;
    to = from + L;
    s.fill(0, from, to);
    const n = part <= PART_LEFT2 ? leftFeatures(w, d, FEATS, 0) : rightFeatures(w, d, FEATS, 0);
    scorer.add(FEATS, n, s, from);
  }
  for (let k = from; k < to; k++) e[k] = s[k];
  e[ENTRY] += part;
  return e;
}

const wordAt = (sf: SentenceFeatures, i: number) =>
  i < 0 ? PAD_BEFORE_WORD : i >= sf.n ? PAD_AFTER_WORD : sf.words[i];

// Local copies: imported bindings are read through getters under tsx, too slow for the inner loops.
const L = N_LABELS;
const OL = O;
const FEATS = new Uint32Array(MAX_FEATURES);
/** ALLOWED[p * L + l]: label l may follow label p. */
const ALLOWED = new Uint8Array(L * L);
for (let p = 0; p < L; p++) for (let l = 0; l < L; l++) ALLOWED[p * L + l] = allowed(p, l) ? 1 : 0;
/** CONT[l]: l is O or an I- label, the labels a token without a capital may take. */
const CONT = new Uint8Array(L);
for (let l = 0; l < L; l++) CONT[l] = l === O || isInside(l) ? 1 : 0;
/** Scores of the transition features that do not depend on the word, per sentence-initial flag (filled per sentence). */
const CONST_T = new Float64Array(2 * L * L);
const CONST_BY_MODEL = new WeakMap<Scorer, Float64Array>();

/**
 * Tokens the tagger scores. A name starts with a capital (or a capitalized word); a token without one is scored only
 * inside a capitalized stretch ("Bank of England", "Douglas & Lomason", "Gold Fields of South Africa"). Every other token
 * is O without scoring, which is most of the tagger's speed on running text. Punctuation other than "&" and "'" and a
 * split-off compound tail ("-backed") never sit inside a name: "Kolby : Kolvard" is two. A function word that opens
 * the sentence ("He", "According") is not scored either.
 */
export function activeTokens(sf: SentenceFeatures): Uint8Array {
  const n = sf.n;
  const up = (i: number) => i >= 0 && i < n && (sf.flags[i] & 8) !== 0;
  const act = new Uint8Array(n);
  for (let i = 0; i < n; i++) {
    if (up(i))
      act[i] = (sf.flags[i] & 1 && OPENING_WORDS.has(sf.words[i].text)) || CONTRACTION.test(sf.words[i].text) ? 0 : 1;
    else if ((up(i - 1) || up(i - 2)) && (up(i + 1) || up(i + 2))) act[i] = mayContinueName(sf.words[i].text) ? 1 : 0;
  }
  return act;
}

/** Function words that open sentences and never open a name (counted on CoNLL train: none starts one; "The", "In", "All", "No", "An" do). */
const OPENING_WORDS = new Set([
  'He',
  'She',
  'It',
  'They',
  'We',
  'I',
  'You',
  'But',
  'And',
  'Or',
  'If',
  'When',
  'While',
  'After',
  'Before',
  'This',
  'That',
  'These',
  'Those',
  'His',
  'Her',
  'Its',
  'Their',
  'Our',
  'There',
  'Here',
  'However',
  'Meanwhile',
  'Also',
  'According',
  'As',
  'At',
  'For',
  'From',
  'To',
  'By',
  'With',
  'On',
  'Some',
  'What',
  'Who',
  'How',
  'Why',
  'Where',
  'Which',
  'Although',
  'Though',
  'Since',
  'Despite',
  'During',
  'Yet',
  'So',
  'Still',
  'Now',
  'Then',
  'Today',
  'Yesterday',
  'A',
]);

/** A pronoun's contraction written as one token ("I'm", "We've"): never a name, wherever it stands. */
const CONTRACTION = /^(?:I|We|You|They|He|She|It)['\u2019](?:m|ve|ll|d|re|s)$/;

function mayContinueName(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c === 45) return false; // "-backed", "-based": a compound tail split from the name
  if ((c >= 97 && c <= 122) || (c >= 48 && c <= 57) || c > 127) return true;
  return w === '&' || w === "'" || w === "'s";
}

/** Whether label l may sit on token i: a token without a capital only continues a name. */
const fits = (sf: SentenceFeatures, i: number, l: number) => CONT[l] === 1 || (sf.flags[i] & 8) !== 0;

let cap = 0;
let E = new Float64Array(0);
let T = new Float64Array(0);
let alpha = new Float64Array(0);
let beta = new Float64Array(0);
let back = new Int8Array(0);
function reserve(len: number): void {
  if (len <= cap) return;
  cap = Math.max(len, cap * 2, 64);
  E = new Float64Array(cap * L);
  T = new Float64Array(cap * L * L);
  alpha = new Float64Array(cap * L);
  beta = new Float64Array(cap * L);
  back = new Int8Array(cap * L);
}

/** Best labels of tokens [a, b) (the tokens around are O), written to `labels`; margins to `margins` when given. */
function decodeChunk(
  scorer: Scorer,
  sf: SentenceFeatures,
  a: number,
  b: number,
  labels: Uint8Array,
  margins: Float32Array | null,
): void {
  const len = b - a;
  reserve(len);
  const cache = scorer.wordCache;
  // The cached path assigns every score it later reads; the plain one adds to zeros.
  if (!cache) {
    E.fill(0, 0, len * L);
    T.fill(0, 0, len * L * L);
  }
  for (let t = 0; t < len; t++) {
    const i = a + t;
    const c = (sf.flags[i] & 1) * L * L;
    if (cache) {
      const own = wordEntry(scorer, cache, sf.words[i], PART_OWN);
      const l1 = wordEntry(scorer, cache, wordAt(sf, i - 1), PART_LEFT1);
      const l2 = wordEntry(scorer, cache, wordAt(sf, i - 2), PART_LEFT2);
      const r1 = wordEntry(scorer, cache, wordAt(sf, i + 1), PART_RIGHT1);
      const r2 = wordEntry(scorer, cache, wordAt(sf, i + 2), PART_RIGHT2);
      const o = t * L;
      for (let l = 0; l < L; l++)
        E[o + l] = own[OWN + l] + l1[LEFT1 + l] + l2[LEFT2 + l] + r1[RIGHT1 + l] + r2[RIGHT2 + l];
      scorer.add(FEATS, contextFeatures(sf, i, FEATS, 0), E, o);
      for (let p = 0; p < L; p++) {
        if (t === 0 ? p !== OL : !fits(sf, i - 1, p)) continue;
        const at = (t * L + p) * L;
        for (let l = 0; l < L; l++) T[at + l] = own[TRANS + p * L + l] + CONST_T[c + p * L + l];
      }
      continue;
    }
    scorer.add(FEATS, baseFeatures(sf, i, FEATS), E, t * L);
    for (let p = 0; p < L; p++) {
      if (t === 0 ? p !== OL : !fits(sf, i - 1, p)) continue;
      const at = (t * L + p) * L;
      scorer.add(FEATS, transitionWordFeatures(sf.words[i], p, FEATS), T, at);
      for (let l = 0; l < L; l++) T[at + l] += CONST_T[c + p * L + l];
    }
  }
  // Forward.
  for (let t = 0; t < len; t++) {
    const i = a + t;
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      let arg = -1;
      if (fits(sf, i, l)) {
        if (t === 0) {
          if (ALLOWED[l] === 1) {
            best = T[l] + E[l];
            arg = OL;
          }
        } else {
          for (let p = 0; p < L; p++) {
            const prev = alpha[(t - 1) * L + p];
            if (prev === -Infinity || ALLOWED[p * L + l] === 0) continue;
            const v = prev + T[(t * L + p) * L + l];
            if (v > best) {
              best = v;
              arg = p;
            }
          }
          if (arg >= 0) best += E[t * L + l];
        }
      }
      alpha[t * L + l] = best;
      back[t * L + l] = arg;
    }
  }
  let end = OL;
  for (let l = 0; l < L; l++) if (alpha[(len - 1) * L + l] > alpha[(len - 1) * L + end]) end = l;
  for (let t = len - 1; t >= 0; t--) {
    labels[a + t] = end;
    end = back[t * L + end];
  }
  if (!margins) return;
  // Backward, for max-marginals: the best total score of any labelling that puts label l on token t.
  for (let l = 0; l < L; l++) beta[(len - 1) * L + l] = 0;
  for (let t = len - 2; t >= 0; t--) {
    for (let l = 0; l < L; l++) {
      let best = -Infinity;
      for (let q = 0; q < L; q++) {
        const next = alpha[(t + 1) * L + q];
        if (next === -Infinity || ALLOWED[l * L + q] === 0) continue;
        const v = T[((t + 1) * L + l) * L + q] + E[(t + 1) * L + q] + beta[(t + 1) * L + q];
        if (v > best) best = v;
      }
      beta[t * L + l] = best;
    }
  }
  for (let t = 0; t < len; t++) {
    const chosen = labels[a + t];
    const top = alpha[t * L + chosen] + beta[t * L + chosen];
    let second = -Infinity;
    for (let l = 0; l < L; l++) if (l !== chosen) second = Math.max(second, alpha[t * L + l] + beta[t * L + l]);
    margins[a + t] = top - second;
  }
}

/** Labels (and margins) of a whole sentence: its scored stretches decoded one by one, everything else (and `settled` tokens) O. */
export function decodeSentence(
  scorer: Scorer,
  sf: SentenceFeatures,
  labels: Uint8Array,
  margins: Float32Array | null,
  settled?: Uint8Array,
): void {
  labels.fill(O, 0, sf.n);
  if (margins) margins.fill(Infinity, 0, sf.n);
  const act = activeTokens(sf);
  if (settled) for (let i = 0; i < sf.n; i++) if (settled[i]) act[i] = 0;
  // Fixed weights (a loaded model) give fixed scores: computed once per model, not per sentence.
  const fixed = scorer.wordCache ? CONST_BY_MODEL.get(scorer) : undefined;
  if (fixed) CONST_T.set(fixed);
  else {
    CONST_T.fill(0);
    for (let initial = 0; initial < 2; initial++)
      for (let p = 0; p < L; p++)
        scorer.add(FEATS, transitionConstFeatures(p, initial, FEATS), CONST_T, (initial * L + p) * L);
    if (scorer.wordCache) CONST_BY_MODEL.set(scorer, Float64Array.from(CONST_T));
  }
  for (let i = 0; i < sf.n; ) {
    if (!act[i]) {
      i++;
      continue;
    }
    let j = i;
    while (j < sf.n && act[j]) j++;
    decodeChunk(scorer, sf, i, j, labels, margins);
    i = j;
  }
}
