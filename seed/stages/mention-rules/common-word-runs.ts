// Rule "title-case common words": a run of capitalized ordinary words the tagger or the shape rules took for a name —
// the words of a rule's or a report's title quoted in running text ("Advanced Computing", "Semiconductor Manufacturing
// Equipment", "Artificial Intelligence") — names nothing when the same document writes the phrase in lower case too
// ("advanced computing items"), unless an organization's, a place's, an event's or a policy's head word says what it is
// ("National Security Division"); a firm's head word does not ("Advanced Computing" is no firm's name).
// Known names, head-word finds, descriptions and cued finds keep their type; a team's name of ordinary words ("All
// Blacks", "Red Star") is never written in lower case, so it stays.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { Found, SentenceScan } from './found-mention.ts';
import { isCommonWord, isFirstName, isLastName } from '../text/lexicon.ts';

/** Methods of a guess from the tagger or from shape alone. */
const guessed = (m: string) => m === 'ner' || m.startsWith('ner:shape') || m.startsWith('shape:');

export function settleCommonWordRuns(
  found: Found[],
  text: string,
  g: Gazetteer,
  isCommon: (w: string) => boolean = () => false,
): void {
  let lower: string | undefined;
  for (const f of found) {
    // A repeat of a guessed name elsewhere in the document (senses.ts) is as much a guess as the name it repeats.
    const repeat = f.method === 'document:repeat';
    if (f.anaphor || (f.cued && !repeat) || !(repeat || guessed(f.method))) continue;
    if (f.type !== 'Organization' && f.type !== 'Place' && f.type !== 'Person' && f.type !== 'Company') continue;
    const words = text.slice(f.start, f.end).split(/\s+/);
    if (words.length < 2 || !words.every((w) => /^\p{Lu}\p{Ll}+$/u.test(w))) continue;
    const last = words[words.length - 1];
    if (
      g.organizationHeads.has(last) ||
      g.placeHeads.has(last) ||
      g.eventHeads.has(last) ||
      g.policyHeads.has(last) ||
      g.mediaHeads.has(last)
    )
      continue;
    lower ??= text.toLowerCase();
    if (lower.length !== text.length) return;
    const phrase = words.join(' ');
    const at = lower.indexOf(phrase.toLowerCase());
    let written = false;
    for (let i = at; i >= 0 && !written; i = lower.indexOf(phrase.toLowerCase(), i + 1))
      written = text.slice(i, i + phrase.length) !== phrase && /^\p{Ll}/u.test(text[i]);
    // Nor does a guessed body's or firm's name whose every word the document writes in lower case elsewhere ("National
    // Security" beside "national" and "security"), no given name among them.
    if (!written && f.type !== 'Person' && words.every((w) => isCommon(w) && !isFirstName(w))) written = true;
    if (written) f.type = 'Unknown';
  }
}

/**
 * "Ministry spokesperson He Yongqian said": an organization's head word alone ("Ministry", "Committee", "Bureau") before
 * a person's noun names no organization; a country's institution named by its head ("Congress", "Senate") does.
 */
export function settleBareHeads(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.anaphor || f.type !== 'Organization' || f.method === 'gazetteer' || f.method.startsWith('description:'))
      continue;
    const name = text.slice(f.start, f.end);
    if (!g.organizationHeads.has(name) || g.countryInstitutions.has(name) || !/^\p{Lu}\p{Ll}+$/u.test(name)) continue;
    // Only where it qualifies the person after it ("Ministry spokesperson", "Committee members"): "the Commission said"
    // and "United won" refer back to a body the text named.
    const next = /^\s+(\p{Ll}+)/u.exec(text.slice(f.end, f.end + 24))?.[1];
    if (
      next &&
      (g.personNouns.has(next) || g.personNouns.has(next.replace(/s$/, '')) || /^(?:members?|staff)$/.test(next))
    )
      f.type = 'Unknown';
  }
}

/**
 * "Section 1237", "SEC. 2.", "Title 15": a word that opens a reference to a part of a text, before its number, names no
 * organization, person or place (not even a known one: "SEC. 2." of a bill is no Securities and Exchange Commission).
 */
export function settleReferences(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.anaphor || f.type === 'Unknown' || f.type === 'Policy' || f.type === 'Event') continue;
    const name = text.slice(f.start, f.end);
    const last = name.slice(name.lastIndexOf(' ') + 1);
    if (!g.referenceWords.has(last.replace(/\.$/, ''))) continue;
    if (/^\.?\s+\d/.test(text.slice(f.end, f.end + 6))) f.type = 'Unknown';
  }
}

