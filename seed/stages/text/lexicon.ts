// Word knowledge for the shallow rules: compromise's lexicon (names, places, common words) read as a plain map, plus speech verbs.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { compromiseLexicon, type LexiconTags } from '../../io/compromise-lexicon.ts';

type Tags = LexiconTags;
const LEXICON = await compromiseLexicon();

const has = (tags: Tags, ...want: string[]) =>
  Array.isArray(tags) ? tags.some((t) => want.includes(t)) : tags !== undefined && want.includes(tags);

const CACHE = new Map<string, Tags | null>();
/** compromise's tags of a word (cached: the lexicon is a large object and words repeat). */
export const lexTags = (word: string): Tags => {
  let t = CACHE.get(word);
  if (t === undefined) {
    t = LEXICON[word.toLowerCase()] ?? null;
    if (CACHE.size < 200_000) CACHE.set(word, t);
  }
  return t ?? undefined;
};
/** Territories named like countries that are places (seed/gazetteer/territories.txt): "Hong Kong", "Macau". */
const TERRITORIES = new Set(
  fs
    .readFileSync(fileURLToPath(new URL('../../gazetteer/territories.txt', import.meta.url)), 'utf8')
    .split('\n')
    .map((l) => l.trim().toLowerCase())
    .filter((l) => l && !l.startsWith('#')),
);
export const isTerritory = (w: string) => TERRITORIES.has(w.toLowerCase());

// What the word predicates below ask of a word, read from its tags once and kept as bits: the rules ask the same
// words again and again (every token, every candidate name), and a lookup of one number allocates nothing.
const FIRST = 1,
  MALE = 2,
  FEMALE = 4,
  LAST = 8,
  COUNTRY = 16,
  PLACE = 32,
  ORG = 64,
  DEMONYM = 128,
  COMMON = 256,
  KNOWN = 512;
const BITS = new Map<string, number>();
// The word asked last and its bits: the rules ask several predicates of one word in a row (about half of all asks
// repeat the one before), which this answers without a map lookup.
let LAST_WORD = '';
let LAST_BITS = -1;
function wordBits(w: string): number {
  if (w === LAST_WORD && LAST_BITS >= 0) return LAST_BITS;
  let b = BITS.get(w);
  if (b !== undefined) {
    LAST_WORD = w;
    LAST_BITS = b;
    return b;
  }
  const t = lexTags(w);
  b = KNOWN;
  if (has(t, 'FirstName', 'MaleName', 'FemaleName')) b |= FIRST;
  if (has(t, 'MaleName')) b |= MALE;
  if (has(t, 'FemaleName')) b |= FEMALE;
  if (has(t, 'LastName')) b |= LAST;
  if (has(t, 'Country') && !isTerritory(w)) b |= COUNTRY;
  if (has(t, 'City', 'Place', 'Region', 'Country', 'Abbreviation|Place')) b |= PLACE;
  if (has(t, 'Organization', 'SportsTeam')) b |= ORG;
  if (has(t, 'Demonym')) b |= DEMONYM;
  if (commonWord(w)) b |= COMMON;
  if (BITS.size >= 200_000) BITS.clear();
  BITS.set(w, b);
  LAST_WORD = w;
  LAST_BITS = b;
  return b;
}
export const isFirstName = (w: string) => (wordBits(w) & FIRST) !== 0;
export const isMaleName = (w: string) => (wordBits(w) & MALE) !== 0;
export const isFemaleName = (w: string) => (wordBits(w) & FEMALE) !== 0;
export const isLastName = (w: string) => (wordBits(w) & LAST) !== 0;
export const isCountryWord = (w: string) => (wordBits(w) & COUNTRY) !== 0;
export const isPlaceWord = (w: string) => (wordBits(w) & PLACE) !== 0;
export const isOrgWord = (w: string) => (wordBits(w) & ORG) !== 0;
export const isDemonym = (w: string) => (wordBits(w) & DEMONYM) !== 0;
/**
 * Nouns and other words news text writes in lower case that compromise's lexicon lacks ("sales", "revenue", "profits"):
 * read at a sentence start or in a headline they would pass for names. Built by seed/ner/common-words.ts from CoNLL-2003
 * eng.train (a word written lower case ≥ 3 times and capitalized inside a name at most a quarter as often).
 */
