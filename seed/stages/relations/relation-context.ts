// What every relation rule shares: the document's mentions per sentence, the relationships found so far, and the way to
// add one (kept when no stronger copy exists) or an entity a rule names (a country from a demonym, a meeting).
import type { RelationType } from '../../../core/graph-model.ts';
import type { Analysis, Entity, Mention, Relation } from '../../analysis.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { relationVocabulary, type RelationVocabulary } from '../../lexicon/relation-vocabulary.ts';
import { isCountryWord, isDemonym, lexTags } from '../text/lexicon.ts';
import { entityKey, textRange } from '../text/stage-context.ts';

/** A resolved mention with its entity key and normalized offsets. */
export interface M {
  m: Mention;
  key: string;
  type: string;
  start: number;
  end: number;
}

/** One sentence as the rules read it: its index in `a.sentences`, normalized range and mentions in text order. */
export interface SentenceView {
  si: number;
  index: number;
  start: number;
  end: number;
  ms: M[];
}

export type RelationProperties = Relation['properties'];

export interface RelationContext {
  a: Analysis;
  g: Gazetteer;
  /** The normalized text. */
  text: string;
  vocab: RelationVocabulary;
  /** The vocabulary's word lists (relations.yaml `words`), by name; an absent list is empty. */
  words: (name: string) => Set<string>;
  entities: Entity[];
  byId: Map<string, Entity>;
  /** Relationships by `from|type|to`. */
  out: Map<string, Relation>;
  add: (
    from: string,
    type: RelationType,
    to: string,
    si: number,
    confidence: number,
    method: string,
    properties?: RelationProperties,
  ) => void;
  /** The id of the entity of that type and name, created when the document has none yet. */
  ensure: (type: Entity['type'], name: string, kind?: string) => string;
  /** `attributedTo` when both mentions sit inside one reported statement: the relationship is the speaker's claim. */
  attribution: (x: M, y: M) => Record<string, string>;
  /** The last sentence's subject, for a sentence that opens with "It". */
  prevSubject: M | null;
  /** Every sentence of the document, by `si`: a rule may read the one before (a label line, a greeting). */
  sentences: SentenceView[];
}

/** A past or present-tense verb form ("praised", "says"): a clause's verb, never a word of a title or a name's modifier. */
export function finiteVerb(w: string): boolean {
  const t = lexTags(w);
  const tags = Array.isArray(t) ? t : t ? [t] : [];
  return tags.includes('PastTense') || tags.includes('PresentTense');
}

/**
 * The country a nationality word names: the gazetteer's demonyms first ("Chinese", "U.S."), else a country the lexicon
 * knows that the word derives from by the regular English endings ("Indonesian" → Indonesia, "Philippine" →
 * Philippines, "Vietnamese" → Vietnam, "Israeli" → Israel, "Polish" → Poland); none for any other word.
 */
export function demonymCountry(g: Gazetteer, w: string): string | undefined {
  const known = g.demonyms.get(w);
  if (known) return g.byAlias.get(known)?.name ?? known;
  if (!/^\p{Lu}\p{Ll}{3,}$/u.test(w) || !isDemonym(w)) return undefined;
  const stem = (n: number) => w.slice(0, w.length - n);
  const cands = [`${w}s`, `${w}land`];
  for (const [end, repl] of [
    ['ian', ['a', 'ia', 'y', 'e', '']],
    ['an', ['', 'a', 'o']],
    ['ese', ['', 'a']],
    ['i', ['']],
    ['ish', ['and', 'ain', 'en', 'ey', 'land']],
    ['nish', ['land']],
    ['vian', ['']],
  ] as const)
    if (w.endsWith(end)) for (const r of repl) cands.push(stem(end.length) + r);
  return cands.find((c) => isCountryWord(c) || g.byAlias.get(c)?.type === 'Country');
}

/** Two names that differ only in case, punctuation or spacing ("U.S." and "US" aside: those are aliases). */
export function sameName(x: string, y: string): boolean {
  const norm = (n: string) =>
    n
      .toLowerCase()
      .replace(/[^\p{L}\p{N}]+/gu, ' ')
      .trim();
  return norm(x) === norm(y);
}

export const ORG = ['Company', 'Organization'];
export const ACTOR = ['Company', 'Organization', 'Country', 'Person'];
export const THING = ['Chip', 'Model', 'ChipFamily', 'Policy', 'Company', 'Organization', 'Event'];

