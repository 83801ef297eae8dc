// Rule "capitals for their country": a capital that acts ("Beijing has been planning", "Washington will keep working"),
// owns ("Washington's strategy"), or is one side of a rivalry or a talk ("against Beijing", "a symbolic move by
// Beijing", "between Washington and Beijing") stands for its country's government, and is a mention of the country.
// A capital a sentence places something in ("in Beijing", "arrived in Washington", "Washington-based") stays a Place.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Found } from './found-mention.ts';

/** After the capital: a possessive, or a verb (an auxiliary, a speech verb, a past tense). */
const ACTS_AFTER =
  /^(?:['\u2019]s\b|\s+(?:has|had|have|is|was|were|will|would|could|can|may|might|must|should|did|does|said|says|wants|sees|announced|accused|warned|insists|argues|hopes|fears|plans|seeks|[a-z]+ed)\b)/;
/** Before the capital: the other side of a rivalry or a talk, or the agent of a passive. */
const SIDE_BEFORE = /(?:\b(?:against|by|with|between|toward|towards)|\bbetween\s+\p{Lu}\p{L}+\s+and)\s+$/u;

/** Applies the rule to a document's finds (in place). */
export function settleCapitalMetonymy(found: Found[], text: string, g: Gazetteer): void {
  if (!g.capitals.size) return;
  for (const f of found) {
    if (f.type !== 'Place' || f.anaphor) continue;
    const country = g.capitals.get(text.slice(f.start, f.end));
    if (!country) continue;
    if (
      !ACTS_AFTER.test(text.slice(f.end, f.end + 16)) &&
      !SIDE_BEFORE.test(text.slice(Math.max(0, f.start - 40), f.start))
    )
      continue;
    [f.type, f.place, f.canonical, f.method, f.strength] = ['Country', false, country, 'metonymy:capital', 3];
  }
}
