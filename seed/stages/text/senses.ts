// One sense per document for organization names: short forms of a company's full name, repeats of a multiword name, and firm cues before a name.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { LEGAL_FORMS, type SpanType } from './names.ts';
import { isCommonWord, isCountryWord, isDemonym, isPlaceWord } from './lexicon.ts';
import { splitSpaces } from './matches.ts';
import { indexAtOrBefore } from './stage-context.ts';

/** What this module reads and writes of a mention under construction (the mentions stage's working record). */
export interface SenseFind {
  start: number;
  end: number;
  type: SpanType;
  method: string;
  strength: number;
  sentence: number;
  anaphor?: boolean;
  cued?: boolean;
  role?: string;
}

/** Who is asking: the document, its sentences' start offsets, and which finds the rules settled for good. */
export interface SenseContext {
  text: string;
  g: Gazetteer;
  sentenceStarts: number[];
  /** Finds that carry evidence of their own (gazetteer, chips, policies, descriptions): never retyped here. */
  settled: (f: SenseFind) => boolean;
  /** Whether a capitalized word is an ordinary word in this document (also written lower case). */
  isCommon: (w: string) => boolean;
}

/**
 * A find whose type was a guess (shape, a name list, a weak context, the tagger): it yields to the document's own
 * evidence. A person introduced by a title or an honorific ("Mr. Magna", "analyst John Casesa") keeps its type.
 */
function guessed(f: SenseFind, c: SenseContext): boolean {
  if (f.anaphor || f.role || c.settled(f) || f.method.startsWith('pattern:honorific')) return false;
  return (
    f.type === 'Person' ||
    f.type === 'Organization' ||
    f.type === 'Company' ||
    f.type === 'Place' ||
    f.type === 'Unknown'
  );
}

/** Words a company's name may end with that its short form drops ("Magna International Inc" → "Magna International", "Magna"). */
function stemWords(name: string): string[] {
  const words = splitSpaces(name);
  while (words.length > 1 && (LEGAL_FORMS.has(words[words.length - 1]) || words[words.length - 1] === '&')) words.pop();
  return words;
}

/** Adjectives of peoples and faiths ("Islamic", "Jewish", "Kenyan"): they qualify a company's name, never stand for it. */
const ADJECTIVE_OF_PEOPLE = /^\p{Lu}\p{Ll}+(?:ish|ese|ian|ean|ic|an)$/u;

/** Last words of the people the text names in full ("Johnson" of "Hugh Johnson"). */
function personSurnames(found: SenseFind[], text: string): Set<string> {
  const out = new Set<string>();
  for (const f of found) {
    if (f.type !== 'Person' || f.anaphor) continue;
    const sp = text.lastIndexOf(' ', f.end - 1);
    if (sp > f.start) out.add(text.slice(sp + 1, f.end));
  }
  return out;
}

/** A single word that can stand for a company alone: no place, nationality, ordinary word or person's surname. */
function isOwnName(w: string, c: SenseContext, surnames: () => Set<string>): boolean {
  return (
    w.length > 1 &&
    /^\p{Lu}/u.test(w) &&
    !ADJECTIVE_OF_PEOPLE.test(w) &&
    !isCountryWord(w) &&
    !isPlaceWord(w) &&
    !isDemonym(w) &&
    !c.g.demonyms.has(w) &&
    !isCommonWord(w) &&
    !c.isCommon(w) &&
    !c.g.companyHeads.has(w) &&
    !surnames().has(w)
  );
}

/**
 * The short forms a document uses for the companies it names in full are those companies: every leading part of the
 * name before its legal form or company head word, e.g. "Jones Medical Industries Inc" → "Jones Medical Industries",
 * "Jones Medical", "Jones". A single word that is also a place, a nationality, an ordinary word or the surname of a
 * person the text names ("Boston" of "Boston Scientific Corp", "Johnson" beside "Hugh Johnson") keeps its own senses.
 */
