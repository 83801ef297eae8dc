// A bill's sponsors, in the way a congressional bill's own text names them: "Mr. Stanton (for himself and Mr. Issa)
// introduced the following bill; which was referred to …". The bill is the one the text later names by its short
// title ("This Act may be cited as the ``… Act of 2026''"), else the next policy it names; every person before the
// verb backs it (BACKED_BY, from the bill). The words are data: relations.yaml `sponsorVerbs`, `billNouns`.
import type { M, RelationContext, SentenceView } from './relation-context.ts';

/** "may be cited as": the sentence that names the bill by its short title. */
const CITED_AS = /\b(?:may|shall)\s+be\s+cited\s+as\b/;

function billOf(ctx: RelationContext, s: SentenceView): M | undefined {
  const later = ctx.sentences.filter((x) => x.si > s.si);
  const policy = (x: SentenceView) => x.ms.find((m) => m.type === 'Policy' && !m.m.anaphor);
  for (const x of later) if (CITED_AS.test(ctx.text.slice(x.start, x.end)) && policy(x)) return policy(x);
  for (const x of later) if (policy(x)) return policy(x);
  return undefined;
}

export function billSponsors(ctx: RelationContext, s: SentenceView): void {
  const verbs = [...ctx.words('sponsorVerbs')].join('|');
  const nouns = [...ctx.words('billNouns')].join('|');
  if (!verbs || !nouns) return;
  const sentence = ctx.text.slice(s.start, s.end);
  const hit = new RegExp(String.raw`\b(?:${verbs})\s+the\s+following\s+(?:${nouns})\b`).exec(sentence);
  if (!hit) return;
  const at = s.start + hit.index;
  const sponsors = s.ms.filter((m) => m.type === 'Person' && !m.m.anaphor && m.end <= at);
  if (!sponsors.length) return;
  const bill = billOf(ctx, s);
  if (!bill) return;
  // The first name is the sponsor; any other, inside its "(for himself and …)", a cosponsor.
  for (const p of sponsors)
    ctx.add(bill.key, 'BACKED_BY', p.key, s.si, 0.8, 'pattern:bill-sponsors', {
      role: p === sponsors[0] ? 'sponsor' : 'cosponsor',
    });
}
