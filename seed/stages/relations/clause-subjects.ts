// Whose clause it is: the clause rule (clause-predicates.ts) reads the predicate between neighbouring mentions, the
// first taken as the subject. That is wrong or short when the first mention stands inside something said of another:
// - a modifier closed by a comma: "Microsoft, which backs OpenAI, sued Google", "Jensen Huang, the chief executive of
//   Nvidia, met Xi" — the verb after the closing comma is the head's (Microsoft sued, Huang met), never the inner
//   mention's; a relative clause with no mention inside ("Huang, who founded the firm in 1993, met Xi") is read past;
// - a coordinated verb phrase: "Nvidia met Huawei and praised Alibaba" — the second verb shares the first's subject;
//   "Nvidia designs chips and sells them to Alibaba" too, with no mention after the first verb;
// - a prepositional modifier: "Rep. Mike Johnson of Louisiana leads the House" — the subject is the name the
//   "of"/"from"/"at"/"in" phrase modifies.
import { lemmaOf, readPredicate, type Predicate } from '../text/predicates.ts';
import { lexTags } from '../text/lexicon.ts';
import { finiteVerb, ORG, type M, type RelationContext } from './relation-context.ts';

/** What the subject of the pair (groups[gi], groups[gi + 1]) is, when it is not groups[gi]. */
export type SubjectReading =
  /** The predicate `p` is said of `subj` (whose last member `x` stands for it in provenance and attribution). */
  | { subj: M[]; x: M; p: Predicate }
  /** The pair's own reading would be wrong (the verb after the comma is another name's) and none replaces it. */
  | null
  /** Nothing to say: read the pair as it stands. */
  | undefined;

/** ", which backs " / ", who founded " / ", the chief executive of " / ", a rival of ": a modifier opening after a
 * name, with no comma inside and no verb that would make it a clause of its own (a relative pronoun aside). */
const RELATIVE = /^\s*,\s*(?:who|which)\s/;
const APPOSITIVE = /^\s*,\s*(?:the|a|an|its|his|her|their|one|another|now|then|also|former|chief|senior)\s/i;

