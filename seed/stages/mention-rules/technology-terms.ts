// Rule "technology terms": a technology, a standard, a field or a product class written like a name is no organization,
// firm, place or person. Three kinds of evidence, the word classes kept as data (seed/gazetteer/lexicon.yaml):
// - a term the lexicon lists ("EUV", "Wi-Fi", "HBM", "SoC"), wherever it stands;
// - a run of capitalized words that ends in a term's head word ("Artificial Intelligence", "High Bandwidth Memory",
//   "Semiconductor Manufacturing Equipment"), when only a guess (the tagger, the word shapes) made it a name;
// - a short form the document defines by such a term or by a phrase in lower case ("Extreme Ultraviolet (EUV)",
//   "deep ultraviolet (DUV) lithography"), whose letters it spells;
// - a model number that only a guess made a name ("H20 and MI308 sales", "the Mate60 Pro").
// Known entities (the gazetteer), descriptions and phrases keep their type.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isCountryWord, isDemonym, isFirstName, isPlaceWord } from '../text/lexicon.ts';
import type { Found } from './found-mention.ts';

const FUNCTION_WORDS = new Set(['of', 'and', 'the', 'for', 'on', 'in', 'to', '&']);

/** Whether a short form spells a phrase: each content word gives the next letter by its initial, and the letters left
 * over are found inside the word before them, in order ("EUV" of "extreme ultraviolet", "HBM" of "high bandwidth memory"). */
export function spells(short: string, words: string[]): boolean {
  const letters = short.toLowerCase().replace(/[^a-z]/g, '');
  const content = words.map((w) => w.toLowerCase()).filter((w) => !FUNCTION_WORDS.has(w));
  if (letters.length < 2 || content.length < 1 || content.length > letters.length) return false;
  const go = (i: number, w: number): boolean => {
    if (w === content.length) return i === letters.length;
    if (i >= letters.length || content[w][0] !== letters[i]) return false;
    // The word's initial takes letter i; letters after it may come from inside the same word before the next word starts.
    const word = content[w].replace(/[^a-z]/g, '');
    let j = i + 1;
    if (go(j, w + 1)) return true;
    for (let k = 1; k < word.length && j < letters.length; k++)
      if (word[k] === letters[j]) {
        j++;
        if (go(j, w + 1)) return true;
      }
    return false;
  };
  return go(0, 0);
}

/** A model number: a short prefix of letters and figures in one word ("H20", "MI308", "Mate60", "RTX5090"); a longer
 * word before figures is a name ("Future45"). */
const MODEL_NUMBER = /^[A-Z][A-Za-z]{0,3}\d{2,5}[A-Za-z]{0,3}$/;

/** A guess from the tagger or the word shapes, or a repeat of one. */
const guessed = (m: string) =>
  m === 'ner' || m.startsWith('ner:') || m.startsWith('shape:') || m === 'document:repeat' || m === 'pattern:acronym';

const eligible = (f: Found) =>
  !f.anaphor &&
  (f.type === 'Organization' || f.type === 'Company' || f.type === 'Place' || f.type === 'Person') &&
  f.method !== 'gazetteer' &&
  !f.method.startsWith('description:') &&
  !f.method.startsWith('phrase:');

/** A title-case term: ordinary capitalized words, the last a term's head, none a given name, a place or a known name. */
function isTitleTerm(name: string, g: Gazetteer): boolean {
  const words = name.split(/\s+/);
  const last = words[words.length - 1];
  if (words.length < 2 || !g.termHeads.has(last) || g.companyHeads.has(last)) return false;
  return words.every(
    (w) =>
      /^\p{Lu}[\p{Ll}-]+$/u.test(w) &&
      !isFirstName(w) &&
      !isDemonym(w) &&
      !isPlaceWord(w) &&
      !isCountryWord(w) &&
      !g.byAlias.has(w) &&
      !g.demonyms.has(w) &&
      // "Senate Intelligence", "House Intelligence": a body's word makes a committee's short name.
      !g.organizationHeads.has(w) &&
      !g.countryInstitutions.has(w),
  );
}

/** A bracketed short form ("(EUV)") and the words right before its bracket ("Extreme Ultraviolet", "high bandwidth
 * memory"): up to five, capitalized or lower case. The words are read back from each bracket, not searched for over the
 * whole text (a search from every letter of a document cost more than the rest of the mention rules together). */
const SHORT_FORM = /^\(\s*([A-Z][A-Za-z0-9]{1,7})\s*\)/;
const WORDS_BEFORE = /((?:[\p{L}-]+\s+){0,4}[\p{L}-]+)\s*$/u;

/** Short forms the document defines by a term or a lower-case phrase. */
function definedTerms(text: string, g: Gazetteer): Set<string> {
  const terms = new Set<string>();
  for (let at = text.indexOf('('); at >= 0; at = text.indexOf('(', at + 1)) {
    const short = SHORT_FORM.exec(text.slice(at, at + 16))?.[1];
    if (!short) continue;
    const before = WORDS_BEFORE.exec(text.slice(Math.max(0, at - 160), at));
    if (!before) continue;
    const words = before[1].split(/\s+/);
    for (let k = words.length - 1; k >= 0; k--) {
      const phrase = words.slice(k);
      const lower = phrase.every((w) => /^[\p{Ll}-]+$/u.test(w));
      const title = isTitleTerm(phrase.join(' '), g);
      // Lower-case phrases of two words at least ("the agency (BIS)" is no definition), or a title-case term.
      if (((lower && phrase.filter((w) => !FUNCTION_WORDS.has(w)).length >= 2) || title) && spells(short, phrase)) {
        terms.add(short);
        break;
      }
      if (!lower && !/^\p{Lu}/u.test(phrase[0])) break;
    }
  }
  return terms;
}

/** Applies the rule to a document's finds (in place). */
export function settleTechnologyTerms(found: Found[], text: string, g: Gazetteer): void {
  let defined: Set<string> | undefined;
  for (const f of found) {
    if (!eligible(f)) continue;
    const name = text.slice(f.start, f.end);
    if (g.technologyTerms.has(name) && !g.byAlias.has(name)) {
      f.type = 'Unknown';
      continue;
    }
    // "allowed H20 and MI308 sales", "the Mate60 Pro": a model number (letters and figures in one word, opening the name)
    // that no list knows and no rule typed as a chip or a model is a product's, no body's, firm's, place's or person's.
    const first = name.split(/\s+/)[0];
    // (A cue — a list, "X sales" — is no evidence against capitals and figures; a mixed-case word it may make a name.)
    if (
      (guessed(f.method) || f.method === 'context:list') &&
      MODEL_NUMBER.test(first) &&
      (!f.cued || /^[A-Z]+\d/.test(first))
    ) {
      f.type = 'Unknown';
      continue;
    }
    if (!guessed(f.method) || (f.cued && f.method !== 'document:repeat')) continue;
    if (isTitleTerm(name, g)) {
      f.type = 'Unknown';
      continue;
    }
    if (!/^[A-Z][A-Za-z0-9]{1,7}$/.test(name)) continue;
    defined ??= definedTerms(text, g);
    if (defined.has(name)) f.type = 'Unknown';
  }
}
