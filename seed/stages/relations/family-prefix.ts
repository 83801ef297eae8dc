// "Blackwell B100 and B200": a chip family's name in front of chip names makes each chip BASED_ON the family.
import type { RelationContext, SentenceView } from './relation-context.ts';

export function familyPrefix(ctx: RelationContext, s: SentenceView): void {
  const ms = s.ms;
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
