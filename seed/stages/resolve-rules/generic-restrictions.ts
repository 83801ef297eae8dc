// Rule "one unnamed restriction per document" of the resolve stage: the bare, unnamed restriction phrases of one
// report ("export restrictions", "the export ban", "trade limits", "export controls") are the writer's varied words for
// the one measure the report is about, so they are one Policy entity. When the report names exactly one restriction
// with its target or by its title ("export controls on China", "US Restrictions on Chip Exports"), that is the measure
// and the bare phrases take its name; when it names several, each bare phrase takes the name of the one of its kind
// named nearest before it (else after it); when it names none, they are named by the phrase used most (first on a tie).
// A measure that the report only ever speaks of in general — a bare plural with no determiner, owner or modifier
// ("strengthen export controls on semiconductors", "Despite export restrictions, …", "either with sanctions or …") — is
// no policy the report names, so those mentions are dropped (README of test/eval/indomain: generic wording is not an
// entity); one definite mention ("the export controls", "new export restrictions", "U.S. export controls") keeps them all.
import type { Mention } from '../../analysis.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
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

/** Words before a restriction that make it a particular one: a determiner ("a ban on …" introduces one), an owner, or a word that dates it, with up to two modifiers between ("his proposed ban on …"). */
const DEFINITE_BEFORE =
  /(?:\b(?:an?|the|these|those|this|that|its|their|his|her|our|your|whose|any|new|current|existing|latest|recent)|['\u2019]s?|\d)\s+(?:(?!(?:for|of|to|on|in|at|with|by|from|and|or|but|is|are|was|were|be|been|will|would|could|should|may|might|must|can|has|have|had)\s)[a-z][\w-]*\s+){0,2}$/i;
/** A verb of enacting or undoing a measure before it ("imposed across-the-board tariffs", "announced export controls"). */
const ENACTED_BEFORE =
  /\b(?:impos|announc|unveil|introduc|issu|slap|levi|levy|enact|adopt|lift|rescind|revok|repeal|scrap)[a-z]*\s+(?:[a-z-]+\s+){0,3}$/i;
const PREMODIFIERS = new Set([...POLICY_WORDS.policyPremodifiers, ...POLICY_WORDS.policyQuantifiers]);
/** The finders of restrictions by their head noun, whose phrases may speak of restrictions in general. */
const GENERAL_METHODS = new Set(['phrase:restriction', 'phrase:goods-restriction', 'phrase:restriction-object']);

/**
 * A restriction spoken of in general: a phrase ("export controls", "sanctions", "controls on shipments") that no
 * determiner, owner, date, premodifier ("new") or name ("U.S.", "Chinese", "Biden") opens, inside its text or just
 * before it, and that names no target or issuer.
 */
export function isGenericRestriction(m: Mention, raw: string, g: Gazetteer): boolean {
  if (m.anaphor || m.type !== 'Policy' || !GENERAL_METHODS.has(m.method)) return false;
  // A name inside the phrase (its target or issuer: "… on China", "… by the Biden administration") makes it particular.
  if (!/^[a-z][^\p{Lu}]*$/u.test(m.text) || PREMODIFIERS.has(m.text.split(/\s+/)[0])) return false;
  const before = raw.slice(Math.max(0, m.start - 40), m.start);
  if (DEFINITE_BEFORE.test(before) || ENACTED_BEFORE.test(before)) return false;
  // A name just before it that is not the sentence's first word ("U.S. export controls", "… with Chinese sanctions").
  const words = before.trimEnd().split(/\s+/);
  const word = (words.at(-1) ?? '').replace(/[,;]$/, '');
  const lead = words.at(-2);
  if (g.byAlias.has(word) || g.demonyms.has(word)) return false;
  if (/^\p{Lu}/u.test(word) && lead && !/[.!?:"\u201c\u201d]$/.test(lead)) return false;
  return true;
}

/** Drops the mentions of a measure spoken of only in general (every mention with its name is generic). */
export function dropGenericRestrictions(ms: Mention[], raw: string, g: Gazetteer): void {
  const particular = new Set<string>();
  const generic = new Set<Mention>();
  const policies = ms.filter((m) => m.type === 'Policy' && !m.anaphor && m.canonical);
  for (const m of policies) {
    // A conjunct of a particular measure is one too ("imposed export controls on China and tariffs on semiconductors").
    const conjunct = policies.some(
      (p) => p.end <= m.start && !generic.has(p) && /^\s*(?:,|and|or|as well as)\s*$/.test(raw.slice(p.end, m.start)),
    );
    if (!conjunct && isGenericRestriction(m, raw, g)) generic.add(m);
    else particular.add(m.canonical!);
  }
  for (let k = ms.length - 1; k >= 0; k--) if (generic.has(ms[k]) && !particular.has(ms[k].canonical!)) ms.splice(k, 1);
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
