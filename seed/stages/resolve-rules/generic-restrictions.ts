// Rule "one unnamed restriction per document" of the resolve stage: the bare, unnamed restriction phrases of one
// report ("export restrictions", "the export ban", "trade limits", "export controls") are the writer's varied words for
// the one measure the report is about, so they are one Policy entity. When the report names exactly one restriction
// with its target or by its title ("export controls on China", "US Restrictions on Chip Exports"), that is the measure
// and the bare phrases take its name; when it names several, each bare phrase takes the name of the one of its kind
// named nearest before it (else after it); when it names none, they are named by the phrase used most (first on a tie).
import type { Mention } from '../../analysis.ts';
import { POLICY_WORDS } from '../../lexicon/policy-words.ts';

/** A bare restriction phrase: lower-case words only, at most three. */
const BARE = /^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$/;
const RESTRICTION_NOUNS = new Set(POLICY_WORDS.restrictionNouns);
const NAMED_METHODS = new Set([
  'phrase:restriction',
  'phrase:goods-restriction',
  'phrase:policy-name',
  'phrase:restriction-object',
]);

/** The head of a restriction's name: the last word before what it is on or for ("US Crackdown on China Tech"). */
function headOf(canonical: string): string | undefined {
  return canonical
    .toLowerCase()
    .split(/\s+(?:on|of|to|for|against|targeting)\s+/)[0]
    .split(/[^a-z-]+/)
    .filter(Boolean)
    .pop();
}

/** Restriction heads that name the same kind of measure ("controls", "restrictions", "curbs" are one kind). */
const FAMILY: Record<string, string> = {
  controls: 'control',
  restrictions: 'control',
  curbs: 'control',
  limits: 'control',
  crackdown: 'control',
  ban: 'ban',
  bans: 'ban',
  embargo: 'ban',
  tariffs: 'tariff',
  sanctions: 'sanction',
};
const familyOf = (canonical: string) => {
  const h = headOf(canonical);
  return h ? (FAMILY[h] ?? h) : undefined;
};

/** A restriction the report names: by its target or issuer, or by a title whose words hold a restriction noun. */
function isNamedRestriction(m: Mention): boolean {
  if (m.anaphor || m.type !== 'Policy' || !m.canonical || !NAMED_METHODS.has(m.method)) return false;
  if (m.method === 'phrase:restriction' && BARE.test(m.canonical)) return false;
  // Its head is a restriction noun; a law with such a word inside ("Semiconductor Controls Effectiveness Act") is no
  // restriction measure.
  const head = headOf(m.canonical);
  return !!head && RESTRICTION_NOUNS.has(head);
}

/** Applies the rule to a document's mentions (in place: their canonical names). */
export function resolveGenericRestrictions(ms: Mention[]): void {
  const bare = ms.filter(
    (m) => !m.anaphor && m.type === 'Policy' && m.method === 'phrase:restriction' && BARE.test(m.canonical ?? ''),
  );
  if (!bare.length) return;
  const counts = new Map<string, number>();
  for (const m of bare) counts.set(m.canonical!, (counts.get(m.canonical!) ?? 0) + 1);
  const namedMentions = ms.filter(isNamedRestriction);
  const named = new Set(namedMentions.map((m) => m.canonical!));
  // Several measures named: a bare phrase is the one of its kind named last before it (else first after it) — "export
  // controls on China and tariffs on semiconductors … The export controls bite" — and stays bare when none is of its kind.
  if (named.size > 1) {
    for (const b of bare) {
      const kind = familyOf(b.canonical!);
      const same = namedMentions.filter((m) => familyOf(m.canonical!) === kind);
      const near = same.filter((m) => m.start < b.start).pop() ?? same.find((m) => m.start > b.start);
      if (near) b.canonical = near.canonical;
    }
    return;
  }
  let pick = '';
  if (named.size === 1) [pick] = named;
  else if (counts.size < 2) return;
  else for (const [name, n] of counts) if (!pick || n > counts.get(pick)!) pick = name;
  const names = new Set(counts.keys());
  for (const m of ms) if (m.type === 'Policy' && m.canonical && names.has(m.canonical)) m.canonical = pick;
}
