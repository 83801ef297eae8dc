// An in-process index of entity names and aliases that collects the best matches first, tier by tier, and stops when it has enough.
//
// Why in process: the store's text index matches whole words only, so it cannot find "lutnik" for "Lutnick";
// scanning every name in Cypher costs tens of milliseconds at 100,000 entities.
//
// Why tiers: results are ordered by match kind, then mentions. Entities are kept in exactly that tie-break order, so
// within one kind of match the best are the lowest positions: a short prefix that matches thousands of names costs
// one binary search and a walk over positions, not the ranking of thousands. Lower tiers (substring, typo) run only
// when the higher ones have not filled the page. rankEntity (search-rank.ts) stays the one judge of how a hit matched.
import type { GraphNode } from '../../core/graph-store.ts';
import {
  compact,
  compareRanked,
  MIN_TYPO_LENGTH,
  MOST_WORDS_MIN,
  mostWordsMatch,
  normalize,
  rankEntity,
  tokens,
  typoMatchesWord,
  wordPrefixMatch,
  type Ranked,
} from './search-rank.ts';

export interface IndexedEntity {
  node: GraphNode;
  name: string;
  aliases: string[];
  type: string;
  mentionCount: number;
  normName: string;
  normAliases: string[];
}

export interface NameHit {
  entity: IndexedEntity;
  rank: Ranked;
}

const MIN_SUBSTRING = 3; // shorter texts are found by prefix; a substring of two letters is noise

export function toIndexedEntity(node: GraphNode): IndexedEntity {
  const p = node.properties;
  const name = typeof p.name === 'string' ? p.name : (node.id ?? '');
  const aliases = Array.isArray(p.aliases)
    ? p.aliases.filter((a): a is string => typeof a === 'string' && a.trim() !== '')
    : [];
  const type = typeof p.type === 'string' ? p.type : (node.labels.find((l) => l !== 'Entity') ?? 'Entity');
  const mentionCount = typeof p.mentionCount === 'number' ? p.mentionCount : 0;
  return { node, name, aliases, type, mentionCount, normName: normalize(name), normAliases: aliases.map(normalize) };
}

/** The order of results among equal scores (search-rank's compareRanked without the score): the index's positions. */
function byTieBreak(a: IndexedEntity, b: IndexedEntity): number {
  return (
    b.mentionCount - a.mentionCount || a.name.length - b.name.length || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0)
  );
}

/** Texts sorted by code unit, each with the position of its entity: a prefix is one contiguous range. */
class SortedTexts {
  readonly keys: string[];
  readonly owners: Uint32Array;

  constructor(pairs: { key: string; owner: number }[]) {
    pairs.sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : a.owner - b.owner));
    this.keys = pairs.map((p) => p.key);
    this.owners = Uint32Array.from(pairs, (p) => p.owner);
  }

  /** [lo, hi): the keys that start with `prefix`; those equal to it come first. */
  range(prefix: string): [number, number] {
    return rangeOf(this.keys, prefix);
  }

  /** The end of the keys equal to `key` in a range that starts at its lower bound. */
  exactEnd(key: string, lo: number, hi: number): number {
    let e = lo;
    while (e < hi && this.keys[e].length === key.length) e++;
    return e;
  }
}

/** Texts joined in entity order, for one native indexOf scan: the first hits found belong to the best entities. */
class Haystack {
  readonly text: string;
  readonly offsets: Uint32Array;
  readonly owners: Uint32Array;

  constructor(entries: { text: string; owner: number }[]) {
    this.offsets = new Uint32Array(entries.length + 1);
    this.owners = Uint32Array.from(entries, (e) => e.owner);
    let offset = 0;
    entries.forEach((e, k) => {
      this.offsets[k] = offset;
      offset += e.text.length + 1;
    });
    this.offsets[entries.length] = offset;
    // '\n' never occurs in a normalized text, so no match runs across two of them.
    this.text = entries.map((e) => `${e.text}\n`).join('');
  }

  /** The entry that holds character `at`. */
  entryAt(at: number): number {
    let lo = 0;
    let hi = this.owners.length;
    while (lo < hi) {
      const mid = (lo + hi) >>> 1;
      if (this.offsets[mid + 1] <= at) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  }
}

/** The state of one search: hits so far and the entities already taken (scratch arrays are reused between searches). */
interface Run {
  query: string;
  limit: number;
  allowed: Uint8Array | null;
  hits: NameHit[];
}

export class NameIndex {
  /** Entities in result order among equal scores: most mentioned, then the shorter name, then the name. */
  readonly entities: IndexedEntity[];
  private readonly typeOf: Uint16Array;
  private readonly typeIds = new Map<string, number>();
  private readonly names: SortedTexts;
  private readonly aliases: SortedTexts;
  /** Each name (alias) from its second word on: a one-word query that starts a later word is a prefix of one of these. */
  private readonly nameTails: SortedTexts;
  private readonly aliasTails: SortedTexts;
  private readonly nameHay: Haystack;
  private readonly aliasHay: Haystack;
  /** Distinct words of names and aliases, sorted, with the entities that use each (for multi-word and typo queries). */
  private readonly words: string[];
  private readonly wordOwners: Uint32Array[];
  /** Per-entity stamp of the search that took it into its hits, so nothing is cleared between searches. */
  private readonly taken: Uint32Array;
  /** How many query words an entity has matched so far (ownersMatchingAll); left all zero after each use. */
  private readonly level: Uint16Array;
  private stamp = 0;