function modifierGap(ctx: RelationContext, gap: string): boolean {
  if (/[,;:()"\u201c\u201d\u2014]/.test(gap.replace(/^\s*,/, '')) || gap.length > 90) return false;
  if (RELATIVE.test(gap)) return true;
  if (!APPOSITIVE.test(gap)) return false;
  // "Keith Hutto, a plumbing contractor who attended the rally with Mr. Moody,": a relative clause inside it is its own.
  return !gap
    .replace(/\s(?:who|which|that)\s.*$/, ' ')
    .trim()
    .split(/\s+/)
    .some((w) => /^[a-z]/.test(w) && verbForm(ctx, w) && !ctx.vocab.nouns.has(w) && !ctx.words('roleTitles').has(w));
}

/** The words of a predicate that comes after a modifier's closing comma: ", met ", " in 1993, sued ". The part before
 * the comma is the modifier's tail (no verb, at most six words). */
function afterClosingComma(gap: string): string | undefined {
  const m = /^([^,;:()"\u201c\u201d]*),\s*([^,]*)$/.exec(gap);
  if (!m || m[1].trim().split(/\s+/).filter(Boolean).length > 6) return undefined;
  if (
    m[1]
      .trim()
      .split(/\s+/)
      .some((w) => /^[a-z]/.test(w) && finiteVerb(w))
  )
    return undefined;
  // "…, said Y" / ", according to": a speech tag or an attribution is no predicate of the head.
  if (!/^\s*[a-z]/.test(m[2])) return undefined;
  return ` ${m[2]}`;
}

/** A finite verb: one the lexicon tags so ("met", "says"), or an -ed or -s form of a verb the vocabulary or the lexicon
 * knows by its base ("criticized", "backs"). */
function verbForm(ctx: RelationContext, w: string): boolean {
  if (finiteVerb(w)) return true;
  if (!/(?:ed|s)$/.test(w)) return false;
  if (ctx.vocab.verbs.get(w)?.some((f) => f.words.length === 1 || f.preposition)) return true;
  const lemma = lemmaOf(w);
  return !!lemma && lexTags(lemma) === 'Infinitive';
}

/** A past participle and a preposition: "based in", "led by", "owned by", "located at". */
const REDUCED = /^\s*[a-z]+(?:ed|wn|lt)\s+(?:in|by|at|on|near|outside|inside)\b/;

/** A verb phrase that opens with a finite verb after adverbs and auxiliaries: "praised ", "also signed a deal with ". */
function opensVerbPhrase(ctx: RelationContext, rest: string): boolean {
  for (const w of rest.trim().split(/\s+/)) {
    const b = w.toLowerCase();
    if (b !== 'to' && (ctx.words('adverbs').has(b) || ctx.words('auxiliaries').has(b) || /ly$/.test(b))) continue;
    return verbForm(ctx, b) && !ctx.words('breaks').has(b);
  }
  return false;
}

const VERB_SHAPES = new Set(['verb', 'light-verb', 'generic']);

export function subjectReading(ctx: RelationContext, groups: M[][], gi: number, between: string): SubjectReading {
  const { text } = ctx;
  const cur = groups[gi];
  const prev = groups[gi - 1];
  const lastOf = (g: M[]) => g[g.length - 1];
  const read = (words: string) => {
    const p = readPredicate(words, ctx.vocab);
    return p && VERB_SHAPES.has(p.shape) ? p : undefined;
  };
  // A relative clause with no mention inside, then the head's predicate: "Huang, who founded the firm in 1993, met Xi".
  const rel = /^(\s*,\s*(?:who|which)\s[^,;:()"\u201c\u201d]{1,80}),\s*([a-z][^,]*)$/.exec(between);
  if (rel) {
    if (!opensVerbPhrase(ctx, rel[2])) return null;
    const p = read(` ${rel[2]}`);
    return p ? { subj: cur, x: lastOf(cur), p } : null;
  }
  if (prev) {
    const gap = text.slice(lastOf(prev).end, cur[0].start);
    // The current group stands inside a modifier of the one before, which the comma closes.
    // "SMIC, China's largest chipmaker, makes chips for Huawei": a possessor that opens an apposition is inside it too.
    const possessorApposition = /^\s*,\s*$/.test(gap) && /^['\u2019]s\s/.test(between);
    if (/,/.test(between) && (modifierGap(ctx, gap) || possessorApposition)) {
      const words = afterClosingComma(between);
      if (words === undefined) return /^\s*,/.test(between) ? null : undefined;
      if (!opensVerbPhrase(ctx, words.replace(/^\s*(?:who|which)\s/, ' '))) return null;
      // "X, a lawyer for the Y Association, based in Tupelo": a participle and its preposition after the comma is a
      // reduced clause about the name inside, not the head's verb: the pair reads as it stands.
      if (REDUCED.test(words)) return undefined;
      const p = read(words);
      return p ? { subj: prev, x: lastOf(prev), p } : null;
    }
    // "Nvidia met Huawei and praised Alibaba": the current group is the object of the clause before it.
    const coord = /^\s*,?\s*and\s+(.+)$/s.exec(between);
    if (coord && opensVerbPhrase(ctx, coord[1])) {
      const first = readPredicate(gap, ctx.vocab);
      if (first && VERB_SHAPES.has(first.shape) && !first.passive) {
        const p = read(` ${coord[1]}`);
        if (p) return { subj: prev, x: lastOf(prev), p };
      }
      return undefined;
    }
    // "Mike Johnson of Louisiana leads the House": the subject is the name the prepositional phrase modifies.
    if (
      prev.length === 1 &&
      cur.length === 1 &&
      (prev[0].type === 'Person' || ORG.includes(prev[0].type)) &&
      /^\s+(?:of|from|at|in)\s+(?:the\s+)?$/.test(gap) &&
      opensVerbPhrase(ctx, between.replace(/^\s*,\s*(?:who|which)\s/, ' ')) &&
      !/\b(?:in|of|at|from|for|on|to|with|by)\s+(?:the\s+)?$/i.test(
        text.slice(Math.max(0, prev[0].start - 12), prev[0].start),
      )
    ) {
      const p = read(between);
      if (p) return { subj: prev, x: prev[0], p };
    }
  }
  // "Nvidia designs chips and sells them to Alibaba": two verb phrases of one subject, the object in the second.
  if (!readPredicate(between, ctx.vocab)) {
    const vp = /^(\s+[^,;:()"\u201c\u201d]*?)\s*,?\s+and\s+([^,;:()"\u201c\u201d]+)$/.exec(between);
    // Only a short first verb phrase, of a subject no clause word opens ("what he was talking about, and accused …").
    const short =
      vp && vp[1].trim().split(/\s+/).length <= 5 && !vp[1].split(/\s+/).some((w) => ctx.words('breaks').has(w));
    const embedded = /\b(?:what|that|which|who|whom|if|when|whether|because|as|how)\s+$/i.test(
      text.slice(Math.max(0, cur[0].start - 10), cur[0].start),
    );
    if (vp && short && !embedded && opensVerbPhrase(ctx, vp[1]) && opensVerbPhrase(ctx, vp[2])) {
      const p = read(` ${vp[2]}`);
      if (p) return { subj: cur, x: lastOf(cur), p };
    }
  }
  return undefined;
}