function shortNames(found: SenseFind[], c: SenseContext, full: string[]): void {
  const forms = new Set<string>();
  let surnames: Set<string> | null = null;
  const lazySurnames = () => (surnames ??= personSurnames(found, c.text));
  for (const name of full) {
    const stem = stemWords(name);
    for (let n = stem.length === splitSpaces(name).length ? stem.length - 1 : stem.length; n >= 1; n--) {
      const form = stem.slice(0, n).join(' ');
      if (forms.has(form)) continue;
      if (n === 1 ? !isOwnName(form, c, lazySurnames) : isCountryWord(form) || isPlaceWord(form)) continue;
      forms.add(form);
    }
  }
  if (!forms.size) return;
  for (const f of found) {
    if (f.type === 'Company' || f.type === 'Country' || !guessed(f, c) || !forms.has(c.text.slice(f.start, f.end)))
      continue;
    f.type = 'Company';
    f.method = 'document:short-name';
    f.cued = true;
  }
}

/** Nouns for people who work somewhere, before "at"/"with" and a name: "analysts at Morgan Stanley", "economist with Indosuez". */
const WORKERS = new Set(
  (
    'researcher engineer scientist executive officer director manager employee staff worker spokesman spokeswoman ' +
    'spokesperson official lawyer partner chairman chairwoman president chief'
  ).split(' '),
);
/** Those of them who work for firms in the market: where they work is a company. */
const MARKET_WORKERS = new Set('analyst economist strategist trader dealer broker banker'.split(' '));

/** The noun before "at"/"with" (and "the") that ends at `at`, singular and lower-cased: "Analysts at" → "analyst". */
function workerBefore(text: string, at: number): string | null {
  let e = at;
  if (text.endsWith(' the', e)) e -= 4;
  if (text.endsWith(' at', e)) e -= 3;
  else if (text.endsWith(' with', e)) e -= 5;
  else return null;
  const s = text.lastIndexOf(' ', e - 1) + 1;
  let w = text.slice(s, e).toLowerCase();
  if (w.length > 3 && w.endsWith('s') && w !== 'staff') w = w.slice(0, -1);
  return w;
}

/**
 * A name where people work: "analysts at Morgan Stanley", "chief investment officer at First Albany". People do not work
 * at a person ("at Huang's keynote" has a possessive after the name); market people work at firms.
 */