  constructor(entities: IndexedEntity[]) {
    this.entities = [...entities].sort(byTieBreak);
    const n = this.entities.length;
    this.typeOf = new Uint16Array(n);
    this.taken = new Uint32Array(n);
    this.level = new Uint16Array(n);
    const names: { key: string; owner: number }[] = [];
    const aliases: { key: string; owner: number }[] = [];
    const nameTails: { key: string; owner: number }[] = [];
    const aliasTails: { key: string; owner: number }[] = [];
    const nameHay: { text: string; owner: number }[] = [];
    const aliasHay: { text: string; owner: number }[] = [];
    const byWord = new Map<string, number[]>();
    this.entities.forEach((e, owner) => {
      let t = this.typeIds.get(e.type);
      if (t === undefined) this.typeIds.set(e.type, (t = this.typeIds.size));
      this.typeOf[owner] = t;
      const texts = [e.normName, ...e.normAliases];
      texts.forEach((text, k) => {
        if (!text) return;
        (k === 0 ? names : aliases).push({ key: text, owner });
        (k === 0 ? nameHay : aliasHay).push({ text: compact(text), owner });
        for (let at = text.indexOf(' '); at >= 0; at = text.indexOf(' ', at + 1))
          (k === 0 ? nameTails : aliasTails).push({ key: text.slice(at + 1), owner });
        for (const w of tokens(text)) {
          const list = byWord.get(w);
          if (!list) byWord.set(w, [owner]);
          else if (list[list.length - 1] !== owner) list.push(owner);
        }
      });
    });
    this.names = new SortedTexts(names);
    this.aliases = new SortedTexts(aliases);
    this.nameTails = new SortedTexts(nameTails);
    this.aliasTails = new SortedTexts(aliasTails);
    this.nameHay = new Haystack(nameHay);
    this.aliasHay = new Haystack(aliasHay);
    this.words = [...byWord.keys()].sort();
    this.wordOwners = this.words.map((w) => Uint32Array.from(byWord.get(w)!));
  }

  get size(): number {
    return this.entities.length;
  }

  /** Ranked matches, best first; `types` keeps only entities of those types. */
  search(text: string, options: { limit: number; types?: readonly string[] }): NameHit[] {
    const query = normalize(text);
    if (!query || options.limit <= 0) return [];
    let allowed: Uint8Array | null = null;
    if (options.types?.length) {
      allowed = new Uint8Array(this.typeIds.size);
      for (const t of options.types) {
        const id = this.typeIds.get(t);
        if (id !== undefined) allowed[id] = 1;
      }
    }
    if (++this.stamp === 0xffffffff) {
      this.taken.fill(0); // once in four billion searches
      this.stamp = 1;
    }
    const run: Run = { query, limit: options.limit, allowed, hits: [] };
    this.collect(run);
    return run.hits.sort(compareRanked).slice(0, options.limit);
  }

  /** Tiers best first; each returns true once the page is full, and every later tier ranks below it. */
  private collect(run: Run): void {
    const { query } = run;
    const queryWords = tokens(query);
    const [nlo, nhi] = this.names.range(query);
    const [alo, ahi] = this.aliases.range(query);
    if (this.takeRange(run, this.names, nlo, this.names.exactEnd(query, nlo, nhi))) return;
    if (this.takeRange(run, this.aliases, alo, this.aliases.exactEnd(query, alo, ahi))) return;
    if (this.takeRange(run, this.names, nlo, nhi)) return;
    if (this.takeRange(run, this.aliases, alo, ahi)) return;
    if (queryWords.length === 1) {
      if (this.takeRange(run, this.nameTails, ...this.nameTails.range(query))) return;
      if (this.takeRange(run, this.aliasTails, ...this.aliasTails.range(query))) return;
    } else if (
      this.takeMatching(run, this.ownersMatchingAll(queryWords, false), (t) =>
        wordPrefixMatch(queryWords, tokens(t), false),
      )
    )
      return;
    const bare = compact(query);
    if (bare.length >= MIN_SUBSTRING) {
      if (this.takeScan(run, this.nameHay, bare)) return;
      if (this.takeScan(run, this.aliasHay, bare)) return;
    }
    if (
      queryWords.some((w) => w.length >= MIN_TYPO_LENGTH) &&
      this.takeMatching(run, this.ownersMatchingAll(queryWords, true), (t) =>
        wordPrefixMatch(queryWords, tokens(t), true),
      )
    )
      return;
    if (queryWords.length >= MOST_WORDS_MIN) {
      // all but one word: the candidates of each leave-one-out, best (lowest position) first
      const owners = new Set<number>();
      for (let skip = 0; skip < queryWords.length; skip++)
        for (const o of this.ownersMatchingAll(
          queryWords.filter((_, i) => i !== skip),
          false,
        ))
          owners.add(o);
      this.takeMatching(run, Uint32Array.from([...owners]).sort(), (t) => mostWordsMatch(queryWords, tokens(t)));
    }
  }