export function relationContext(a: Analysis, g: Gazetteer): RelationContext {
  const entities = [...a.entities];
  const byId = new Map(entities.map((e) => [e.id, e]));
  const out = new Map<string, Relation>();
  const vocab = relationVocabulary();
  const empty = new Set<string>();
  const statements = a.statements.map((st) => ({ st, ...textRange(a, st) }));
  const ctx: RelationContext = {
    a,
    g,
    text: a.text,
    vocab,
    words: (name) => vocab.words[name] ?? empty,
    entities,
    byId,
    out,
    prevSubject: null,
    sentences: [],
    add(from, type, to, si, confidence, method, properties) {
      // A described speaker's mentions ("officials", "they" for them) carry a key no entity has: no relationship ends there.
      if (from === to || !byId.has(from) || !byId.has(to)) return;
      // Two entities of one name ("European Union" the organization and the country) are one thing, never related.
      if (sameName(byId.get(from)!.name, byId.get(to)!.name)) return;
      const k = `${from}|${type}|${to}`;
      if (out.has(k) && out.get(k)!.provenance.confidence >= confidence) return;
      const s = a.sentences[si];
      const start = s.start;
      const end = s.end;
      const r: Relation = {
        from,
        type,
        to,
        provenance: {
          docId: a.doc.id,
          sentence: s.index,
          start,
          end,
          evidence: a.doc.raw.slice(start, end),
          confidence,
          method,
        },
      };
      if (properties && Object.keys(properties).length) r.properties = properties;
      out.set(k, r);
    },
    ensure(type, name, kind) {
      const id = entityKey(type, name);
      if (!byId.has(id)) {
        const e: Entity = { id, type, name, aliases: [], roles: [], mentions: [] };
        if (kind) e.kind = kind;
        entities.push(e);
        byId.set(id, e);
      }
      return id;
    },
    attribution(x, y) {
      const st = statements.find((z) => z.start <= x.start && y.end <= z.end);
      const out: Record<string, string> = {};
      // A described speaker ("officials said") is no entity: the claim is attributed only to a named one.
      if (st && !st.st.describedSpeaker) out.attributedTo = st.st.speaker;
      return out;
    },
  };
  return ctx;
}

/**
 * An event a rule reads in a sentence: the Event entity of that name (created when the document has none), the text from
 * `start` to `end` (normalized offsets) as one of its mentions, that wording as an alias when it reads otherwise, and the
 * mention as the sentence view sees it, for the rule to join to the sentence's mentions.
 */
export function eventMention(
  ctx: RelationContext,
  s: SentenceView,
  name: string,
  start: number,
  end: number,
  method: string,
): M {
  const { a, byId } = ctx;
  const id = ctx.ensure('Event', name);
  const ev = byId.get(id)!;
  const rawStart = a.toRaw(start);
  const rawEnd = a.toRaw(end);
  const text = a.doc.raw.slice(rawStart, rawEnd);
  if (!ev.mentions.some((x) => x.start === rawStart)) ev.mentions.push({ start: rawStart, end: rawEnd, text });
  // The wording the text uses is an alias of the event's name, as a named entity's other spellings are.
  const said = text.replace(/\s+/g, ' ');
  if (said !== ev.name && !ev.aliases.includes(said)) ev.aliases.push(said);
  const m: Mention = { start: rawStart, end: rawEnd, text, type: 'Event', entityKey: id, sentence: s.index, method };
  return { m, key: id, type: 'Event', start, end };
}

/**
 * The mentions of a sentence without those inside a policy's or an event's phrase: "the ban on chip sales to China hurt
 * Nvidia" says the ban hurt Nvidia, not China. The policy and event rules read the nested ones themselves.
 */
export function outerMentions(ms: M[]): M[] {
  const phrases = ms.filter((z) => z.type === 'Policy' || z.type === 'Event');
  if (!phrases.length) return ms;
  return ms.filter(
    (x) => !phrases.some((p) => p !== x && p.start <= x.start && x.end <= p.end && p.end - p.start > x.end - x.start),
  );
}

/** The sentences with their mentions, in text order ("It" at a sentence's start stands for the last one's subject). */
export function sentenceViews(a: Analysis): SentenceView[] {
  const bySentence = new Map<number, M[]>();
  for (const m of a.mentions) {
    if (!m.entityKey) continue;
    const x: M = { m, key: m.entityKey, type: m.type, ...textRange(a, m) };
    const list = bySentence.get(m.sentence);
    if (list) list.push(x);
    else bySentence.set(m.sentence, [x]);
  }
  return a.sentences.map((s, si) => {
    const r = textRange(a, s);
    const ms = withAcronyms(
      a.text,
      (bySentence.get(s.index) ?? [])
        .filter((x) => x.start >= r.start && x.end <= r.end)
        .sort((x, y) => x.start - y.start || y.end - x.end),
    );
    return { si, index: s.index, ...r, ms };
  });
}

/**
 * "Taiwan Semiconductor Manufacturing Company (TSMC) CEO C.C. Wei", "the Center for Strategic and International Studies
 * (CSIS), a think tank in Washington": a name's own acronym in brackets right after it is part of that mention, so the
 * words after the bracket (a title, an apposition, a verb) stand right after the name for every rule.
 */
export function withAcronyms(text: string, ms: M[]): M[] {
  const out: M[] = [];
  for (const m of ms) {
    const prev = out[out.length - 1];
    if (
      prev &&
      prev.key === m.key &&
      /^\s*\($/.test(text.slice(prev.end, m.start)) &&
      text[m.end] === ')' &&
      !out.some((z) => z !== prev && z.start <= prev.start && prev.end <= z.end)
    ) {
      out[out.length - 1] = { ...prev, end: m.end + 1 };
      continue;
    }
    out.push(m);
  }
  return out;
}