function workplaces(candidates: SenseFind[], c: SenseContext): void {
  const text = c.text;
  for (const f of candidates) {
    const at = f.start - 1;
    const w = workerBefore(text, at);
    if (!w || !(WORKERS.has(w) || MARKET_WORKERS.has(w))) continue;
    // An organization guessed from shape that market people work at ("analysts at Kestrova Research") is a firm,
    // unless an institution's head word ends it ("economists at the Peterson Institute").
    const s0 = text.slice(f.start, f.end);
    const firmOrg =
      f.type === 'Organization' &&
      MARKET_WORKERS.has(w) &&
      !f.method.startsWith('head:') &&
      !c.g.organizationHeads.has(s0.slice(s0.lastIndexOf(' ') + 1));
    if (
      !guessed(f, c) ||
      f.type === 'Company' ||
      (f.type === 'Organization' && !firmOrg) ||
      (f.type === 'Person' && f.strength >= 3)
    )
      continue;
    if (/^\s*'s\b/.test(text.slice(f.end, f.end + 4))) continue;
    const s = text.slice(f.start, f.end);
    if (isCountryWord(s) || isDemonym(s)) continue;
    f.type = MARKET_WORKERS.has(w) ? 'Company' : 'Organization';
    f.method = 'context:workplace';
    f.cued = true;
  }
}

/** A letter or digit (a name found inside a longer word is no repeat of it). */
function isWordChar(ch: string | undefined): boolean {
  if (ch === undefined) return false;
  const c = ch.charCodeAt(0);
  if (c < 128) return (c >= 48 && c <= 57) || (c >= 65 && c <= 90) || (c >= 97 && c <= 122);
  return /[\p{L}\p{N}]/u.test(ch);
}

/**
 * A multiword organization name the document settles once is the same name wherever else it is written, even where a
 * sentence-initial common word was cut from it or a speech verb made its last word a person ("Device Solutions said").
 * Mentions inside a repeat yield to it; a place, or a longer find that holds the words, keeps them.
 */
function repeatNames(found: SenseFind[], c: SenseContext, names: Map<string, SenseFind>): void {
  const text = c.text;
  // Built on the first repeat only: most names are written once.
  let orgAt: Set<number> | null = null;
  let at: Map<number, SenseFind[]> | null = null;
  let starts: number[] = [];
  for (const [name, model] of names) {
    for (let o = text.indexOf(name); o >= 0; o = text.indexOf(name, o + name.length)) {
      const end = o + name.length;
      if (o === model.start || isWordChar(text[o - 1]) || isWordChar(text[end])) continue;
      if (!orgAt) {
        orgAt = new Set();
        for (const f of found)
          if (f.type === 'Company' || f.type === 'Organization') orgAt.add(f.start * 4096 + (f.end - f.start));
      }
      if (orgAt.has(o * 4096 + name.length)) continue;
      if (!at) {
        at = new Map();
        for (const f of found) {
          let xs = at.get(f.sentence);
          if (!xs) at.set(f.sentence, (xs = []));
          xs.push(f);
        }
        starts = c.sentenceStarts;
      }
      const sentence = indexAtOrBefore(starts, o);
      let here = at!.get(sentence);
      if (!here) at!.set(sentence, (here = []));
      const over = here.filter((f) => f.start < end && o < f.end && f.type !== 'Unknown');
      if (over.some((f) => f.start < o || f.end > end || f.type === 'Place' || f.type === 'Country' || !guessed(f, c)))
        continue;
      for (const f of over) f.type = 'Unknown';
      const f: SenseFind = {
        start: o,
        end,
        type: model.type,
        method: 'document:repeat',
        strength: 2,
        sentence,
        cued: true,
      };
      found.push(f);
      here.push(f);
      orgAt.add(o * 4096 + name.length);
    }
  }
}

/** What may stand between the last two members of a list, and between the others. */
const LIST_END = /(?:\s*,)?\s+(?:and|or)\s+$/;
const LIST_COMMA = /\s*,\s*$/;

/** A find the list rule may retype: a guess from shape or a single list word, or a place no list knows as a country. */
function listGuess(f: SenseFind, c: SenseContext): boolean {
  if (!guessed(f, c) || f.cued) return false;
  // "Zhipu AI and Shanghai-based MiniMax": a name in a compound modifier is no member of the list.
  if (/^-(?:based|headquartered|listed|made)\b/.test(c.text.slice(f.end, f.end + 16))) return false;
  if (f.type === 'Unknown') return true;
  const s = c.text.slice(f.start, f.end);
  if (isDemonym(s) || c.g.demonyms.has(s) || ADJECTIVE_OF_PEOPLE.test(s)) return false;
  if (f.type === 'Place') return !isCountryWord(s);
  return f.type === 'Person' && f.strength <= 1;
}

/**
 * Conjuncts share a kind: in "Magna , Johnson Controls and Lear" or "Wasps and Bristol", a member that only shape or a
 * place list typed is an organization when another member is one by evidence (a head word, a cue, the gazetteer).
 * A list with a country or a person named by evidence in it stays as it is. Lists end in "and"/"or": a comma alone
 * may as well end a clause ("outside Moscow , Interfax said").
 */
function settleLists(found: SenseFind[], lasts: SenseFind[], c: SenseContext): void {
  const text = c.text;
  let byEnd: Map<number, SenseFind> | null = null;
  for (const last of lasts) {
    if (last.anaphor) continue;
    const gap = LIST_END.exec(text.slice(Math.max(0, last.start - 8), last.start));
    if (!gap) continue;
    if (!byEnd) {
      byEnd = new Map();
      for (const f of found)
        if (!f.anaphor && !f.method.startsWith('description:') && (f.type !== 'Unknown' || !byEnd.has(f.end)))
          byEnd.set(f.end, f);
    }
    const members = [last];
    let prev = byEnd.get(last.start - gap[0].length);
    while (prev && prev.sentence === last.sentence && !members.includes(prev)) {
      members.push(prev);
      const comma = LIST_COMMA.exec(text.slice(Math.max(0, prev.start - 4), prev.start));
      prev = comma ? byEnd.get(prev.start - comma[0].length) : undefined;
    }
    if (members.length < 2) continue;
    const org = members.find((f) => (f.type === 'Organization' || f.type === 'Company') && (f.strength >= 2 || f.cued));
    if (!org || members.some((f) => f.type === 'Country' || (f.type === 'Person' && !listGuess(f, c)))) continue;
    for (const f of members) {
      if (f.type === 'Organization' || f.type === 'Company' || !listGuess(f, c)) continue;
      f.type = org.type;
      f.method = 'context:list';
      f.cued = true;
    }
  }
}

/** Capitalized and with lower-case letters (ASCII decided by char codes: this runs on every organization find). */
function runningTextName(s: string): boolean {
  const c0 = s.charCodeAt(0);
  if (!(c0 >= 65 && c0 <= 90) && !(c0 > 127 && /^\p{Lu}/u.test(s))) return false;
  for (let i = 1; i < s.length; i++) {
    const ch = s.charCodeAt(i);
    if (ch >= 97 && ch <= 122) return true;
  }
  return /\p{Ll}/u.test(s);
}

/**
 * One sense per document for organization names, after the rules and the tagger: a company's short form is the company,
 * a multiword organization name repeated is the same organization, a name listed with organizations is one, and a
 * name after "analysts at" is where they work.
 */
export function settleDocumentSenses(found: SenseFind[], c: SenseContext): void {
  const text = c.text;
  let full: string[] | null = null;
  let multi: Map<string, SenseFind> | null = null;
  // One pass sorts out the few finds each rule looks at (this runs on every find of every document).
  const lasts: SenseFind[] = [];
  const workers: SenseFind[] = [];
  for (const f of found) {
    const b = f.start - 1;
    if (text.charCodeAt(b) === 32) {
      const p = text.charCodeAt(b - 1);
      if ((p === 100 && text.endsWith('and', b)) || (p === 114 && text.endsWith('or', b))) lasts.push(f);
      else if (
        (p === 116 && text.endsWith('at', b)) ||
        (p === 104 && text.endsWith('with', b)) ||
        (p === 101 && text.endsWith('the', b))
      )
        workers.push(f);
    }
    // Names the gazetteer knows come with their own aliases and are matched wherever they are written.
    if ((f.type !== 'Company' && f.type !== 'Organization') || f.anaphor || c.settled(f)) continue;
    const sp = text.lastIndexOf(' ', f.end - 1);
    if (sp <= f.start) continue;
    const name = text.slice(f.start, f.end);
    const last = text.slice(sp + 1, f.end);
    if (LEGAL_FORMS.has(last) || c.g.companyHeads.has(last)) (full ??= []).push(name);
    // A name in running text: capitalized, with lower-case letters (a capitals line says nothing about its words).
    if (f.strength >= 2 && !multi?.has(name) && runningTextName(name)) (multi ??= new Map()).set(name, f);
  }
  if (full) shortNames(found, c, full);
  if (multi) repeatNames(found, c, multi);
  if (lasts.length) settleLists(found, lasts, c);
  if (workers.length) workplaces(workers, c);
}
