// Rule "a department by its short name": US news writes a federal department by its field word alone ("Commerce said on
// Monday", "a rule from Commerce", "Treasury added five firms"). A one-word name that the gazetteer knows only as the
// first word of a government department's name ("Commerce Department", "Treasury Department") is that department, not
// a firm or a place guessed from its shape. Inside a longer name ("Chamber of Commerce", "Committee on Energy and
// Commerce") or before another capitalized word ("Commerce Secretary", "Commerce Ministry") it is left to the name rules.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Found } from './found-mention.ts';

/**
 * Before the word: a name's joining word ("Chamber of", "Energy and"), a title's "of the" ("secretary of the"), or a
 * list of other names ("Armed Forces, Commerce and Homeland Security": committees).
 */
const INSIDE_NAME_BEFORE = /(?:\p{Lu}\p{L}*\s+(?:of|and|on|for|&)|\bof\s+the|\bthe\s+\p{Lu}\p{L}*|\p{Lu}\p{L}*,)\s+$/u;
/**
 * After the word: another capitalized word, a hyphenated compound ("Commerce Secretary", "Commerce-led"), a list's next
 * name ("Commerce and Justice"), a security the word names ("Treasury notes", "Treasury yields"), or a title or head
 * written in lower case ("Commerce secretary Gina Raimondo": the title's person is the one spoken of).
 */
const NAME_GOES_ON =
  /^(?:[^\S\n]+\p{Lu}|-\p{L}|,?[^\S\n]+(?:and|or|&)[^\S\n]+\p{Lu}|[^\S\n]+(?:notes?|bonds?|bills?|yields?|securities|futures|auctions?|market|prices?|rates?|secretary|undersecretary|under\s+secretary|department)\b)/u;

/** The department a one-word short name stands for, or undefined ("Commerce" → US Department of Commerce). */
export function departmentOf(word: string, g: Gazetteer): string | undefined {
  if (!/^\p{Lu}\p{Ll}+$/u.test(word) || g.byAlias.has(word)) return undefined;
  const e = g.byAlias.get(`${word} Department`);
  return e?.type === 'Organization' && e.kind === 'government' ? e.name : undefined;
}

/** Applies the rule to a document's finds (in place). */
export function settleDepartmentShortNames(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.anaphor || f.method === 'gazetteer') continue;
    const name = departmentOf(text.slice(f.start, f.end), g);
    if (!name) continue;
    // After a government body and a comma, it is that body's department ("Bureau of Industry and Security, Commerce").
    const unit = found.some(
      (o) => o.type === 'Organization' && !o.anaphor && /^,[^\S\n]+$/.test(text.slice(o.end, f.start)),
    );
    if (!unit && INSIDE_NAME_BEFORE.test(text.slice(Math.max(0, f.start - 30), f.start))) continue;
    if (NAME_GOES_ON.test(text.slice(f.end, f.end + 20))) continue;
    [f.type, f.canonical, f.method, f.strength, f.place] = ['Organization', name, 'shape:department', 3, false];
  }
}
