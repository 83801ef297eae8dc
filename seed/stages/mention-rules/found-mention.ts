// What the mention rules share: a mention while the stage works (Found), one sentence's scan, and the small tests of
// word shape and evidence that several rules ask.
import type { Mention } from '../../analysis.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import type { SpanType } from '../text/names.ts';
import type { Token } from '../text/tokens.ts';
import { isDemonym } from '../text/lexicon.ts';

/** A mention while the stage works: normalized offsets, a provisional type, and how sure the type is. */
export interface Found extends Omit<Mention, 'text' | 'type' | 'entityKey'> {
  type: SpanType;
  strength: number;
  /** Typed by a context cue (a score, "spokesman", a plural verb, a speech verb): the tagger does not retype it. */
  cued?: boolean;
  /** Evidence that a Place-typed span names a place (the tagger's LOC, a dateline, "city of", "X-based", "in X"), not
   * merely a name the rules leave out: only such places become Place mentions. */
  place?: boolean;
  /** A name read whole across "and" by a head word ("Center for Strategic and International Studies"): the tagger may
   * retype it but not cut it in two. */
  whole?: boolean;
}

export interface SentenceScan {
  /** Normalized offset of the sentence. */
  start: number;
  text: string;
  toks: Token[];
  index: number;
  caps: boolean;
  headline: boolean;
}

export const HONORIFIC = /^(?:Mr|Mrs|Ms|Dr|Rev|Prof)\.$/;
/** A capitalized plural ("Representatives", "Sales"), not a possessive or an abbreviation. */
export const PLURAL_NOUN = /^\p{Lu}\p{Ll}+[^su]s$/u;
/** Prepositions that join a governing noun to a name after it. */
export const NAME_PREPOSITIONS = new Set(['of', 'in', 'at', 'for']);

/** A capitalized word ("Nvidia", "H20") or a lower-case one with a capital inside ("iPhone"); ASCII is decided by char codes (hot path). */
export function isCap(w: string): boolean {
  const c = w.charCodeAt(0);
  if (c >= 65 && c <= 90) return true;
  if (c < 128 && !(c >= 97 && c <= 122)) return false;
  if (c < 128) {
    let i = 1;
    while (i < w.length && w.charCodeAt(i) >= 97 && w.charCodeAt(i) <= 122) i++;
    if (i === w.length) return false;
    const d = w.charCodeAt(i);
    if (d >= 65 && d <= 90) return true;
    if (d < 128) return false;
  }
  return /^\p{Lu}/u.test(w) || /^\p{Ll}+\p{Lu}/u.test(w);
}

/** Whole-sentence capitals (wire headlines): the shape of a word says nothing there. */
export function allCaps(text: string): boolean {
  let letters = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c >= 97 && c <= 122) return false;
    if (c >= 65 && c <= 90) letters++;
    else if (c > 127 && text[i] !== text[i].toUpperCase()) return false;
  }
  return letters > 8;
}

/** A Place-typed span with evidence of a place: the words of a known place, or a cue (see Found.place). */
export function isPlace(f: Found): boolean {
  return (
    f.place ??
    (f.method === 'lexicon:place' ||
      f.method === 'shape:compass' ||
      f.method === 'gazetteer' ||
      f.method === 'head:building')
  );
}

/** Finds of the domain layer (gazetteer entries, chips, models, policies, events, descriptions): the tagger never retypes them. */
export function isDomainFind(f: Found): boolean {
  if (f.anaphor || f.method === 'gazetteer' || f.method.startsWith('description:') || f.method.startsWith('phrase:'))
    return true;
  return !(
    f.type === 'Person' ||
    f.type === 'Organization' ||
    f.type === 'Company' ||
    f.type === 'Place' ||
    f.type === 'Unknown' ||
    f.type === 'Country'
  );
}

/** A nationality or people's word ("British", "Turkish", "Hutu" aside): never an organization by context alone. */
export function nationality(s: string, g: Gazetteer): boolean {
  return (
    isDemonym(s) || g.demonyms.has(s) || /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ean|ic|qi|ani|eni|ali|eli|udi|aiti)$/u.test(s)
  );
}

/** A mention no later cue may retype: an anaphor, a strong match, an all-caps shape, a country, an event or a policy. */
export function isSettled(f: Found): boolean {
  return (
    !!f.anaphor ||
    f.strength >= 3 ||
    f.method === 'shape:caps' ||
    f.type === 'Country' ||
    f.type === 'Event' ||
    f.type === 'Policy'
  );
}

/**
 * Spans a context cue (a score, "news agency", "spokesman") may retype: places and unknown words, and people guessed from
 * shape alone without an initial ("Lotte", "Ebbw Vale"). A place the gazetteer lists ("Silicon Valley", "Blair House")
 * keeps its type.
 */
export function mayBeTeam(f: Found, text: string): boolean {
  if (f.anaphor || f.method === 'shape:caps' || f.method === 'gazetteer') return false;
  if (f.type === 'Place' || f.type === 'Unknown') return true;
  return f.type === 'Person' && f.strength <= 1 && !/^\p{Lu}\./u.test(text.slice(f.start, f.end));
}
