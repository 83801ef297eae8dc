// Last checks on Person mentions: a span made only of title, organization or policy words is no person's name, and
// a name that ends in a place's head word ("Sulawesi Island") names a place.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isCommonWord, isFirstName } from '../text/lexicon.ts';
import { type Found, isPlace } from './found-mention.ts';

/**
 * "Sulawesi Island", "Mount Ruang": a name that ends in a place's head word, or opens with (or follows) a place's lead
 * word, names a place, not a person. A lead word left outside the span ("Mount" cut as a sentence's first word) joins it.
 */
export function retypePlaceNames(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.anaphor || f.method.startsWith('description:')) continue;
    // "California-based Nvidia", "Manila-based correspondents": what something is based in is a place.
    if (
      /^-(?:based|headquartered)\b/.test(text.slice(f.end, f.end + 16)) &&
      (f.type === 'Place' || f.type === 'Unknown' || (f.type === 'Person' && f.strength < 3))
    ) {
      [f.type, f.place] = ['Place', true];
      continue;
    }
    if (f.type !== 'Country' && f.type !== 'Place') continue;
    // "South China Sea", "Central America", "Korean Peninsula": a compass word before a country, or a place's head
    // after it, makes one place of them (a known name such as "South Korea" is matched whole before this rule).
    const compass =
      /(?:^|[^\p{L}])((?:Central|South|North|East|West|Southeast|Northeast|Southwest|Northwest)\s+)$/u.exec(
        text.slice(Math.max(0, f.start - 12), f.start),
      );
    const head = /^\s+(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(f.end, f.end + 20));
    if (!compass && !(head && g.placeHeads.has(head[1]))) continue;
    // "US-South Korea": a compass word that makes a country's known name with the word after it names that country.
    const known = compass
      ? g.byAlias.get(`${compass[1]}${text.slice(f.start, f.end)}`.replace(/\s+/g, ' '))
      : undefined;
    if (known?.type === 'Country' && !(head && g.placeHeads.has(head[1]))) {
      f.start -= compass![1].length;
      [f.type, f.canonical] = ['Country', known.name];
      continue;
    }
    if (compass) f.start -= compass[1].length;
    if (head && g.placeHeads.has(head[1])) f.end += head[0].length;
    [f.type, f.place, f.canonical, f.method] = ['Place', true, undefined, 'pattern:place-name'];
  }
  for (const f of found) {
    // A person's name, or a name the rules left out for want of evidence ("Mount Ruang" when the tagger is unsure).
    if (
      !(f.type === 'Person' || (f.type === 'Place' && !isPlace(f))) ||
      f.anaphor ||
      f.method.startsWith('description:')
    )
      continue;
    const w = text.slice(f.start, f.end).split(/\s+/);
    const lead = /(\S+)\s+$/.exec(text.slice(Math.max(0, f.start - 12), f.start));
    // "Ronald Reagan Presidential Library": a name followed by capitalized words ending in a place's head is that place.
    const head = /^\s+(?:\p{Lu}\p{Ll}+\s+){0,2}(\p{Lu}\p{Ll}+)\b/u.exec(text.slice(f.end, f.end + 60));
    if (head && g.placeHeads.has(head[1])) {
      f.end += head[0].length;
      [f.type, f.place] = ['Place', true];
    } else if (lead && g.placeLeads.has(lead[1])) {
      f.start -= lead[0].length;
      [f.type, f.place] = ['Place', true];
    } else if (w.length >= 2 && (g.placeHeads.has(w[w.length - 1]) || g.placeLeads.has(w[0])))
      [f.type, f.place] = ['Place', true];
  }
}

/**
 * Whether a span typed Person can be a person's name: not one that opens with a lower-case word ("of Commerce for
 * Industry", left from a title), nor one made only of common words and title or organization words ("Secretary",
 * "Ranking Member", "Committee Recap") with no given name or surname among them.
 */
const TITLE_WORDS = new WeakMap<Gazetteer, Set<string>>();
/** The capitalized words of the gazetteer's titles ("Under", "Secretary", "Ranking", "Member"), built once per gazetteer. */
export function titleWords(g: Gazetteer): Set<string> {
  let w = TITLE_WORDS.get(g);
  if (!w) {
    w = new Set(g.titles.flatMap((t) => t.title.split(' ')).filter((x) => /^\p{Lu}/u.test(x)));
    TITLE_WORDS.set(g, w);
  }
  return w;
}
export function isPersonName(s: string, f: Found, g: Gazetteer): boolean {
  if (f.anaphor || f.method === 'gazetteer' || f.method.startsWith('description:') || f.method.startsWith('anaphor'))
    return true;
  if (/^\p{Ll}/u.test(s)) return false;
  const words = s.split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  // "Celebrating Songkran", "Married Hindu": a capitalized verb form opening the span is a headline's verb, not a given name.
  if (
    words.length >= 2 &&
    /^\p{Lu}\p{Ll}+(?:ing|ed)$/u.test(words[0]) &&
    isCommonWord(words[0]) &&
    !isFirstName(words[0])
  )
    return false;
  // "H. R." (a bill's number), "I. Background" (a numbered heading): initials alone, or a Roman numeral opening the
  // span before an ordinary word, name no one.
  if (words.every((w) => /^\p{Lu}\.?$/u.test(w))) return false;
  if (words.length === 2 && /^(?:I|II|III|IV|V|VI|VII|VIII|IX|X)\.\s/.test(s) && isCommonWord(words[1])) return false;
  // (Common words alone are no evidence: "Baker", "Young" and "Washington" are surnames; measured on CoNLL dev.)
  return !words.every(
    (w) =>
      g.organizationHeads.has(w) || g.personNouns.has(w.toLowerCase()) || titleWords(g).has(w) || g.policyHeads.has(w),
  );
}
