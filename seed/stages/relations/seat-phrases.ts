// "ASML is Europe's largest tech company, based in Veldhoven", "ASML is a Dutch company headquartered in Veldhoven",
// "ASML, Europe's largest tech company, is based in Veldhoven": a seat phrase (relations.yaml `seatParticiples` + "in")
// after a predicate noun or an apposition is said of the organization the clause is about — the nearest company or
// organization before it, read past places and possessives ("Europe's") and over a copula, but never across another
// verb, a clause break or a person (whose seat it would then be).
import { finiteVerb, ORG, outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

const BREAK = /[;:()"\u201c\u201d]|\s[\u2014\u2013]\s|\b(?:who|which|that|where|said|says|and|but|while)\b/i;

export function seatPhrases(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  const seat = ctx.words('seatParticiples');
  for (let k = 1; k < ms.length; k++) {
    const y = ms[k];
    if (y.type !== 'Place' && y.type !== 'Country') continue;
    const before = /,?\s*(?:(?:is|was|are|were)\s+)?([a-z]+)\s+in\s+(?:the\s+(?:city|town)\s+of\s+)?$/.exec(
      text.slice(Math.max(s.start, y.start - 50), y.start),
    );
    if (!before || !seat.has(before[1])) continue;
    const phrase = y.start - before[0].length;
    let j = k - 1;
    while (j >= 0 && (ms[j].type === 'Place' || ms[j].type === 'Country') && ms[j].end <= phrase) j--;
    const x = ms[j];
    if (!x || !ORG.includes(x.type)) continue;
    const gap = text.slice(x.end, phrase);
    if (gap.length > 90 || BREAK.test(gap)) continue;
    // "Nvidia staff based in Santa Clara": a name before a common noun only qualifies it; the seat is the noun's.
    if (gap.trim() && !/^\s*,/.test(gap) && !ctx.words('be').has(gap.trim().split(/\s+/)[0])) continue;
    // Only a copula may stand between: "ASML sued Intel, based in …" is Intel's seat, read as the nearest name already.
    const verbs = gap.match(/\b[a-z]+\b/g)?.filter((w) => finiteVerb(w) && !ctx.words('be').has(w)) ?? [];
    if (verbs.length) continue;
    ctx.add(x.key, 'BASED_IN', y.key, s.si, 0.65, 'pattern:seat-phrase', ctx.attribution(x, y));
  }
}
