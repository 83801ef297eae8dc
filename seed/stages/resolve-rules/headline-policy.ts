// Rule "the headline's measure" of the resolve stage: a release that names its measure by title in the headline
// ("Commerce Releases Clarifications of Export Control Rules to Restrict …") and then, in its opening sentences, says
// what the agency released in plain words ("BIS has published an interim final rule (IFR) revising and clarifying …",
// "BIS released a package of rules designed to update …") names one measure twice: the plain phrase takes the title's
// name. Only a phrase that describes a measure (a policy head with its clause, or a counted set of rules) and is the
// object of a release verb is read so, and only when the headline names exactly one policy by title.
import type { Mention } from '../../analysis.ts';
import { POLICY_WORDS } from '../../lexicon/policy-words.ts';

/** How many sentences after the headline may hold the plain phrase. */
const LEDE_SENTENCES = 3;
/** A release verb right before the phrase (its determiner between). */
const RELEASED =
  /\b(?:released|releases|releasing|issued|issues|issuing|published|publishes|publishing|announced|announces|announcing|unveiled|unveils|unveiling|implemented|implements|implementing)[^\S\n]+(?:a|an|the|its|two|three)?[^\S\n]*$/;
const QUANTIFIED = new RegExp(`^(?:\\S+\\s+)?(?:${POLICY_WORDS.policyQuantifiers.join('|')})\\s+of\\s`);

/** Applies the rule to a document's mentions (in place: their canonical names); `raw` is the document's text. */
export function resolveHeadlinePolicy(ms: Mention[], raw: string): void {
  const first = ms.find((m) => !m.anaphor)?.sentence;
  if (first === undefined) return;
  const titles = new Set(
    ms
      .filter((m) => m.sentence === first && m.type === 'Policy' && !m.anaphor && m.method === 'phrase:policy-name')
      .map((m) => m.canonical),
  );
  if (titles.size !== 1) return;
  const [title] = titles;
  const lede = ms.find(
    (m) =>
      m.sentence > first &&
      m.sentence <= first + LEDE_SENTENCES &&
      m.type === 'Policy' &&
      !m.anaphor &&
      (m.method === 'phrase:clause-policy' || QUANTIFIED.test(m.text)) &&
      RELEASED.test(raw.slice(Math.max(0, m.start - 40), m.start)),
  );
  if (!lede?.canonical || lede.canonical === title) return;
  // Another measure named by title before the phrase: the headline's is not the only one the opening speaks of.
  if (
    ms.some(
      (m) => m.type === 'Policy' && m.method === 'phrase:policy-name' && m.canonical !== title && m.start < lede.start,
    )
  )
    return;
  const plain = lede.canonical;
  for (const m of ms) if (m.type === 'Policy' && m.canonical === plain) m.canonical = title;
}
