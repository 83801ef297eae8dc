// A party named by its relation to a possessor: "TSMC's biggest customer, Apple" (TSMC SUPPLIES Apple), "Nvidia's rival
// AMD" (COMPETES_WITH), "Apple, TSMC's largest customer," (the same, the name first). The nouns and the direction each
// gives are data: relations.yaml `possessiveNouns`.
import type { PossessiveNoun } from '../../lexicon/relation-vocabulary.ts';
import { ORG, type M, type RelationContext, type SentenceView } from './relation-context.ts';

const PARTY = [...ORG, 'Country', 'Person'];
/** "'s" and up to three modifiers, the noun, and an optional comma and article before the name. */
const POSSESSOR_FIRST = /^['\u2019]s\s+((?:[\w-]+\s+){0,3}?)([a-z]+)\s*,?\s+(?:the\s+)?(?:\p{Lu}[\w.-]*\s+){0,3}$/u;
/** The name, a comma and an optional article before the possessor; the noun follows the possessor. */
const NAMED_FIRST = /^\s*,\s+(?:the\s+|a\s+|an\s+)?(?:[\w-]+\s+){0,2}?$/;
const NOUN_AFTER = /^['\u2019]s((?:\s+[a-z][\w-]*){1,4})/;

/** The first of up to four lower-case words after "'s" that is a possessive noun. */
function nounAfter(nouns: Map<string, PossessiveNoun>, after: string): { n: PossessiveNoun; w: string } | undefined {
  const m = NOUN_AFTER.exec(after);
  if (!m) return undefined;
  for (const w of m[1].trim().split(/\s+/)) {
    const n = nouns.get(w);
    if (n) return { n, w };
  }
  return undefined;
}

function emit(ctx: RelationContext, noun: PossessiveNoun, possessor: M, named: M, si: number, word: string): void {
  // "China's biggest computer chipmaker SMIC": a country's or a place's firm of a kind (relations.yaml
  // organizationNouns) is based there, no supplier of it.
  if (
    (possessor.type === 'Country' || possessor.type === 'Place') &&
    ORG.includes(named.type) &&
    ctx.words('organizationNouns').has(word)
  ) {
    ctx.add(
      named.key,
      'BASED_IN',
      possessor.key,
      si,
      0.7,
      'pattern:possessive-noun',
      ctx.attribution(possessor, named),
    );
    return;
  }
  // "Hong Kong's leader, Chief Executive John Lee": a person leads the organization, country or place.
  if (noun.type === 'LEADS') {
    if (
      named.type === 'Person' &&
      (PARTY.includes(possessor.type) || possessor.type === 'Place') &&
      possessor.type !== 'Person'
    )
      ctx.add(named.key, 'LEADS', possessor.key, si, 0.7, 'pattern:possessive-noun', ctx.attribution(possessor, named));
    return;
  }
  if (!PARTY.includes(possessor.type) || !PARTY.includes(named.type)) return;
  // A person is a rival or a partner, never a supplier, a unit or an investor here; a unit is an organization's.
  const people = possessor.type === 'Person' || named.type === 'Person';
  if (people && noun.type !== 'COMPETES_WITH' && noun.type !== 'PARTNERS_WITH') return;
  if (noun.type === 'PART_OF' && (!ORG.includes(possessor.type) || !ORG.includes(named.type))) return;
  const [from, to] = noun.fromPossessor ? [possessor.key, named.key] : [named.key, possessor.key];
  ctx.add(from, noun.type, to, si, 0.7, 'pattern:possessive-noun', ctx.attribution(possessor, named));
}

export function possessiveNouns(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const nouns = ctx.vocab.possessiveNouns;
  const ms = s.ms;
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    if (y.start < x.end || x.m.anaphor) continue;
    const between = text.slice(x.end, y.start);
    const a = POSSESSOR_FIRST.exec(between);
    const na = a && nouns.get(a[2]);
    if (na) {
      emit(ctx, na, x, y, s.si, a[2]);
      continue;
    }
    // "Apple, TSMC's largest customer": y is the possessor, x the named party.
    if (NAMED_FIRST.test(between)) {
      const nb = nounAfter(nouns, text.slice(y.end, y.end + 60));
      if (nb) emit(ctx, nb.n, y, x, s.si, nb.w);
    }
  }
}
