// Last checks on Person mentions: a span made only of title, organization or policy words is no person's name, and
// a name that ends in a place's head word ("Sulawesi Island") names a place.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Found } from './found-mention.ts';

/**
 * Whether a span typed Person can be a person's name: not one that opens with a lower-case word ("of Commerce for
 * Industry", left from a title), nor one made only of common words and title or organization words ("Secretary",
 * "Ranking Member", "Committee Recap") with no given name or surname among them.
 */
const TITLE_WORDS = new WeakMap<Gazetteer, Set<string>>();
/** The capitalized words of the gazetteer's titles ("Under", "Secretary", "Ranking", "Member"), built once per gazetteer. */
function titleWords(g: Gazetteer): Set<string> {
  let w = TITLE_WORDS.get(g);
  if (!w) {
    w = new Set(g.titles.flatMap((t) => t.title.split(' ')).filter((x) => /^\p{Lu}/u.test(x)));
    TITLE_WORDS.set(g, w);
  }
  return w;
}
/** Head words that end a place's name, never a person's. */
export const PLACE_HEAD =
  /^(?:Island|Islands|Shrine|Temple|Mountain|Mountains|River|Lake|Bay|Sea|Strait|Peninsula|Airport|Bridge|Square|Palace|Museum|Stadium|Valley|Desert|Canal|Harbor|Harbour|Volcano|Cathedral|Mosque)$/;
export function isPersonName(s: string, f: Found, g: Gazetteer): boolean {
  if (f.anaphor || f.method === 'gazetteer' || f.method.startsWith('description:') || f.method.startsWith('anaphor'))
    return true;
  if (/^\p{Ll}/u.test(s)) return false;
  const words = s.split(/\s+/).map((w) => w.replace(/[.,]$/, ''));
  // (Common words alone are no evidence: "Baker", "Young" and "Washington" are surnames; measured on CoNLL dev.)
  return !words.every(
    (w) =>
      g.organizationHeads.has(w) || g.personNouns.has(w.toLowerCase()) || titleWords(g).has(w) || g.policyHeads.has(w),
  );
}
