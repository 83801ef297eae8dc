// Rule "the headline's measure" of the resolve stage: a release that names its measure by title in the headline
// ("Commerce Releases Clarifications of Export Control Rules to Restrict …") and then, in its opening sentences, says
// what the agency released in plain words ("BIS has published an interim final rule (IFR) revising and clarifying …",
// "BIS released a package of rules designed to update …") names one measure twice: the plain phrase takes the title's
// name. Only a phrase that describes a measure (a policy head with its clause, or a counted set of rules) and is the
// object of a release verb is read so, and only when the headline names exactly one policy by title. A headline's
// titled restriction to a country and a plain restriction phrase on trade to the same country are one measure too.
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
  mergeSameDestination(ms, first, title!);
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

/** "… to China" at a phrase's end: where the restricted trade goes. */
const TO_END = /\bto\s+(?:the\s+)?(\p{Lu}[\p{L}.\u2019'-]*(?:\s+(?:of\s+)?\p{Lu}[\p{L}.\u2019'-]*){0,3})$/u;
/** A restriction's kind, by its head word. */
function kind(text: string): string | undefined {
  const head = text
    .toLowerCase()
    .split(/\s+(?:on|of|to|for|against|targeting)\s+/)[0]
    .split(/[^a-z]+/)
    .filter(Boolean)
    .pop();
  if (!head) return undefined;
  if (/^(?:ban|bans|embargo|restrictions|controls|curbs|limits|crackdown)$/.test(head)) return 'restriction';
  return head;
}

/**
 * The headline's titled restriction to a country ("US Chip-Export Ban to China") and a plain restriction phrase of the
 * report on trade to the same country ("U.S. restrictions on exporting chip-making technology to China") name one
 * measure: the phrase takes the title's name.
 */
function mergeSameDestination(ms: Mention[], first: number, title: string): void {
  const head = ms.find((m) => m.sentence === first && m.canonical === title && m.method === 'phrase:policy-name');
  const to = head && TO_END.exec(head.text);
  if (!head || !to || kind(title) !== 'restriction') return;
  for (const m of ms) {
    if (m.type !== 'Policy' || m.anaphor || m.method !== 'phrase:restriction-object' || m.canonical === title) continue;
    const dest = TO_END.exec(m.text);
    if (dest && dest[1] === to[1] && kind(m.text) === 'restriction') {
      const plain = m.canonical;
      for (const x of ms) if (x.type === 'Policy' && x.canonical === plain) x.canonical = title;
    }
  }
}
