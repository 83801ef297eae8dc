// Names that end in a possessive: "Lloyd's", "Boatmen's", "Sainsbury's". A one-word firm's name the text uses three
// times or more, always with "'s" after it, is the possessive form: the "'s" belongs to the name, whatever follows it
// ("Boatmen's was the prize", "a bid for Boatmen's."). Names of more words ("the Biden Administration's") are
// ordinary possessives.
import type { Found } from './found-mention.ts';

const POSSESSIVE = /^ ?['’]s(?![\p{L}\p{N}])/u;
/** Mentions of a name needed before its always-possessive use is read as the name's own form. */
const MIN_MENTIONS = 3;

export function settlePossessiveNames(found: Found[], text: string): void {
  const byName = new Map<string, Found[]>();
  for (const f of found) {
    if (f.anaphor || f.method === 'gazetteer') continue;
    const s = text.slice(f.start, f.end);
    const list = byName.get(s);
    if (list) list.push(f);
    else byName.set(s, [f]);
  }
  for (const [name, list] of byName) {
    if (list.length < MIN_MENTIONS || /\s/.test(name)) continue;
    if (!list.every((f) => f.type === 'Organization' || f.type === 'Company')) continue;
    const tails = list.map((f) => POSSESSIVE.exec(text.slice(f.end, f.end + 4)));
    if (tails.some((t) => !t)) continue;
    list.forEach((f, i) => {
      f.end += tails[i]![0].length;
    });
  }
}
