// Restrictions named by what they restrict, in any wording: a restriction noun, "on" or "against", and its object up to
// the end of the noun phrase — "restrictions on chip exports to China", "the curbs on sales of advanced chips to China",
// "export controls on gallium and germanium", "sanctions against Huawei". The head-pattern finders read only some
// objects (a name, listed goods); this one reads any, so the measure's phrase is whole and two measures on different
// things stay two. The object ends at punctuation, a clause word, a verb or a time phrase, within MAX_WORDS words.
// Head nouns: seed/lexicon/policy-words.yaml complementHeads.
import { alternation, POLICY_WORDS } from '../../lexicon/policy-words.ts';
import { lexTags } from './lexicon.ts';
import { matchesOf } from './matches.ts';

export interface RestrictionObject {
  start: number; // offsets into the string searched
  end: number;
  name: string;
}

const MAX_WORDS = 9;
/** Words that end the object: clause words, auxiliaries, time words, and prepositions that start an adjunct. */
const STOP =
  /^(?:that|which|who|while|because|but|when|after|before|until|since|if|as|than|so|said|says|is|are|was|were|be|been|being|has|have|had|will|would|can|could|may|might|should|must|do|does|did|in|at|by|during|following|including|according|over|under|on|for|worldwide|globally|abroad|them|us|him|her|me|last|this|next|earlier|later|amid|despite|with|without|within|through|into|there|here|now|today|yesterday|again|too|also|already|still|it|they|he|she|we|I|you)$/;
/** Function words an object may hold but not end with. */
const INNER = /^(?:of|to|from|and|or|the|a|an|its|their|his|her|some|all|certain|such|more|most)$/;
/** Nouns the lexicon reads as verbs ("export", "use") that an object may hold. */
const NOUNS = new Set([
  'export',
  'exports',
  'import',
  'imports',
  'transfer',
  'trade',
  'use',
  'sale',
  'supply',
  'firms',
  'chips',
]);

/** Restriction nouns: after "and" they open a second measure. */
const HEADS = new Set([...POLICY_WORDS.complementHeads, ...POLICY_WORDS.restrictionNouns]);
/** Determiners after "and" that open a second, separate noun phrase ("Muslims and other …", "… and the voter ID rule"). */
const NEW_PHRASE = /^(?:the|a|an|other|its|their|his|her|this|that|these|those)$/;

/** Whether `w` ends the object, `prev` being the word before it. */
function stops(w: string, prev: string | undefined): boolean {
  if (STOP.test(w) || /^[\p{P}\p{S}]+$/u.test(w)) return true;
  // "… and the voter ID rule", "export controls on China and tariffs on …": a second phrase or a second measure.
  if (prev && /^(?:and|or)$/.test(prev) && (NEW_PHRASE.test(w) || HEADS.has(w.toLowerCase()))) return true;
  if (NOUNS.has(w) || /^\p{Lu}/u.test(w)) return false;
  const t = lexTags(w);
  const tags = Array.isArray(t) ? t : t ? [t] : [];
  // A present-tense verb after a noun ("… media freedom raises concerns") is the sentence's verb.
  if (tags.includes('PresentTense') && prev && !INNER.test(prev)) return true;
  return tags.some((x) => /^(?:PastTense|Infinitive|Copula|Modal|Auxiliary)$/.test(x));
}

/** The end of the object that opens at `i` (after "on "/"against "), or undefined when none ends in time. */
export function readObject(s: string, i: number): number | undefined {
  const word = /([^\s,;:()"\u201c\u201d\u2013\u2014]+)[^\S\n]*/y;
  const words: { text: string; end: number }[] = [];
  let at = i;
  while (words.length <= MAX_WORDS) {
    word.lastIndex = at;
    const w = word.exec(s);
    if (!w) break;
    const raw = w[1];
    const text = raw.replace(/[.!?]+$/, '');
    if (!text || stops(text, words[words.length - 1]?.text)) break;
    words.push({ text, end: w.index + text.length });
    at = word.lastIndex;
    // An end mark ends the sentence, unless it closes an abbreviation before a lower-case word ("U.S. chips").
    if (text !== raw && !(/^(?:\p{Lu}\.)+$/u.test(raw) && /^[a-z]/.test(s.slice(at, at + 1)))) break;
    if (at >= s.length || !/[^\S\n]/.test(s[word.lastIndex - 1] ?? '')) break;
  }
  if (words.length > MAX_WORDS) return undefined;
  // "… chips developed (by …)": a participle the object ends on opens a clause whose rest was cut off.
  while (words.length && (INNER.test(words[words.length - 1].text) || /^[a-z]+ed$/.test(words[words.length - 1].text)))
    words.pop();
  // An object with no content word ("on the") names nothing.
  return words.length ? words[words.length - 1].end : undefined;
}

let HEAD: RegExp | undefined;
/** An optional topic noun, a restriction noun (capitalized at a sentence's start), then "on" or "against". */
function head(): RegExp {
  const heads = alternation('complementHeads');
  HEAD ??= new RegExp(
    String.raw`(?<![\w-])((?:(?:[Ee]xport|[Tt]rade|[Cc]hip|[Tt]echnology|[Ii]nvestment)[^\S\n]+)?(?:${heads}|(?:${heads.replace(/(^|\|)(\w)/g, (_m, bar: string, c: string) => bar + c.toUpperCase())})))[^\S\n]+(on|against)[^\S\n]+`,
    'g',
  );
  return HEAD;
}

/** A noun of effect before the head takes the "on" ("the impact of export controls on the U.S. economy"). */
const EFFECT_BEFORE =
  /\b(?:impact|impacts|effect|effects|toll|influence|burden|strain|pressure|cost|costs|consequences)\s+(?:\S+\s+){0,3}$/i;

export function findRestrictionObjects(s: string): RestrictionObject[] {
  if (!/ (?:on|against) /.test(s)) return [];
  const out: RestrictionObject[] = [];
  for (const m of matchesOf(head(), s)) {
    if (EFFECT_BEFORE.test(s.slice(Math.max(0, m.index - 50), m.index))) continue;
    const end = readObject(s, m.index + m[0].length);
    if (end === undefined) continue;
    const text = s.slice(m.index, end).replace(/\s+/g, ' ');
    out.push({ start: m.index, end, name: text.charAt(0).toLowerCase() + text.slice(1) });
  }
  return out;
}
