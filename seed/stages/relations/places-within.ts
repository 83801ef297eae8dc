// Where things are: "Phoenix, Arizona", "the U.S. state of Arizona" (a place within a place or a country, PART_OF);
// "the U.S. Commerce Department", "China chip giant SMIC" (an organization named after or behind its country, BASED_IN).
import { finiteVerb, ORG, outerMentions, type RelationContext, type SentenceView } from './relation-context.ts';

/** The country a government body's or a firm's name opens with ("U.S. Commerce Department", "China's government"). */
export function countryInName(ctx: RelationContext, s: SentenceView): void {
  const { text, g } = ctx;
  for (const o of s.ms) {
    if (!ORG.includes(o.type) || o.m.anaphor) continue;
    const lead = /^(\S+(?:\s\S+)?)\s/.exec(text.slice(o.start, o.end));
    if (!lead) continue;
    // "China's government", "German government": a possessive country or a nationality opens the name too.
    const first = lead[1].split(' ')[0].replace(/['\u2019]s$/, '');
    const byDemonym = g.demonyms.get(lead[1]) ?? g.demonyms.get(first);
    const c =
      g.byAlias.get(lead[1]) ??
      g.byAlias.get(first) ??
      (byDemonym ? (g.byAlias.get(byDemonym) ?? { type: 'Country', name: byDemonym }) : undefined);
    if (c?.type === 'Country')
      ctx.add(o.key, 'BASED_IN', ctx.ensure('Country', c.name), s.si, 0.7, 'pattern:country-in-name');
  }
}

/** Places joined by commas whose run of names ends in "and"/"or" are a list ("Phoenix, Austin and Boise"). */
function inList(ctx: RelationContext, ms: SentenceView['ms'], k: number): boolean {
  const isPlace = (m: SentenceView['ms'][number]) => m.type === 'Place' || m.type === 'Country';
  const join = (a: number) => ctx.text.slice(ms[a].end, ms[a + 1].start);
  let first = k;
  while (first > 0 && isPlace(ms[first - 1]) && /^(?:\s+\w+)?,\s*$/.test(join(first - 1))) first--;
  let last = k + 1;
  while (
    last + 1 < ms.length &&
    isPlace(ms[last + 1]) &&
    /^(?:\s+\w+)?,?\s*(?:(?:and|or)\s+)?$/.test(join(last)) &&
    join(last).trim() !== ''
  )
    last++;
  for (let a = first; a < last; a++) if (/\b(?:and|or)\s*$/.test(join(a))) return true;
  // "Beijing, Shanghai": two cities, neither a known region of the other, with a country or place list after.
  return /^\s*,?\s*(?:and|or)\s/.test(ctx.text.slice(ms[last].end, ms[last].end + 8));
}

/** Neighbouring mentions: a place, a comma and a place or country; "state of"; a country before a firm's name. */
export function placesWithin(ctx: RelationContext, s: SentenceView): void {
  const { text } = ctx;
  const ms = outerMentions(s.ms);
  const placeNouns = ctx.words('placeNouns');
  for (let k = 0; k + 1 < ms.length; k++) {
    const [x, y] = [ms[k], ms[k + 1]];
    if (y.start < x.end) continue;
    const between = text.slice(x.end, y.start);
    const comma = /^(?:\s+(\w+))?,\s+$/.exec(between);
    if (
      x.type === 'Place' &&
      (y.type === 'Place' || y.type === 'Country') &&
      comma &&
      (!comma[1] || placeNouns.has(comma[1].toLowerCase()))
    ) {
      // "Beijing, Shanghai and Shenzhen" is a list, not a city in a city; "Huaian, Jiangsu province, China" is a chain.
      if (inList(ctx, ms, k)) continue;
      ctx.add(x.key, 'PART_OF', y.key, s.si, 0.7, 'pattern:place-in-place');
    } else if (x.type === 'Country' || x.type === 'Place') {
      const of = /^\s+(?:[\w-]+\s+)?(\w+)\s+of\s+$/i.exec(between);
      if (y.type === 'Place' && of && placeNouns.has(of[1].toLowerCase()))
        ctx.add(y.key, 'PART_OF', x.key, s.si, 0.75, 'pattern:place-in-place');
      else if (
        x.type === 'Country' &&
        ORG.includes(y.type) &&
        /^\s+(?:[a-z][\w-]*\s+){0,3}$/.test(between) &&
        !/\b(?:and|or|to|in|of|for|with|from|by|on|at|the)\b/.test(between) &&
        // "China praised Nvidia": a verb between them makes the firm an object, not a name the country qualifies.
        !between.trim().split(/\s+/).some(finiteVerb)
      )
        // "the U.S. Commerce Department", "China chip giant SMIC".
        ctx.add(y.key, 'BASED_IN', x.key, s.si, 0.7, 'pattern:country-before-name');
    }
  }
}
