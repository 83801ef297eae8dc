// Ranks an entity against a search text: exact > prefix > word-prefix > substring > one typo per word; pure, no I/O.

/** How a name or alias matched, best first. */
export const MATCH_KINDS = ['exact', 'prefix', 'word-prefix', 'substring', 'typo'] as const;
export type MatchKind = (typeof MATCH_KINDS)[number];

const KIND_SCORE: Record<MatchKind, number> = {
  exact: 100,
  prefix: 80,
  'word-prefix': 60,
  substring: 40,
  typo: 20,
};
const ALIAS_PENALTY = 5; // an alias match ranks just below the same kind of match on the name
const MIN_TYPO_LENGTH = 4; // shorter words are too easily one edit away from anything ("amd" → "and")

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

/**
 * True when a and b are at most one edit apart (insert, delete, substitute, or swap two neighbours:
 * Damerau–Levenshtein distance ≤ 1), in one pass without a distance matrix.
 */
export function withinOneEdit(a: string, b: string): boolean {
  if (a === b) return true;
  const la = a.length;
  const lb = b.length;
  if (Math.abs(la - lb) > 1) return false;
  let i = 0;
  while (i < la && i < lb && a.charCodeAt(i) === b.charCodeAt(i)) i++;
  if (la === lb) {
    // Substitution: the rest after i+1 equal; transposition: a[i]a[i+1] = b[i+1]b[i] and the rest equal.
    if (a.slice(i + 1) === b.slice(i + 1)) return true;
    return i + 1 < la && a[i] === b[i + 1] && a[i + 1] === b[i] && a.slice(i + 2) === b.slice(i + 2);
  }
  // Insertion or deletion: skip one character of the longer string.
  return la > lb ? a.slice(i + 1) === b.slice(i) : a.slice(i) === b.slice(i + 1);
}

/** Every query word is the start of a different word of the target (any order). */
function wordPrefixMatch(queryWords: string[], targetWords: string[], allowTypo: boolean): boolean {
  const used = new Set<number>();
  for (const q of queryWords) {
    let found = -1;
    for (let k = 0; k < targetWords.length && found < 0; k++) {
      if (!used.has(k) && targetWords[k].startsWith(q)) found = k;
    }
    if (found < 0 && allowTypo && q.length >= MIN_TYPO_LENGTH) {
      for (let k = 0; k < targetWords.length && found < 0; k++) {
        if (used.has(k)) continue;
        const t = targetWords[k];
        // A whole word one edit away, or the start of a word one edit away (the user is still typing).
        if (withinOneEdit(q, t) || (t.length > q.length && withinOneEdit(q, t.slice(0, q.length)))) found = k;
      }
    }
    if (found < 0) return false;
    used.add(found);
  }
  return true;
}

/** How one normalized target matches the normalized query, or null; kinds not better than `mustBeat` are not tried. */
export function matchKind(query: string, target: string, mustBeat?: MatchKind): MatchKind | null {
  if (!query || !target) return null;
  if (target === query) return 'exact';
  if (mustBeat === 'exact' || mustBeat === 'prefix') return null;
  if (target.startsWith(query)) return 'prefix';
  if (mustBeat !== undefined && mustBeat !== 'typo') {
    // Only exact or prefix could beat a word-prefix or substring match already found elsewhere.
    return null;
  }
  if (!query.includes(' ')) {
    // One word: native string searches decide without splitting the target (the index ranks thousands per query).
    if (target.includes(` ${query}`)) return 'word-prefix';
    if (target.includes(query) || (target.includes(' ') && target.replace(/ /g, '').includes(query))) return 'substring';
    return mustBeat === undefined && query.length >= MIN_TYPO_LENGTH && wordPrefixMatch([query], tokens(target), true) ? 'typo' : null;
  }
  const q = tokens(query);
  const t = tokens(target);
  if (wordPrefixMatch(q, t, false)) return 'word-prefix';
  if (target.includes(query) || target.replace(/ /g, '').includes(query.replace(/ /g, ''))) return 'substring';
  if (mustBeat === undefined && wordPrefixMatch(q, t, true)) return 'typo';
  return null;
}

/** The best match of the query over the entity's name and aliases; `query` must already be normalized. */
export function rankEntity(query: string, entity: Rankable): Ranked | null {
  let best: Ranked | null = null;
  const consider = (text: string, norm: string, field: 'name' | 'alias') => {
    // An alias must match by a better kind than the best so far to rank higher (it carries a penalty).
    const kind = matchKind(query, norm, best?.kind);
    if (!kind) return;
    const score = KIND_SCORE[kind] - (field === 'alias' ? ALIAS_PENALTY : 0);
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
