// "Trump restricted exports of Nvidia's H20 and AMD's MI308 chips to China", "Washington banned sales of the A100 to
// China", "Commerce allowed shipments of the H20 to China": a verb of the vocabulary with a trade noun as its object
// (relations.yaml `tradeNouns` + "of") acts on the chips and models the noun's "of" phrase lists (the first entry
// whose labels fit: RESTRICTS, PERMITS), and a government's or a person's restriction TARGETS the country after "to"
// (also with the goods before the noun, "restricted H20 exports to China", or none named, "chip exports"). The subject
// is the name right before the verb, with only the verb group between (negation and modality kept).
import { readPredicate } from '../text/predicates.ts';
import { ACTOR, type M, type RelationContext, type SentenceView } from './relation-context.ts';

const GOODS = ['Chip', 'ChipFamily', 'Model'];

export function tradeObjects(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const nouns = [...ctx.words('tradeNouns')].join('|');
  if (!nouns) return;
  const re = new RegExp(`\\b(?:the\\s+)?(?:${nouns})(?:\\s+of)?\\s`, 'gi');
  const sentence = text.slice(s.start, s.end);
  for (const hit of sentence.matchAll(re)) {
    const at = s.start + hit.index;
    const after = at + hit[0].length;
    const of = /\sof\s$/.test(hit[0]);
    // "restricted H20 and MI308 exports to China": with no "of", the goods stand before the noun, right after the verb.
    const inside = of ? [] : s.ms.filter((m) => m.end <= at && at - m.end <= 40 && GOODS.includes(m.type));
    const before = s.ms.filter((m) => m.end <= at && !inside.includes(m));
    const subject = before.at(-1);
    if (!subject || !ACTOR.includes(subject.type)) continue;
    const first = inside.find((m) => m.start >= subject.end);
    if (!of && first && !/^[\s\w,'\u2019-]*$/.test(text.slice(first.end, at))) continue;
    const p = readPredicate(`${text.slice(subject.end, first?.start ?? at)} `, ctx.vocab);
    if (!p?.entry || p.passive || p.shape !== 'verb') continue;
    // The "of" phrase: up to "to", a comma or a clause break.
    const stop = /[,;:()"\u201c\u201d]|\s(?:to|for|from|in|because|after|before|while|and\s+(?!\p{Lu}))\s/u.exec(
      text.slice(after, s.end),
    );
    const end = of ? (stop ? after + stop.index : s.end) : at + hit[0].trimEnd().length;
    const goods = of
      ? s.ms.filter((m) => m.start >= after && m.end <= end && GOODS.includes(m.type))
      : inside.filter((m) => m.start >= subject.end);
    // "restricted chip exports to China" names no goods: only the destination is read.
    if (of && !goods.length) continue;
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
    // "… to China", "… to China and Russia": the countries the restricted trade goes to (a list fans out). A company
    // there ("banned chip sales to Huawei") is left to the policy rules: the graph model targets a firm from a policy.
    const PARTY = ['Country'];
    const dests: M[] = [];
    let from = end;
    let join = /^\s+to\s+(?:the\s+)?$/;
    for (const m of s.ms) {
      if (m.start < from) continue;
      if (!PARTY.includes(m.type) || !join.test(text.slice(from, m.start))) break;
      dests.push(m);
      from = m.end;
      join = /^\s*(?:,\s*(?:and\s+|or\s+)?|\s+and\s+|\s+or\s+)(?:the\s+)?$/;
    }
    restricts ||=
      !goods.length &&
      [p.entry, ...(p.alternatives ?? [])].some((z) => z.type === 'RESTRICTS' && z.from.has(subject.type as never));
    // A government or its people target a country; a company that stops its own exports there does not.
    if (restricts && subject.type !== 'Company')
      for (const d of dests) ctx.add(subject.key, 'TARGETS', d.key, s.si, confidence, 'pattern:trade-object', props(d));
  }
}
