// Organizations placed by their names' neighbours: "AGENCY: Bureau of Industry and Security, Department of Commerce."
// (an agency, a comma and the department it belongs to, closing the line: PART_OF); "Micron, the only U.S.-based
// manufacturer of memory chips" and "U.S.-based Micron" (a country joined to "-based": BASED_IN); "the Strategic
// Technologies Program at the Center for Strategic and International Studies" (a unit at its organization: PART_OF).
import { ORG, type RelationContext, type SentenceView } from './relation-context.ts';

const PARENT_HEAD = /^(?:(?:the\s+)?(?:U\.S\.|US|United\s+States)\s+)?(?:Department|Ministry|Executive\s+Office)\b/;

export function organizationUnits(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = s.ms;
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    if (y.start < x.end) continue;
    const between = text.slice(x.end, y.start);
    if (
      x.type === 'Organization' &&
      y.type === 'Organization' &&
      x.key !== y.key &&
      /^,\s+(?:the\s+)?$/.test(between) &&
      PARENT_HEAD.test(y.m.text) &&
      !PARENT_HEAD.test(x.m.text) &&
      /^\s*(?:[.;]|$|\n)/.test(text.slice(y.end, y.end + 2))
    )
      ctx.add(x.key, 'PART_OF', y.key, s.si, 0.7, 'pattern:unit-department');
  }
  // "the Strategic Technologies Program at the Center for Strategic and International Studies", "the Bureau of Industry
  // and Security within the Department of Commerce": a unit (a program, a lab, an office, a bureau: relations.yaml
  // `unitHeads`) at, within or under an organization is part of it.
  const units = ctx.words('unitHeads');
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    if (x.type !== 'Organization' || !ORG.includes(y.type) || x.key === y.key || y.start < x.end) continue;
    // The head is the name's last word, or the word before its "of" ("Bureau of Industry and Security").
    const head = (
      /^(?:the\s+)?(\p{L}+)\s+(?:of|for|on)\s/iu.exec(x.m.text)?.[1] ??
      /(\p{L}+)$/u.exec(x.m.text)?.[1] ??
      ''
    ).toLowerCase();
    if (
      units.has(head) &&
      /^\s+(?:at|within|under|inside)\s+(?:the\s+)?$/.test(text.slice(x.end, y.start)) &&
      !/^['\u2019]s\b/.test(text.slice(y.end, y.end + 2))
    )
      ctx.add(x.key, 'PART_OF', y.key, s.si, 0.7, 'pattern:unit-at-organization');
  }
  // "<Country>-based": the company in apposition before it, or the one named just after it.
  for (let k = 0; k < ms.length; k++) {
    const c = ms[k];
    if (c.type !== 'Country' || !/^-(?:based|headquartered)\b/.test(text.slice(c.end, c.end + 14))) continue;
    const prev = k > 0 ? ms[k - 1] : undefined;
    const next = ms.slice(k + 1).find((z) => ORG.includes(z.type));
    if (
      prev &&
      ORG.includes(prev.type) &&
      /^,\s+(?:the|a|an)\s+(?:[\w-]+\s+){0,2}$/.test(text.slice(prev.end, c.start))
    )
      ctx.add(prev.key, 'BASED_IN', c.key, s.si, 0.7, 'pattern:country-based');
    else if (next && /^-(?:based|headquartered)\s+(?:[a-z][\w-]*\s+){0,3}$/.test(text.slice(c.end, next.start)))
      ctx.add(next.key, 'BASED_IN', c.key, s.si, 0.7, 'pattern:country-based');
  }
}
