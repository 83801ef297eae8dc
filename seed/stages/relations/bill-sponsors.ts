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

/** The verb pattern, built once per word lists (the vocabulary's sets are built once). */
let SPONSORED: { verbs: Set<string>; nouns: Set<string>; re: RegExp | null } | undefined;
function sponsoredPattern(ctx: RelationContext): RegExp | null {
  const verbSet = ctx.words('sponsorVerbs');
  const nounSet = ctx.words('billNouns');
  if (SPONSORED?.verbs !== verbSet || SPONSORED.nouns !== nounSet) {
    const verbs = [...verbSet].join('|');
    const nouns = [...nounSet].join('|');
    const re = verbs && nouns ? new RegExp(String.raw`\b(?:${verbs})\s+the\s+following\s+(?:${nouns})\b`) : null;
    SPONSORED = { verbs: verbSet, nouns: nounSet, re };
  }
  return SPONSORED.re;
}

export function billSponsors(ctx: RelationContext, s: SentenceView): void {
  const sentence = ctx.text.slice(s.start, s.end);
  // The pattern holds the word "following": a sentence without it is not read.
  if (!sentence.includes('following')) return;
  const re = sponsoredPattern(ctx);
  if (!re) return;
  const hit = re.exec(sentence);
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
