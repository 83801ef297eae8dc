// "Trump restricted exports of Nvidia's H20 and AMD's MI308 chips to China", "Washington banned sales of the A100 to
// China", "Commerce allowed shipments of the H20 to China": a verb of the vocabulary with a trade noun as its object
// (relations.yaml `tradeNouns` + "of") acts on the chips and models the noun's "of" phrase lists (the first entry
// whose labels fit: RESTRICTS, PERMITS), and a restriction TARGETS the country after "to". The subject is the name
// right before the verb, with only the verb group between (negation and modality kept).
import { readPredicate } from '../text/predicates.ts';
import { ACTOR, type M, type RelationContext, type SentenceView } from './relation-context.ts';

const GOODS = ['Chip', 'ChipFamily', 'Model'];

export function tradeObjects(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const nouns = [...ctx.words('tradeNouns')].join('|');
  if (!nouns) return;
  const re = new RegExp(`\\b(?:the\\s+)?(?:${nouns})\\s+of\\s`, 'gi');
  const sentence = text.slice(s.start, s.end);
  for (const hit of sentence.matchAll(re)) {
    const at = s.start + hit.index;
    const after = at + hit[0].length;
    const subject = s.ms.filter((m) => m.end <= at).at(-1);
    if (!subject || !ACTOR.includes(subject.type)) continue;
    const p = readPredicate(`${text.slice(subject.end, at)} `, ctx.vocab);
    if (!p?.entry || p.passive || p.shape !== 'verb') continue;
    // The "of" phrase: up to "to", a comma or a clause break.
    const stop = /[,;:()"\u201c\u201d]|\s(?:to|for|from|in|because|after|before|while|and\s+(?!\p{Lu}))\s/u.exec(
      text.slice(after, s.end),
    );
    const end = stop ? after + stop.index : s.end;
    const goods = s.ms.filter((m) => m.start >= after && m.end <= end && GOODS.includes(m.type));
    if (!goods.length) continue;
    const props = (y: M) => ({
      ...ctx.attribution(subject, y),
      predicate: p.lemma,
      ...(p.negated ? { negated: true } : {}),
      ...(p.modality ? { modality: p.modality } : {}),
    });
    const confidence = p.negated || p.modality ? 0.6 : 0.7;
    let restricts = false;
    for (const g of goods) {
      const e = [p.entry, ...(p.alternatives ?? [])].find(
        (z) =>
          (z.type === 'RESTRICTS' || z.type === 'PERMITS') &&
          z.from.has(subject.type as never) &&
          z.to.has(g.type as never),
      );
      if (!e) continue;
      restricts ||= e.type === 'RESTRICTS';
      ctx.add(subject.key, e.type, g.key, s.si, confidence, 'pattern:trade-object', props(g));
    }
    // "… to China": the country the restricted trade goes to.
    const dest = /^\s+to\s+(?:the\s+)?$/;
    const country = s.ms.find((m) => m.start >= end && m.type === 'Country' && dest.test(text.slice(end, m.start)));
    if (restricts && country)
      ctx.add(subject.key, 'TARGETS', country.key, s.si, confidence, 'pattern:trade-object', props(country));
  }
}
