// Rule "a body's complement with a country": an institution's name that ends in a field ("Committee on Competition")
// goes on with "with" and a country's name ("House Select Committee on Competition with China", "Commission on
// Cooperation with Russia"); the country stays a mention of its own only outside the name.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Found } from './found-mention.ts';
import { headWord } from '../text/institution-names.ts';

export function settleBodyComplements(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.anaphor || f.type !== 'Organization' || f.method.startsWith('description:')) continue;
    const name = text.slice(f.start, f.end);
    const words = name.split(/\s+/);
    // The name is a body's with a complement ("… Committee on Competition"), and ends in a field word.
    if (words.length < 3 || !g.fieldWords.has(words[words.length - 1])) continue;
    if (!g.organizationHeads.has(headWord(name)) || headWord(name) === words[words.length - 1]) continue;
    const m = /^\s+with\s+(?:the\s+)?/.exec(text.slice(f.end, f.end + 12));
    if (!m) continue;
    const at = f.end + m[0].length;
    const country = found.find((o) => o.start === at && o.type === 'Country' && !o.anaphor);
    // Only where the country ends the phrase: "… with China, said" (not "… with China's help").
    if (!country || /^\s*(?:['’]s|\p{Lu})/u.test(text.slice(country.end, country.end + 3))) continue;
    f.end = country.end;
    country.type = 'Unknown';
  }
}