const COMMON_WORDS = new Set(
  fs
    .readFileSync(fileURLToPath(new URL('../../ner/common-words.txt', import.meta.url)), 'utf8')
    .split('\n')
    .filter(Boolean),
);
const PROPER = [
  'FirstName',
  'MaleName',
  'FemaleName',
  'LastName',
  'City',
  'Place',
  'Region',
  'Country',
  'Organization',
  'SportsTeam',
  'ProperNoun',
  'Person',
  'Demonym',
];
/** A word compromise knows only as an ordinary word (verb, adjective, common noun, function word). */
export const isCommonWord = (w: string): boolean => (wordBits(w) & COMMON) !== 0;
function commonWord(w: string): boolean {
  const t =
    lexTags(w) ??
    (/ies$/.test(w) ? lexTags(w.slice(0, -3) + 'y') : /[^s]s$/.test(w) ? lexTags(w.slice(0, -1)) : undefined);
  if (t === undefined) return COMMON_WORDS.has(w.toLowerCase());
  return Array.isArray(t) ? !t.some((x) => PROPER.includes(x)) : !PROPER.includes(t);
}

/** Verbs that introduce speech or a reported statement, in every form a news text uses. */
const SPEECH_STEMS = [
  'say',
  'said',
  'says',
  'tell',
  'told',
  'tells',
  'add',
  'note',
  'warn',
  'state',
  'argue',
  'explain',
  'emphasize',
  'emphasise',
  'stress',
  'insist',
  'claim',
  'assert',
  'announce',
  'write',
  'wrote',
  'written',
  'continue',
  'reply',
  'respond',
  'acknowledge',
  'admit',
  'observe',
  'remark',
  'comment',
  'declare',
  'suggest',
  'predict',
  'recall',
  'caution',
  'urge',
  'promise',
  'report',
  'contend',
  'maintain',
  'concede',
  'conclude',
  'complain',
  'tweet',
  'post',
  'confirm',
  'deny',
  'estimate',
  'believe',
  'think',
  'thought',
  'allege',
  'mention',
  'point out',
  'pointed out',
  'points out',
  'went on',
  'goes on',
  'ask',
  'answer',
  'boast',
  'joke',
  'quip',
  'recount',
  'reiterate',
  'repeat',
  'testify',
  'vow',
  'pledge',
  'predict',
  'underline',
  'underscore',
  'highlight',
  'reckon',
  'counter',
  'demand',
  'put it',
  'concur',
  'agree',
  'add',
  'advise',
  'assure',
  'brief',
  'inform',
  // A court or a regulator rules that …; a speaker expresses concern, hope or sympathy.
  'rule',
  'express',
  'chant',
];
const SPEECH = new Set<string>();
for (const s of SPEECH_STEMS) {
  SPEECH.add(s);
  if (/[^aeiou]y$/.test(s)) SPEECH.add(s.slice(0, -1) + 'ied').add(s.slice(0, -1) + 'ies');
  else if (s.endsWith('e')) SPEECH.add(s + 'd').add(s + 's');
  else if (!s.includes(' ')) SPEECH.add(s + 'ed').add(s + 's');
}
for (const w of [
  'said',
  'says',
  'told',
  'tells',
  'wrote',
  'writes',
  'thought',
  'thinks',
  'believes',
  'testified',
  'vowed',
  'pledged',
])
  SPEECH.add(w);
export const SPEECH_VERBS = SPEECH;
/** Regex alternation of speech verbs (longest first so "pointed out" wins over "pointed"). */
export const SPEECH_VERB_RE = [...SPEECH]
  .sort((a, b) => b.length - a.length)
  .map((v) => v.replace(/ /g, '\\s+'))
  .join('|');
/** Gerund cues of a reported statement attached to a subject ("…, warning that …"). */
export const SPEECH_GERUNDS =
  'saying|warning|noting|adding|arguing|stating|explaining|insisting|claiming|stressing|emphasizing|emphasising|suggesting|predicting|cautioning|acknowledging|admitting|declaring|asserting|telling';
/**
 * Verbs whose object is the audience ("told reporters"): after them comes who heard, never who spoke, so no verb-first
 * attribution ("…, said X") is read with one of them.
 */
export const TELL_VERBS = 'told|tells|tell|informed|informs|assured|assures|briefed|briefs';
export const TELL_VERB = new RegExp(`^(?:${TELL_VERBS})$`);