  private admits(run: Run, owner: number): boolean {
    return this.taken[owner] !== this.stamp && (run.allowed === null || run.allowed[this.typeOf[owner]] === 1);
  }

  private take(run: Run, owner: number, rank: Ranked | null): void {
    this.taken[owner] = this.stamp;
    const entity = this.entities[owner];
    const r = rank ?? rankEntity(run.query, entity);
    if (r) run.hits.push({ entity, rank: r });
  }

  /**
   * One kind of match whose every new entity scores the same (the better ones were taken by earlier tiers, which ran
   * to the end): the best are the lowest positions, so only those that fill the page are kept.
   */
  private takeRange(run: Run, texts: SortedTexts, lo: number, hi: number): boolean {
    const need = run.limit - run.hits.length;
    const best: number[] = []; // the lowest new positions, ascending; at most `need`
    for (let k = lo; k < hi; k++) {
      const owner = texts.owners[k];
      if (!this.admits(run, owner)) continue;
      if (best.length === need && owner >= best[need - 1]) continue;
      let at = best.length;
      while (at > 0 && best[at - 1] > owner) at--;
      if (at > 0 && best[at - 1] === owner) continue; // the same entity by another alias
      best.splice(at, 0, owner);
      if (best.length > need) best.pop();
    }
    for (const owner of best) this.take(run, owner, null);
    return run.hits.length >= run.limit;
  }

  /** Substring: the haystack is in entity order, so the first new owners found are the best. */
  private takeScan(run: Run, hay: Haystack, needle: string): boolean {
    let from = 0;
    while (run.hits.length < run.limit) {
      const at = hay.text.indexOf(needle, from);
      if (at < 0) break;
      const entry = hay.entryAt(at);
      const owner = hay.owners[entry];
      if (this.admits(run, owner)) this.take(run, owner, null);
      from = hay.offsets[entry + 1]; // the rest of this text cannot add anything
    }
    return run.hits.length >= run.limit;
  }

  /**
   * Word-prefix (several words) or typo: the candidates, in entity order, are tested on the name, then on each alias
   * (an alias ranks below the name); every new entity that passes scores the same within a pass, so the first are the best.
   */
  private takeMatching(run: Run, owners: Uint32Array, matches: (text: string) => boolean): boolean {
    for (const field of ['name', 'alias'] as const) {
      for (let k = 0; k < owners.length && run.hits.length < run.limit; k++) {
        const owner = owners[k];
        if (!this.admits(run, owner)) continue;
        const e = this.entities[owner];
        if (field === 'name' ? matches(e.normName) : e.normAliases.some(matches)) this.take(run, owner, null);
      }
      if (run.hits.length >= run.limit) return true;
    }
    return false;
  }

  /**
   * Entities, ascending, that have for every query word a word starting with it (or, with `typos`, one edit from it):
   * a superset of those that match, counted word by word in a reused array.
   */
  private ownersMatchingAll(queryWords: string[], typos: boolean): Uint32Array {
    const level = this.level;
    const touched: number[] = [];
    queryWords.forEach((q, qi) => {
      const visit = (k: number) => {
        for (const owner of this.wordOwners[k]) {
          if (level[owner] !== qi) continue;
          level[owner] = qi + 1;
          if (qi === 0) touched.push(owner);
        }
      };
      const [lo, hi] = rangeOf(this.words, q);
      for (let k = lo; k < hi; k++) visit(k);
      if (typos && q.length >= MIN_TYPO_LENGTH) {
        for (let k = 0; k < this.words.length; k++)
          if ((k < lo || k >= hi) && typoMatchesWord(q, this.words[k])) visit(k);
      }
    });
    const all = queryWords.length;
    const out: number[] = [];
    for (const owner of touched) {
      if (level[owner] === all) out.push(owner);
      level[owner] = 0;
    }
    return Uint32Array.from(out).sort();
  }
}

function lowerBound(sorted: string[], key: string, from = 0): number {
  let lo = from;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid] < key) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** [lo, hi): the sorted strings that start with `prefix` (they sort before prefix + U+FFFF: two binary searches, no walk). */
function rangeOf(sorted: string[], prefix: string): [number, number] {
  const lo = lowerBound(sorted, prefix);
  return [lo, lowerBound(sorted, `${prefix}\uffff`, lo)];
}
