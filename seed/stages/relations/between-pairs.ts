// A symmetric relational noun before "between A and B": "the deal between Nvidia and the U.S. government", "talks
// between Washington and Beijing", "the race between Clinton and Trump". The noun is read through the vocabulary in
// its "with" form ("deal with": PARTNERS_WITH, "talks with": MET_WITH); only a symmetric entry whose labels fit both
// names is taken, so nothing reads a direction into "between".
import type { RelationEntry } from '../../lexicon/relation-vocabulary.ts';
import type { M, RelationContext, SentenceView } from './relation-context.ts';

/** One or two words of a noun right before "between", and the article after it. */
const BETWEEN = /\b(?:([A-Za-z]+)\s+)?([A-Za-z]+)\s+between\s+(?:the\s+)?$/;
const AND = /^\s*,?\s*and\s+(?:the\s+)?$/;

function symmetricEntry(ctx: RelationContext, noun: string, a: M, b: M): RelationEntry | undefined {
  for (const prep of ['with', 'against']) {
    const form = ctx.vocab.nouns
      .get(noun.split(' ')[0])
      ?.find((f) => f.words.join(' ') === `${noun} ${prep}` && f.entry.symmetric);
    const e = form?.entry;
    if (e?.from.has(a.type as never) && e.to.has(b.type as never)) return e;
  }
  return undefined;
}

export function betweenPairs(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  if (!/\bbetween\s/.test(text.slice(s.start, s.end))) return;
  for (let k = 0; k + 1 < s.ms.length; k++) {
    const a = s.ms[k];
    const b = s.ms[k + 1];
    if (b.start < a.end || a.key === b.key || !AND.test(text.slice(a.end, b.start))) continue;
    const hit = BETWEEN.exec(text.slice(Math.max(s.start, a.start - 40), a.start));
    if (!hit) continue;
    const [w1, w2] = [hit[1]?.toLowerCase(), hit[2].toLowerCase()];
    const two = w1 ? `${w1} ${w2}` : undefined;
    const noun = two && symmetricEntry(ctx, two, a, b) ? two : w2;
    const e = symmetricEntry(ctx, noun, a, b);
    if (!e || ctx.out.has(`${b.key}|${e.type}|${a.key}`)) continue;
    ctx.add(a.key, e.type, b.key, s.si, 0.7, 'pattern:between', {
      ...ctx.attribution(a, b),
      predicate: `${noun} between`,
    });
  }
}
