// Ranks an entity against a search text: exact > prefix > word-prefix > substring > one typo per word > most words; pure, no I/O.

/** How a name or alias matched, best first. */
import { MATCH_KINDS } from '../../core/wire.ts';

export { MATCH_KINDS };
export type MatchKind = (typeof MATCH_KINDS)[number];

const KIND_SCORE: Record<MatchKind, number> = {
  exact: 100,
  prefix: 80,
  'word-prefix': 60,
  substring: 40,
  typo: 20,
  'most-words': 10, // all but one of three or more words ("Biden export rule" finds "Biden administration export restrictions")
};
const ALIAS_PENALTY = 5; // an alias match ranks just below the same kind of match on the name
export const MIN_TYPO_LENGTH = 4; // shorter words are too easily one edit away from anything ("amd" → "and")

/** The score of a kind of match on a field: the order of results, best first. */
export function scoreOf(kind: MatchKind, field: 'name' | 'alias'): number {
  return KIND_SCORE[kind] - (field === 'alias' ? ALIAS_PENALTY : 0);
}

export interface Rankable {
  name: string;
  aliases: readonly string[];
  mentionCount: number;
  /** normalize(name) and normalize(alias) for each alias, when already computed (the name index keeps them). */
  normName?: string;
  normAliases?: readonly string[];
}

export interface Ranked {
  score: number;
  kind: MatchKind;
  /** The name or alias that matched, as written. */
  matched: string;
  field: 'name' | 'alias';
}

