// "Blackwell B100 and B200": a chip family's name in front of chip names makes each chip BASED_ON the family; so does
// a chip whose own name opens with a family's ("Blackwell Ultra"). A maker of a chip of a family makes the family
// (familyMakers, run once the sentences are read).
import type { Relation } from '../../analysis.ts';
import type { RelationContext, SentenceView } from './relation-context.ts';

export function familyPrefix(ctx: RelationContext, s: SentenceView): void {
  const ms = s.ms;
  for (const m of ms) {
    if (m.type !== 'Chip') continue;
    const name = ctx.byId.get(m.key)?.name ?? '';
    const family = ctx.entities.find((e) => e.type === 'ChipFamily' && name.startsWith(`${e.name} `));
    if (family) ctx.add(m.key, 'BASED_ON', family.id, s.si, 0.7, 'pattern:family-prefix');
  }
  for (let i = 0; i < ms.length; i++) {
    if (ms[i].type !== 'ChipFamily') continue;
    let prev = ms[i];
    for (let j = i + 1; j < ms.length && ms[j].type === 'Chip'; j++) {
      const gap = ctx.text.slice(prev.end, ms[j].start);
      if (!(prev === ms[i] ? /^\s+$/ : /^\s*(?:,|and|or|,\s*and)\s*$/).test(gap)) break;
      ctx.add(ms[j].key, 'BASED_ON', ms[i].key, s.si, 0.7, 'pattern:family-prefix');
      prev = ms[j];
    }
  }
}

/**
 * "Nvidia announced the H20", "the H20 is based on Hopper": the maker of a chip of a family makes the family (Nvidia
 * MAKES Hopper), with the provenance of the chip's MAKES. A document-wide step over the relationships found.
 */
export function familyMakers(ctx: RelationContext): void {
  const families = new Map<string, string[]>();
  for (const r of ctx.out.values())
    if (r.type === 'BASED_ON' && ctx.byId.get(r.to)?.type === 'ChipFamily')
      families.set(r.from, [...(families.get(r.from) ?? []), r.to]);
  const makes: Relation[] = [...ctx.out.values()].filter((r) => r.type === 'MAKES' && families.has(r.to));
  for (const r of makes) {
    if (r.properties?.negated || r.properties?.modality) continue;
    const si = ctx.a.sentences.findIndex((x) => x.index === r.provenance.sentence);
    if (si < 0) continue;
    for (const f of families.get(r.to)!)
      ctx.add(r.from, 'MAKES', f, si, Math.min(0.65, r.provenance.confidence), 'inference:family-maker', r.properties);
  }
}
