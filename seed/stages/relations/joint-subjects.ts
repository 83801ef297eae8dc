// Two parties that share a relationship as one subject: "Arizona and Taiwan shared a robust partnership", "Nvidia and
// AMD are rivals", "the two leaders held talks" after naming them is not read (no list). A coordinated list of names,
// a light verb or the copula, and a noun of a symmetric vocabulary entry (partnership, deal, talks, rivals, …) with no
// other party after it: one relationship between each pair of the list.
import type { RelationEntry } from '../../lexicon/relation-vocabulary.ts';
import { listGroups } from './clause-predicates.ts';
import { ACTOR, outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

const PARTIES = [...ACTOR, 'Place'];
const cache = new WeakMap<object, Map<string, RelationEntry>>();
const skipCache = new WeakMap<object, Set<string>>();

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

export function jointSubjects(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const nouns = symmetricNouns(ctx);
  const light = ctx.words('lightVerbs');
  const be = ctx.words('be');
  const skip = skippedWords(ctx);
  const ms = outerMentions(s.ms);
  for (const g of listGroups(ms, text)) {
    if (g.length < 2 || !g.every((m) => PARTIES.includes(m.type))) continue;
    const last = g[g.length - 1];
    const next = ms.find((m) => m.start >= last.end);
    const after = text.slice(last.end, Math.min(s.end, next ? next.start : s.end, last.end + 80));
    const toks = after.toLowerCase().split(/\s+/).filter(Boolean);
    let i = 0;
    while (i < toks.length && skip.has(toks[i])) i++;
    if (!light.has(toks[i]) && !be.has(toks[i])) continue;
    let entry: RelationEntry | undefined;
    let j = i + 1;
    for (; j < toks.length && j <= i + 5; j++) {
      const w = toks[j].replace(/[.,;:]$/, '');
      entry = nouns.get(w);
      if (entry) break;
      if (/[.,;:]$/.test(toks[j])) break;
    }
    // "… signed a deal with Huawei": another party follows; the clause rule reads that one.
    if (!entry || /^(?:with|to|against|between)$/.test(toks[j + 1] ?? '')) continue;
    for (let a = 0; a < g.length; a++)
      for (let b = a + 1; b < g.length; b++)
        if (g[a].key !== g[b].key)
          ctx.add(g[a].key, entry.type, g[b].key, s.si, 0.65, 'pattern:joint-subject', ctx.attribution(g[a], g[b]));
  }
}
