// Two parties that share a relationship as one subject: "Arizona and Taiwan shared a robust partnership", "Nvidia and
// AMD are rivals", "the two leaders held talks" after naming them is not read (no list). A coordinated list of names,
// a light verb or the copula, and a noun of a symmetric vocabulary entry (partnership, deal, talks, rivals, …) with no
// other party after it: one relationship between each pair of the list. Also a symmetric verb without its object ("Nvidia
// and AMD compete in …", "the United States and China must work together"), a verb that takes the shared noun ("both A
// and B need to manage competition"), and "both countries" standing for the two countries named before in the sentence.
import type { RelationEntry } from '../../lexicon/relation-vocabulary.ts';
import { matchesOf } from '../text/matches.ts';
import { listGroups } from './clause-predicates.ts';
import { ACTOR, type M, outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

const PARTIES = [...ACTOR, 'Place'];
const cache = new WeakMap<object, Map<string, RelationEntry>>();
const skipCache = new WeakMap<object, Set<string>>();
const verbCache = new WeakMap<object, Map<string, { entry: RelationEntry; lemma: string }>>();

/** Symmetric entries' verbs whose object follows "with" or "against" ("compete with"), by their inflected head. */
function symmetricVerbs(ctx: RelationContext): Map<string, { entry: RelationEntry; lemma: string }> {
  let m = verbCache.get(ctx.vocab);
  if (!m) {
    m = new Map();
    for (const forms of ctx.vocab.verbs.values())
      for (const f of forms)
        if (f.entry.symmetric && f.words.length === 2 && (f.words[1] === 'with' || f.words[1] === 'against'))
          m.set(f.words[0], { entry: f.entry, lemma: f.lemma.split(/\s+/)[0] });
    verbCache.set(ctx.vocab, m);
  }
  return m;
}

/** The symmetric entries' nouns by their head word, singular and plural ("partnership", "talks", "rivals"). */
function symmetricNouns(ctx: RelationContext): Map<string, RelationEntry> {
  let m = cache.get(ctx.vocab);
  if (!m) {
    m = new Map();
    const skip = ctx.words('jointNounsNot');
    for (const forms of ctx.vocab.nouns.values())
      for (const f of forms) if (f.entry.symmetric && !skip.has(f.words[0])) m.set(f.words[0], f.entry);
    cache.set(ctx.vocab, m);
  }
  return m;
}

/** Words read past between the list and its verb (auxiliaries, adverbs, determiners): one set per vocabulary. */
function skippedWords(ctx: RelationContext): Set<string> {
  let s = skipCache.get(ctx.vocab);
  if (!s) {
    s = new Set([...ctx.words('auxiliaries'), ...ctx.words('adverbs'), ...ctx.words('determiners')]);
    skipCache.set(ctx.vocab, s);
  }
  return s;
}

/** The symmetric relationship the words after a joint subject state, when no other party follows it. */
function jointPredicate(ctx: RelationContext, after: string): RelationEntry | undefined {
  const nouns = symmetricNouns(ctx);
  const verbs = symmetricVerbs(ctx);
  const light = ctx.words('lightVerbs');
  const nounVerbs = ctx.words('jointNounVerbs');
  const bridges = ctx.words('jointBridges');
  const together = ctx.words('jointVerbsTogether');
  const be = ctx.words('be');
  const skip = skippedWords(ctx);
  const toks = after.toLowerCase().split(/\s+/).filter(Boolean);
  let i = 0;
  let wished = false;
  while (i < toks.length && (skip.has(toks[i]) || bridges.has(toks[i]))) {
    if (bridges.has(toks[i]) && toks[i] !== 'to') wished = true;
    i++;
  }
  // "are competing": the copula before a participle.
  if (be.has(toks[i]) && verbs.has(toks[i + 1] ?? '')) i++;
  const verb = toks[i]?.replace(/[.,;:]$/, '') ?? '';
  const read = verbs.get(verb);
  if (read) {
    // "A and B must work together" asks for the relationship, it does not state it ("need to manage competition" does:
    // the noun names one that exists).
    if (wished) return undefined;
    const next = (toks[i + 1] ?? '').replace(/[.,;:]$/, '');
    if (together.has(read.lemma) ? next === 'together' : !/^(?:with|against|to|from)$/.test(next)) return read.entry;
    return undefined;
  }
  if (!light.has(verb) && !be.has(verb) && !nounVerbs.has(verb)) return undefined;
  let j = i + 1;
  for (; j < toks.length && j <= i + 5; j++) {
    const entry = nouns.get(toks[j].replace(/[.,;:]$/, ''));
    // "… signed a deal with Huawei": another party follows; the clause rule reads that one.
    if (entry) return /^(?:with|to|against|between|from)$/.test(toks[j + 1] ?? '') ? undefined : entry;
    if (/[.,;:]$/.test(toks[j])) break;
  }
  return undefined;
}

function addPairs(ctx: RelationContext, s: SentenceView, g: M[], entry: RelationEntry): void {
  for (let a = 0; a < g.length; a++)
    for (let b = a + 1; b < g.length; b++)
      if (g[a].key !== g[b].key)
        ctx.add(g[a].key, entry.type, g[b].key, s.si, 0.65, 'pattern:joint-subject', ctx.attribution(g[a], g[b]));
}

const BOTH = /\bboth\s+([a-z]+)\b/gi;

export function jointSubjects(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  for (const g of listGroups(ms, text)) {
    if (g.length < 2 || !g.every((m) => PARTIES.includes(m.type))) continue;
    const last = g[g.length - 1];
    const next = ms.find((m) => m.start >= last.end);
    const after = text.slice(last.end, Math.min(s.end, next ? next.start : s.end, last.end + 80));
    const entry = jointPredicate(ctx, after);
    if (entry) addPairs(ctx, s, g, entry);
  }
  // "…, and both countries are competing": the two parties of the noun's types named before it in the sentence.
  const sentence = text.slice(s.start, s.end);
  for (const hit of matchesOf(BOTH, sentence)) {
    const types = ctx.words(`jointAnaphors.${hit[1].toLowerCase()}`);
    if (!types.size) continue;
    const at = s.start + hit.index + hit[0].length;
    const before = ms.filter(
      (m) => m.end <= s.start + hit.index && [...types].some((t) => t.toLowerCase() === m.type.toLowerCase()),
    );
    const parties = [...new Map(before.map((m) => [m.key, m])).values()];
    if (parties.length !== 2) continue;
    const next = ms.find((m) => m.start >= at);
    const entry = jointPredicate(ctx, text.slice(at, Math.min(s.end, next ? next.start : s.end, at + 80)));
    if (entry) addPairs(ctx, s, parties, entry);
  }
}
