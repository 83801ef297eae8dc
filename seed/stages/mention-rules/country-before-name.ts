// Rule "a country before a name": a country written right before an organization's name that the name leaves out
// ("the U.S. House Committee on Energy and Commerce", read as "House Committee on …") is still a mention of the country.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Found } from './found-mention.ts';

/** The one word (dotted abbreviation or capitalized) right before a name, after a space. */
const WORD_BEFORE = /(?:^|[\s(“"])((?:\p{Lu}\.){2,}|\p{Lu}[\p{L}.]*)\s$/u;

/** Applies the rule to a document's finds (adds country mentions). */
export function addCountryBeforeName(found: Found[], text: string, g: Gazetteer): void {
  const added: Found[] = [];
  for (const f of found) {
    if ((f.type !== 'Organization' && f.type !== 'Company') || f.anaphor) continue;
    const m = WORD_BEFORE.exec(text.slice(Math.max(0, f.start - 12), f.start));
    if (!m) continue;
    const known = g.byAlias.get(m[1]);
    if (known?.type !== 'Country') continue;
    const start = f.start - 1 - m[1].length;
    const end = f.start - 1;
    if (found.some((o) => o.type !== 'Unknown' && o.start < end && start < o.end)) continue;
    if (added.some((o) => o.start === start)) continue;
    added.push({
      start,
      end,
      type: 'Country',
      canonical: known.name,
      method: 'gazetteer',
      strength: 3,
      sentence: f.sentence,
    });
  }
  found.push(...added);
}
