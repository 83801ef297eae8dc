// Rule "places by context": a name written before its state or province ("Clay, New York", "Battle Creek, Michigan
// Mayor …", "Boise, Idaho") or before a region noun ("Johor state", "Guangdong province") is a place's, not a person's; "Washington, D.C." is one place; and a lawmaker's party and
// state in brackets ("(R-MI)") names nothing.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isCommonWord, isCountryWord, isPlaceWord, isTerritory, lexTags } from '../text/lexicon.ts';
import type { Found } from './found-mention.ts';

/** A state, province or region the lexicon knows ("Idaho", "New York", "Bavaria"). */
const isRegion = (w: string) => {
  const t = lexTags(w);
  return Array.isArray(t) ? t.includes('Region') : t === 'Region';
};

/** A name guessed from shape or by the tagger, not one a list or a title made sure of. */
const weak = (f: Found) =>
  !f.anaphor &&
  !f.role &&
  (f.type === 'Person' || f.type === 'Organization' || f.type === 'Place' || f.type === 'Unknown') &&
  f.method !== 'gazetteer' &&
  !f.method.startsWith('lexicon:') &&
  !f.method.startsWith('description:') &&
  !f.method.startsWith('head:') &&
  f.strength <= 2;

/** ", Michigan", ", New York": a region's name after a comma, one or two capitalized words. */
const REGION_AFTER = /^,\s+(\p{Lu}\p{Ll}+)(?:\s+(\p{Lu}\p{Ll}+))?/u;
const regionAfter = (s: string): boolean => {
  const r = REGION_AFTER.exec(s);
  return !!r && (isRegion(r[1]) || (!!r[2] && isRegion(`${r[1]} ${r[2]}`)));
};
/** "Boise, " before a region: the one or two capitalized words before the comma. */
const NAME_BEFORE = /(?:^|[^\p{L}])(\p{Lu}\p{Ll}+(?:\s+\p{Lu}\p{Ll}+)?),\s+$/u;
/** A lawmaker's party and state: "R-MI", "D-IL". */
const PARTY_STATE = /^[RDI]-[A-Z]{2}$/;

/** Applies the rule to a document's finds (in place). */
export function settlePlaceContext(found: Found[], text: string): void {
  for (const f of found) {
    const name = text.slice(f.start, f.end);
    if (PARTY_STATE.test(name) && text[f.start - 1] === '(') {
      f.type = 'Unknown';
      continue;
    }
    if (!/^\p{Lu}/u.test(name)) continue;
    // "D.C. Mayor Muriel Bowser": the District of Columbia.
    if (name === 'D.C.') {
      [f.type, f.place] = ['Place', true];
      continue;
    }
    // "in Clay, New York": after "in" or "near", a given name's word before a region is the town's.
    const town =
      f.type === 'Person' &&
      f.method.startsWith('lexicon:') &&
      !f.anaphor &&
      !f.role &&
      !name.includes(' ') &&
      /\b(?:in|near)\s+$/.test(text.slice(Math.max(0, f.start - 8), f.start));
    if (!weak(f) && !town && !(f.type === 'Place' && f.method.startsWith('lexicon:'))) continue;
    // "Washington, D.C.", "WASHINGTON DC": the city and its district are one place.
    const dc = /^(?:Washington|WASHINGTON)$/.test(name)
      ? /^,?\s+D\.?C\.?(?![\p{L}])/u.exec(text.slice(f.end, f.end + 8))
      : null;
    if (dc) {
      const end = f.end + dc[0].length;
      for (const o of found) if (o !== f && o.start >= f.end && o.end <= end) o.type = 'Unknown';
      [f.end, f.type, f.place, f.canonical] = [end, 'Place', true, undefined];
      continue;
    }
    if (!(weak(f) || town) || !regionAfter(text.slice(f.end, f.end + 40)) || isRegion(name)) continue;
    [f.type, f.place] = ['Place', true];
  }
  // "Malaysia's Johor state", "Guangdong province", "the Zhongguancun district": a name before a lower-case region
  // noun is a place's.
  for (const f of found) {
    if (!weak(f) || f.type === 'Place') continue;
    if (!/^\s+(?:province|state|prefecture|county|district|region)\b/.test(text.slice(f.end, f.end + 14))) continue;
    if (!/^\p{Lu}\p{Ll}+$/u.test(text.slice(f.start, f.end))) continue;
    [f.type, f.place] = ['Place', true];
  }
  // "Clay, New York, and Boise, Idaho": a town no rule found, named before its state.
  const added: Found[] = [];
  for (const f of found) {
    if (f.type !== 'Place' || !isRegion(text.slice(f.start, f.end))) continue;
    const b = NAME_BEFORE.exec(text.slice(Math.max(0, f.start - 40), f.start));
    if (!b || b[1].split(/\s+/).some((w) => isCommonWord(w) || isRegion(w))) continue;
    const start = f.start - b[0].length + b[0].indexOf(b[1]);
    const end = start + b[1].length;
    if (found.some((o) => o.type !== 'Unknown' && o.start < end && start < o.end)) continue;
    added.push({
      start,
      end,
      type: 'Place',
      place: true,
      method: 'pattern:town-state',
      strength: 2,
      sentence: f.sentence,
    });
  }
  found.push(...added);
}

/** A guess from the tagger or the word shapes, or a repeat of one. */
const guessed = (m: string) => m === 'ner' || m.startsWith('ner:') || m.startsWith('shape:') || m === 'document:repeat';

/**
 * "For VOA, Deana Mitchell reports", "a CSIS study": a short form of three to five capitals that only a guess read as a
 * place is an organization's (an outlet's, an agency's, a think tank's); the short forms places go by are known words
 * ("UAE") or two letters (a state's postal code: "Newark, NJ", "in DC").
 */
export function settleAcronymPlaces(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.type !== 'Place' || !f.place || f.anaphor || !guessed(f.method)) continue;
    const name = text.slice(f.start, f.end);
    if (!/^[A-Z]{3,5}$/.test(name) || g.byAlias.has(name) || isPlaceWord(name) || isCountryWord(name)) continue;
    if (isTerritory(name) || isRegion(name)) continue;
    // Only in running text: a line of capitals or a dateline ("BONN 1996-08-30") says nothing by its shape.
    const lineStart = text.lastIndexOf('\n', f.start - 1) + 1;
    const lineEnd = text.indexOf('\n', f.end);
    const line = text.slice(lineStart, lineEnd < 0 ? text.length : lineEnd);
    if (!/\p{Ll}/u.test(line) || !text.slice(lineStart, f.start).trim()) continue;
    f.type = 'Organization';
  }
}
