// A relational noun after a possessive pronoun that stands for the sentence's organization: "TSMC said it would triple
// its investment in Phoenix" (TSMC INVESTS_IN Phoenix), "its Arizona investment" (the same, the place before the
// noun), "Nvidia said its sales to China fell" (SELLS_TO). The nouns are the vocabulary's (relations.yaml `nouns`).
// A company's pronoun right before a chip or a chip family ("Nvidia said the ban affects its A100 and H100 chips") says
// the company makes it, as "Nvidia's H20" does (pair-patterns.ts).
import type { PredicateForm } from '../../lexicon/relation-vocabulary.ts';
import { readPredicate } from '../text/predicates.ts';
import { ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

const PRONOUN_BEFORE =
  /\b(?:its|their|the\s+(?:company|firm|group|chipmaker|[\w-]+\s+giant)['\u2019]s)\s+((?:[\w-]+\s+){0,4})$/i;
const NOUN_AFTER = /^\s+([a-z]+)\b/;

/** The organization "its" stands for: the last one named before it in the sentence, else the last sentence's subject.
 * "the company's", "the tech giant's" stand for a company or an organization only. */
function owner(ctx: RelationContext, s: SentenceView, before: number, y: M, described: boolean): M | undefined {
  let found: M | undefined;
  // A country is an "it" too ("China has agreed to restructure its debt agreements with Sri Lanka").
  for (const z of s.ms)
    if (
      z.end <= before &&
      (ORG.includes(z.type) || (z.type === 'Country' && !described)) &&
      z.key !== y.key &&
      !z.m.anaphor
    )
      found = z;
  if (found) return found;
  const p = ctx.prevSubject;
  return p && ORG.includes(p.type) && p.key !== y.key ? p : undefined;
}

/** A chip or chip family and the ones listed after it ("its A100 and H100 chips"). */
function chipList(ctx: RelationContext, s: SentenceView, y: M): M[] {
  const isChip = (z: M) => z.type === 'Chip' || z.type === 'ChipFamily';
  if (!isChip(y)) return [];
  const out = [y];
  for (let k = s.ms.indexOf(y) + 1; k < s.ms.length; k++) {
    const z = s.ms[k];
    const last = out[out.length - 1];
    if (z.start < last.end) continue;
    if (!isChip(z) || !/^\s*(?:,\s*(?:and\s+|or\s+)?|and\s+|or\s+)$/.test(ctx.text.slice(last.end, z.start))) break;
    out.push(z);
  }
  return out;
}

export function pronounPossessives(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  for (const y of s.ms) {
    const before = text.slice(Math.max(s.start, y.start - 80), y.start);
    const m = PRONOUN_BEFORE.exec(before);
    if (!m) continue;
    const at = y.start - before.length + m.index;
    const x = owner(ctx, s, at, y, !/^(?:its|their)\b/i.test(m[0]));
    if (!x) continue;
    // "its A100 and H100 chips": the chips listed after a company's pronoun are its own.
    if (x.type === 'Company' && m[1].trim() === '' && /^its\b/i.test(m[0]))
      for (const c of chipList(ctx, s, y))
        ctx.add(x.key, 'MAKES', c.key, s.si, 0.7, 'pattern:pronoun-possessive', ctx.attribution(x, c));
    // "its investment in Phoenix": the words after the pronoun read as "X's investment in".
    let p = readPredicate(`'s ${m[1]}`, ctx.vocab);
    // "its Arizona investment": the noun after the name, with its preposition ("investment in").
    if (!p && m[1].trim() === '') {
      const n = NOUN_AFTER.exec(text.slice(y.end, y.end + 30));
      const form = n && (ctx.vocab.nouns.get(n[1]) as PredicateForm[] | undefined)?.find((f) => f.words.length === 2);
      if (form) p = { entry: form.entry, lemma: form.lemma, negated: false, passive: false, shape: 'possessive' };
    }
    if (!p?.entry) continue;
    const e = p.entry;
    if (!e.from.has(x.type as never) || !e.to.has(y.type as never)) continue;
    const [from, to] = e.reverse ? [y.key, x.key] : [x.key, y.key];
    ctx.add(from, e.type, to, s.si, 0.65, 'pattern:pronoun-possessive', {
      ...ctx.attribution(x, y),
      predicate: p.lemma,
    });
  }
}