/** Lower case, accents stripped (NFD), punctuation as spaces, runs of spaces collapsed. */
export function normalize(text: string): string {
  return text
    .normalize('NFD')
    .replace(/\p{M}+/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

export function tokens(normalized: string): string[] {
  return normalized ? normalized.split(' ') : [];
}

/** a[from..] and b[from2..] are equal up to a's length `la` (b's length is implied); no slices, so no allocation. */
function tailEqual(a: string, i: number, la: number, b: string, j: number): boolean {
  for (; i < la; i++, j++) if (a.charCodeAt(i) !== b.charCodeAt(j)) return false;
  return true;
}

/**
 * True when a and the first `lb` characters of b are at most one edit apart (insert, delete, substitute, or swap two
 * neighbours: Damerau–Levenshtein distance ≤ 1), in one pass without a distance matrix or a slice.
 */
function withinOneEditOf(a: string, b: string, lb: number): boolean {
  const la = a.length;
  if (la - lb > 1 || lb - la > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    if (i === la) return true;
    // Substitution: the rest after i+1 equal; transposition: a[i]a[i+1] = b[i+1]b[i] and the rest equal.
    if (tailEqual(a, i + 1, la, b, i + 1)) return true;
    return (
      i + 1 < la &&
      a.charCodeAt(i) === b.charCodeAt(i + 1) &&
      a.charCodeAt(i + 1) === b.charCodeAt(i) &&
      tailEqual(a, i + 2, la, b, i + 2)
    );
  }
  // Insertion or deletion: skip one character of the longer string.
  return la > lb ? tailEqual(a, i + 1, la, b, i) : tailEqual(a, i, la, b, i + 1);
}

/** True when a and b are at most one edit apart (Damerau–Levenshtein distance ≤ 1). */
export function withinOneEdit(a: string, b: string): boolean {
  return a === b || withinOneEditOf(a, b, b.length);
}

/**
 * The typo rule for one query word against one target word: the whole word one edit away, or the start of a longer
 * word one edit away (the user is still typing). Words shorter than MIN_TYPO_LENGTH never match by typo.
 */
export function typoMatchesWord(q: string, t: string): boolean {
  if (q.length < MIN_TYPO_LENGTH) return false;
  return withinOneEditOf(q, t, t.length) || (t.length > q.length && withinOneEditOf(q, t, q.length));
}

/** The text without its spaces: a substring may run across words ("nvidiacorp" in "nvidia corp"). */
export function compact(normalized: string): string {
  return normalized.includes(' ') ? normalized.replace(/ /g, '') : normalized;
}

/** Every query word is the start of a different word of the target (any order), or with `allowTypo` one edit from one. */
export function wordPrefixMatch(queryWords: string[], targetWords: string[], allowTypo: boolean): boolean {
  const used = new Set<number>();
  for (const q of queryWords) {
    let found = -1;
    for (let k = 0; k < targetWords.length && found < 0; k++) {
      if (!used.has(k) && targetWords[k].startsWith(q)) found = k;
    }
    if (found < 0 && allowTypo) {
      for (let k = 0; k < targetWords.length && found < 0; k++)
        if (!used.has(k) && typoMatchesWord(q, targetWords[k])) found = k;
    }
    if (found < 0) return false;
    used.add(found);
  }
  return true;
}

const KIND_ORDER: Record<MatchKind, number> = {
  exact: 0,
  prefix: 1,
  'word-prefix': 2,
  substring: 3,
  typo: 4,
  'most-words': 5,
};

/**
 * How one normalized target matches the normalized query, or null; only kinds better than `mustBeat` are tried (an
 * alias needs a better kind than the best so far, since it ranks below the same kind on the name).
 */
export function matchKind(query: string, target: string, mustBeat?: MatchKind): MatchKind | null {
  if (!query || !target) return null;
  const tries = mustBeat === undefined ? MATCH_KINDS.length : KIND_ORDER[mustBeat]; // kinds tried: MATCH_KINDS[0..tries)
  if (target === query) return 'exact';
  if (tries <= 1) return null;
  if (target.startsWith(query)) return 'prefix';
  if (tries <= 2) return null;
  const oneWord = !query.includes(' ');
  // One word: native string searches decide without splitting the target (the index ranks many candidates per query).
  if (oneWord ? target.includes(` ${query}`) : wordPrefixMatch(tokens(query), tokens(target), false))
    return 'word-prefix';
  if (tries <= 3) return null;
  if (target.includes(query) || compact(target).includes(compact(query))) return 'substring';
  if (tries <= 4) return null;
  if (wordPrefixMatch(tokens(query), tokens(target), true)) return 'typo';
  if (tries <= 5) return null;
  return mostWordsMatch(tokens(query), tokens(target)) ? 'most-words' : null;
}

export const MOST_WORDS_MIN = 3; // query words needed before one may be left out

/**
 * A query of three or more words of which all but one start words of the target, in any order: people describe a
 * policy in their own words ("Biden export rule") while its name keeps the article's ("Biden administration export
 * restrictions").
 */
export function mostWordsMatch(queryWords: string[], targetWords: string[]): boolean {
  if (queryWords.length < MOST_WORDS_MIN) return false;
  for (let skip = 0; skip < queryWords.length; skip++) {
    if (
      wordPrefixMatch(
        queryWords.filter((_, i) => i !== skip),
        targetWords,
        false,
      )
    )
      return true;
  }
  return false;
}

/** The best match of the query over the entity's name and aliases; `query` must already be normalized. */
export function rankEntity(query: string, entity: Rankable): Ranked | null {
  let best: Ranked | null = null;
  const consider = (text: string, norm: string, field: 'name' | 'alias') => {
    // An alias must match by a better kind than the best so far to rank higher (it carries a penalty).
    const kind = matchKind(query, norm, best?.kind);
    if (!kind) return;
    const score = scoreOf(kind, field);
    if (!best || score > best.score) best = { score, kind, matched: text, field };
  };
  consider(entity.name, entity.normName ?? normalize(entity.name), 'name');
  entity.aliases.forEach((a, i) => consider(a, entity.normAliases?.[i] ?? normalize(a), 'alias'));
  return best;
}

/** Orders ranked hits: score, then more mentions, then the shorter name, then the name. */
export function compareRanked(a: { rank: Ranked; entity: Rankable }, b: { rank: Ranked; entity: Rankable }): number {
  return (
    b.rank.score - a.rank.score ||
    b.entity.mentionCount - a.entity.mentionCount ||
    a.entity.name.length - b.entity.name.length ||
    (a.entity.name < b.entity.name ? -1 : a.entity.name > b.entity.name ? 1 : 0)
  );
}