/**
 * "Senate Democratic leader Chuck Schumer", "House Republican lawmakers": a party's adjective between an institution and
 * a lower-case noun qualifies the noun; the institution alone is named.
 */
export function settlePartyAdjectives(found: Found[], text: string, g: Gazetteer): void {
  for (const f of found) {
    if (f.anaphor || f.type !== 'Organization' || f.method === 'gazetteer' || f.method.startsWith('description:'))
      continue;
    const m = /\s+(?:Democratic|Republican|Democrat)$/.exec(text.slice(f.start, f.end));
    if (!m || !/^\s+\p{Ll}/u.test(text.slice(f.end, f.end + 4))) continue;
    const rest = text.slice(f.start, f.end - m[0].length);
    const last = rest.slice(rest.lastIndexOf(' ') + 1);
    if (g.organizationHeads.has(last) || g.countryInstitutions.has(last)) f.end -= m[0].length;
    else f.type = 'Unknown';
  }
}

/**
 * "the repression of the Uighurs", "Muslim minorities": a people or a faith (seed/gazetteer lexicon `peoples`), in the
 * plural or as its adjective, names a group of people, not an organization, a firm, a place or a person — however sure
 * the tagger is. Known entities keep their type.
 */
export function settlePeoples(found: Found[], text: string, g: Gazetteer): void {
  if (!g.peoples.size) return;
  for (const f of found) {
    if (f.anaphor || f.method === 'gazetteer' || f.method.startsWith('description:')) continue;
    if (f.type !== 'Organization' && f.type !== 'Company' && f.type !== 'Place' && f.type !== 'Person') continue;
    const name = text.slice(f.start, f.end);
    // The adjective ("Muslim", "Serb") only where it is no person's name ("Christian", "Fleming").
    const adjective =
      /^\p{Lu}\p{Ll}+$/u.test(name) && g.peoples.has(`${name}s`) && !isFirstName(name) && !isLastName(name);
    if (g.peoples.has(name) || adjective) f.type = 'Unknown';
  }
}

/** A title-case line (a headline, a question headline included): four words or more, most of them capitalized. */
function titleLine(sc: SentenceScan): boolean {
  // (A title-case line with several commas is a list of names: "Ken Green , Jerry Kelly , …".)
  if (sc.text.split(',').length > 2) return false;
  if (sc.headline) return true;
  const s = sc.text.trim();
  if (!/[?!]$/.test(s) || s.includes('"') || s.includes('“')) return false;
  const words = s.split(/\s+/).filter((w) => /^\p{L}/u.test(w));
  return words.length >= 4 && words.filter((w) => /^\p{Lu}/u.test(w)).length / words.length >= 0.7;
}

/**
 * "Can China Become Self-reliant in Semiconductors?", "… Waits for Washington to Make Next Move": in a title-case line,
 * capitals say nothing, so a guessed name made only of ordinary words (words the lexicon knows or the document writes in
 * lower case), with no head word of a body, a place, an event or a policy at its end, names nothing.
 */
export function settleHeadlineWords(
  found: Found[],
  scans: SentenceScan[],
  text: string,
  g: Gazetteer,
  isCommon: (w: string) => boolean,
): void {
  const lines = new Set(scans.filter((sc) => !sc.caps && titleLine(sc)).map((sc) => sc.index));
  if (!lines.size) return;
  for (const f of found) {
    if (!lines.has(f.sentence) || f.anaphor || !guessed(f.method)) continue;
    if (f.type !== 'Organization' && f.type !== 'Place' && f.type !== 'Person' && f.type !== 'Company') continue;
    const words = text.slice(f.start, f.end).split(/\s+/);
    const last = words[words.length - 1];
    // (A head word needs a name before it: "Semiconductors" alone heads nothing.)
    if (
      words.length > 1 &&
      (g.organizationHeads.has(last) ||
        g.placeHeads.has(last) ||
        g.eventHeads.has(last) ||
        g.policyHeads.has(last) ||
        g.mediaHeads.has(last) ||
        g.companyHeads.has(last))
    )
      continue;
    const ordinary = (w: string): boolean =>
      /^\p{Lu}\p{Ll}+$/u.test(w)
        ? (isCommonWord(w) || isCommon(w) || g.termHeads.has(w) || g.chipHeads.has(w.toLowerCase())) && !isFirstName(w)
        : // "Self-reliant", "High-end": an ordinary word and a lower-case one hyphenated make an adjective.
          /^\p{Lu}\p{Ll}+-\p{Ll}+$/u.test(w) && ordinary(w.slice(0, w.indexOf('-')));
    if (words.every(ordinary)) f.type = 'Unknown';
  }
}
