// A policy's arguments inside its own phrase: before the head noun an actor issues it ("Commerce Department rules",
// "US export controls": ISSUED_BY); after a preposition an actor or a country is what it aims at ("a ban on Huawei
// equipment", "curbs on exports to China": TARGETS); a chip or model inside it is what it restricts, or permits once
// lifted; "Biden administration export controls" names its issuer.
import { finiteVerb, ORG, type RelationContext, type SentenceView } from './relation-context.ts';
import { listGroups } from './clause-predicates.ts';

const OBJECT = /\b(?:on|against|targeting|of|for|to|from|into)\s/i;

export function policyArguments(ctx: RelationContext, s: SentenceView): void {
  const { text, entities } = ctx;
  const ms = s.ms;
  for (const p of ms) {
    if (p.type !== 'Policy') continue;
    for (const inner of ms) {
      if (inner === p || inner.start < p.start || inner.end > p.end) continue;
      // "a security deal with China", "the US-China trade deal": a party to a deal is neither its issuer nor its target.
      if (/\bwith\s+(?:the\s+)?$/.test(text.slice(p.start, inner.start))) continue;
      if (
        p.m.method === 'phrase:deal' &&
        /^[-\u2013]|[-\u2013]$/.test(text.slice(inner.end, inner.end + 1) + text.slice(inner.start - 1, inner.start))
      )
        continue;
      // "a rule updating authorizations for Samsung and SK hynix in China": a name right after "in" or "at" says where
      // the policy's object is, not whom the policy aims at or who issues it.
      if (/\b(?:in|at)\s+(?:the\s+)?$/.test(text.slice(p.start, inner.start)) && inner.type !== 'Chip') continue;
      // "TikTok Divestment Bill", "the Huawei ban", "Huawei to the Entity List": a company named in a restriction (or
      // followed by a preposition inside the phrase) is what it aims at; companies issue no restrictions.
      const after = text.slice(inner.end, p.end).toLowerCase();
      const restrictionAfter =
        inner.type === 'Company' &&
        (/^\s+(?:to|on|from|into|off)\s/.test(after) ||
          after.split(/[^a-z-]+/).some((w) => w === 'divestment' || ctx.words('policyAnaphors.restriction').has(w)));
      const object = OBJECT.test(text.slice(p.start, inner.start)) || restrictionAfter;
      if (object && (ORG.includes(inner.type) || inner.type === 'Country'))
        ctx.add(p.key, 'TARGETS', inner.key, s.si, 0.7, 'pattern:policy-target');
      else if (ORG.includes(inner.type) || inner.type === 'Person')
        ctx.add(p.key, 'ISSUED_BY', inner.key, s.si, 0.8, 'pattern:policy-issuer');
      else if (inner.type === 'Country')
        ctx.add(
          p.key,
          // A country that opens a policy's own name issues it ("US Crackdown on China Tech", "US Chip-Export Ban"), and
          // so does one whose possessive opens its phrase ("China's new export controls").
          // A country that opens a phrase of controls imposes them ("U.S. restrictions on exporting … to China"); before
          // tariffs or a ban it may be whose goods they hit ("China Tariffs").
          (inner.start === p.start &&
            (p.m.method === 'phrase:policy-name' ||
              /^(?:['\u2019]s\s|(?:restrictions|controls|curbs|limits|rules|regulations|crackdown)\b)/.test(
                after.trimStart(),
              ))) ||
            /^(?:\w+\s+){0,2}(?:export|chip|technology)\b/i.test(text.slice(inner.end, p.end).trim())
            ? 'ISSUED_BY'
            : 'TARGETS',
          inner.key,
          s.si,
          0.7,
          'pattern:policy-country',
        );
      else if (['Chip', 'Model', 'ChipFamily'].includes(inner.type))
        ctx.add(
          p.key,
          p.m.canonical?.startsWith('Lifting of ') ? 'PERMITS' : 'RESTRICTS',
          inner.key,
          s.si,
          0.75,
          'pattern:policy-subject',
        );
    }
    targetList(ctx, s, p);
    // "the PRC Government's military-civil fusion strategy", "Trump's tariffs": a possessor right before the policy
    // issues it (a company's possessive names whose products it concerns, not an issuer).
    const owner = ms.find((z) => z.end <= p.start && /^['\u2019]s\s+$/.test(text.slice(z.end, p.start)));
    if (owner && (owner.type === 'Organization' || owner.type === 'Country' || owner.type === 'Person'))
      ctx.add(p.key, 'ISSUED_BY', owner.key, s.si, 0.75, 'pattern:policy-owner');
    const era = /^([A-Z][a-z]+) administration /.exec(p.m.canonical ?? '');
    if (era) {
      const adm = entities.find((e) => e.name === `${era[1]} administration`);
      if (adm) ctx.add(p.key, 'ISSUED_BY', adm.id, s.si, 0.75, 'pattern:policy-issuer');
    }
  }
}

/**
 * "sanctions on Huawei, ZTE and SMIC", "a ban on exports to China, Russia or Iran": the policy's phrase ends at its
 * first object, and the list that object opens goes on after it; every member of one kind with it is a target too. A
 * member a verb follows is the subject of a new clause ("…on Huawei, and China retaliated"), and ends the list.
 */
function targetList(ctx: RelationContext, s: SentenceView, p: SentenceView['ms'][number]): void {
  const last = s.ms.filter(
    (z) => z !== p && z.start >= p.start && z.end === p.end && ctx.out.has(`${p.key}|TARGETS|${z.key}`),
  );
  const first = last[last.length - 1];
  if (!first) return;
  const rest = s.ms.filter((z) => z === first || z.start >= p.end);
  const group = listGroups(rest, ctx.text).find((g) => g[0] === first) ?? [];
  const kind = (t: string) => (ORG.includes(t) ? 'org' : t);
  for (const z of group.slice(1)) {
    if (kind(z.type) !== kind(first.type)) break;
    const next = /^\s+([a-z]+)\b/.exec(ctx.text.slice(z.end, z.end + 30))?.[1];
    if (next && finiteVerb(next) && !ctx.words('prepositions').has(next)) break;
    ctx.add(p.key, 'TARGETS', z.key, s.si, 0.7, 'pattern:policy-target-list');
  }
}
