// Predicates whose subject the clause does not write, read from the vocabulary like the clause rule's:
// - a person's possessive pronoun before a relational noun: "In his meeting with Dutch Prime Minister Mark Rutte, …
//   President Joe Biden …", "Huang visited Beijing. His talks with Vice Premier He Lifeng …" (the pronoun stands for
//   the subject of the clause a fronted phrase opens, else the first person of its sentence, else the person the
//   sentence before opens with);
// - a participle adjunct: "Tim Cook said … after meeting with Indonesian President Joko Widodo" (its subject is the
//   sentence's subject: the first mention the predicate allows, a title's qualifier aside).
import { readPredicate, type Predicate } from '../text/predicates.ts';
import { titleQualifier, withoutTitle } from './clause-predicates.ts';
import type { M, RelationContext, SentenceView } from './relation-context.ts';

const PERSON_PRONOUN = /\b(?:his|her)\s+((?:[\w.-]+\s+){1,8})$/i;
const ADJUNCT = /\b(?:after|before|while|when|upon|following|during)\s+([a-z]+ing\s+(?:[\w.'\u2019-]+\s+){0,8})$/;

/** The mentions of a sentence that can be a clause's party: not a title's qualifier ("Apple" in "Apple CEO Tim Cook"). */
function parties(ctx: RelationContext, s: SentenceView): M[] {
  return s.ms.filter(
    (m, k) =>
      !titleQualifier(
        ctx,
        m,
        s.ms.slice(k + 1).find((z) => z.start >= m.end),
      ),
  );
}

function emit(ctx: RelationContext, p: Predicate, x: M, y: M, si: number, method: string): boolean {
  const e = p.entry;
  if (!e || x.key === y.key || !e.from.has(x.type as never) || !e.to.has(y.type as never)) return false;
  const [from, to] = e.reverse ? [y.key, x.key] : [x.key, y.key];
  if (e.symmetric && ctx.out.has(`${to}|${e.type}|${from}`)) return true;
  const props: Record<string, string | boolean> = { ...ctx.attribution(x, y), predicate: p.lemma };
  if (p.negated) props.negated = true;
  if (p.modality) props.modality = p.modality;
  ctx.add(from, e.type, to, si, 0.6, method, props);
  return true;
}

/** The person a "his"/"her" at `at` stands for. */
function pronounOwner(ctx: RelationContext, s: SentenceView, ps: M[], at: number, y: M): M | undefined {
  const { text } = ctx;
  const isPerson = (z: M) => z.type === 'Person' && z.key !== y.key;
  // "In his meeting with Y on Tuesday, X appeared …": a fronted phrase's pronoun is the main clause's subject.
  const lead = text.slice(s.start, at);
  if (/^\s*(?:In|At|During|After|Before|Following|Since|On)\s+$/.test(lead)) {
    const comma = text.indexOf(',', y.end);
    if (comma > 0 && comma < s.end) {
      const subj = ps.find((z) => z.start > comma);
      if (subj && isPerson(subj) && /^\s*$/.test(text.slice(comma + 1, subj.start).replace(/\b\p{Lu}[\w.-]*\s*/gu, '')))
        return subj;
    }
    return undefined;
  }
  // The sentence's subject first ("She was awarded a medal during her visit to Washington").
  const before = ps.filter((z) => z.end <= at && isPerson(z));
  if (before.length) return before[0];
  // "His talks with Y": the person the sentence before opens with.
  if (lead.trim() !== '') return undefined;
  const prev = ctx.sentences[s.si - 1];
  const first = prev?.ms[0];
  return first && isPerson(first) ? first : undefined;
}

/** What a sentence must hold for either pattern to match before one of its mentions (no word boundary: the text
 * before a mention may start inside a word). A sentence without it is not read. */
const MAY_PRONOUN = /(?:his|her)\s/i;
const MAY_ADJUNCT = /(?:after|before|while|when|upon|following|during)\s+[a-z]+ing\s/;

export function implicitSubjects(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const sentence = text.slice(s.start, s.end);
  if (!MAY_PRONOUN.test(sentence) && !MAY_ADJUNCT.test(sentence)) return;
  const ps = parties(ctx, s);
  for (const y of ps) {
    const before = text.slice(Math.max(s.start, y.start - 100), y.start);
    const pm = PERSON_PRONOUN.exec(before);
    if (pm) {
      const at = y.start - before.length + pm.index;
      const p = readPredicate(`'s ${withoutTitle(ctx, pm[1], y)}`, ctx.vocab);
      const x = p?.entry ? pronounOwner(ctx, s, ps, at, y) : undefined;
      if (p && x) emit(ctx, p, x, y, s.si, 'pattern:person-possessive');
      continue;
    }
    const am = ADJUNCT.exec(before);
    if (!am) continue;
    const at = y.start - before.length + am.index;
    const p = readPredicate(am[1], ctx.vocab);
    if (!p?.entry || p.passive) continue;
    // The sentence's subject: its first party, of a type the predicate allows, outside any quotation before the
    // adjunct ("'… from Russia,' Obama said after meeting with Putin" names no subject the rule can read).
    const x = ps[0];
    if (
      x &&
      x.end <= at &&
      x.key !== y.key &&
      p.entry.from.has(x.type as never) &&
      !/["\u201c\u201d]/.test(text.slice(s.start, at))
    )
      emit(ctx, p, x, y, s.si, 'pattern:participle-adjunct');
  }
}
