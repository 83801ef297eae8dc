// A place that a "where" clause about another place names by its kind: "the state of Illinois, where Wendell Shauman
// farms land near the city of Galesburg", "Taiwan, where the city of Hsinchu hosts TSMC". The clause is about the place
// before it, so a place it calls "the city of", "the town of", … (relations.yaml placeNouns) lies within that place:
// PART_OF. Only a place named by its kind is read; a bare name there may be anywhere ("Arizona, where Huawei's Beijing
// office …").
import { outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

const WHERE = /^\s*,\s*where\b/i;

export function whereClauses(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  const placeNouns = ctx.words('placeNouns');
  for (const p of ms) {
    if (p.type !== 'Place' && p.type !== 'Country') continue;
    const opening = WHERE.exec(text.slice(p.end, Math.min(s.end, p.end + 12)));
    if (!opening) continue;
    const from = p.end + opening[0].length;
    // The clause ends at the sentence's end or a break a relative clause does not cross.
    const rest = text.slice(from, s.end);
    const stop = /[;:()"\u201c\u201d]|\s[\u2014\u2013]\s/.exec(rest);
    const end = stop ? from + stop.index : s.end;
    for (const q of ms) {
      if (q.start < from || q.end > end || q.type !== 'Place' || q.key === p.key) continue;
      const kind = /\bthe\s+(?:[\w-]+\s+)?(\w+)\s+of\s+$/i.exec(text.slice(Math.max(from, q.start - 40), q.start));
      if (kind && placeNouns.has(kind[1].toLowerCase()))
        ctx.add(q.key, 'PART_OF', p.key, s.si, 0.6, 'pattern:where-clause');
    }
  }
}
