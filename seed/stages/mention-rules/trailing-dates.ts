// Rule "no day at a name's end": a day's name after a name is when something happened, not a word of the name
// ("Breitbart News Saturday", "St. Anselm College February", "Clinton Friday" in "… said Clinton Friday"). A guessed
// name that ends in a weekday (or, for a body, a firm or a place, a month) loses it; a name that is only that word is left
// to the other rules. Known entities keep their spans.
import { MONTH_ALT, WEEKDAY_ALT } from '../../lexicon/calendar-words.ts';
import type { Found } from './found-mention.ts';

const WEEKDAY_END = new RegExp(`[^\\S\\n]+(?:on[^\\S\\n]+(?:the[^\\S\\n]+)?)?(?:${WEEKDAY_ALT})$`);
const MONTH_END = new RegExp(`[^\\S\\n]+(?:${MONTH_ALT})$`);

/** Applies the rule to a document's finds (in place: their ends). */
export function settleTrailingDates(found: Found[], text: string): void {
  for (const f of found) {
    if (f.anaphor || f.method === 'gazetteer' || f.method.startsWith('phrase:') || f.method.startsWith('description:'))
      continue;
    if (f.type !== 'Person' && f.type !== 'Organization' && f.type !== 'Company' && f.type !== 'Place') continue;
    const name = text.slice(f.start, f.end);
    const m = WEEKDAY_END.exec(name) ?? (f.type === 'Person' ? null : MONTH_END.exec(name));
    if (!m || m.index === 0) continue;
    f.end = f.start + m.index;
    if (f.canonical && f.canonical === name) f.canonical = undefined;
  }
}
