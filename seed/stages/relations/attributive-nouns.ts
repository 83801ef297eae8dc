// A name that qualifies a relational noun without "'s": "boost U.S. competitiveness against China" (COMPETES_WITH),
// "Nvidia sales to China" (SELLS_TO). Read as the possessive "X's competitiveness against Y"; the nouns are the
// vocabulary's (relations.yaml `nouns`). Only a country or an organization qualifies a noun this way.
import { readPredicate } from '../text/predicates.ts';
import { finiteVerb, ORG, outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

/** Lower-case words only between the two names, the last a preposition the noun takes: " competitiveness against ". */
const NOUN_GAP = /^\s+((?:[a-z][\w-]*\s+){1,4})$/;

export function attributiveNouns(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    if (y.start < x.end || x.m.anaphor || (x.type !== 'Country' && !ORG.includes(x.type))) continue;
    const gap = NOUN_GAP.exec(text.slice(x.end, y.start));
    if (!gap) continue;
    // "Nvidia restricted exports to China": a verb after the name makes it the clause's subject, not a qualifier.
    const first = gap[1].trim().split(/\s+/)[0];
    if (
      finiteVerb(first) ||
      ctx.words('negatingVerbs').has(first) ||
      readPredicate(` ${first} `, ctx.vocab)?.shape === 'verb'
    )
      continue;
    const p = readPredicate(`'s ${gap[1].trim()}`, ctx.vocab);
    if (!p?.entry || p.shape !== 'possessive') continue;
    const e = p.entry;
    if (!e.from.has(x.type as never) || !e.to.has(y.type as never)) continue;
    const [from, to] = e.reverse ? [y.key, x.key] : [x.key, y.key];
    ctx.add(from, e.type, to, s.si, 0.6, 'pattern:attributive-noun', { ...ctx.attribution(x, y), predicate: p.lemma });
  }
}
