// Policies written as lower-case noun phrases that the title-case and restriction finders miss: a register with what
// it lists ("a blacklist of alleged Chinese military companies"), a policy named by a capitalized word or an acronym
// before a lower-case head ("the AI diffusion rule", "the CCMC list") and a restriction on lower-case goods ("tariffs on
// semiconductors"). Word lists: seed/lexicon/policy-words.yaml.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { alternation } from '../../lexicon/policy-words.ts';
import { lexTags } from './lexicon.ts';
import { escapeRegExp, matchesOf } from './matches.ts';
import { ERA } from './policy-names.ts';
import { MONTH_ALT, NEWS_MONTH_ABBREVIATION_ALT } from '../../lexicon/calendar-words.ts';

export interface PolicyNounPhrase {
  start: number; // offsets into the string searched
  end: number;
  name: string;
  method: string;
}

/** Words that end a name's run before its head: function words (and verbs, below). */
const STOP_WORDS =
  'and|or|of|to|for|from|in|on|at|by|with|as|is|was|are|were|be|been|has|have|had|that|which|who|the|a|an|new|same|first|last|other|such';
const STOP = new RegExp(`^(?:${STOP_WORDS})$`, 'i');
/** Function words, which no modifier of a policy's head is ("Trump's call for a rule"). */
const FUNCTION_WORD =
  /^(?:and|or|of|to|for|from|in|on|at|by|with|as|is|was|are|were|be|been|has|have|had|that|which|who|the|a|an)$/i;
interface Patterns {
  owned: RegExp;
  dated: RegExp;
  order: RegExp;
  list: RegExp;
  named: RegExp;
  goods: RegExp;
  section: RegExp;
}
/** "Section 301 ", "Section 232 ": a trade statute's section before the tariffs it allows. */
const SECTION = String.raw`Section\s+\d+[A-Z]?\s+`;
let PATTERNS: Patterns | undefined;
function patterns(): Patterns {
  PATTERNS ??= {
    // "President Trump's memorandum", "the Commerce Department's new rule": an issuer's possessive (a capitalized name
    // of up to four words, a title before it), up to two lower-case modifiers, and a legal instrument.
    owned: new RegExp(
      String.raw`(?<![\p{L}\p{N}.-])((?:President|Governor|Gov\.|Secretary|Chairman|Premier|Prime\s+Minister)\s+)?((?:\p{Lu}[\p{L}\p{N}.&-]*\s+){0,3}\p{Lu}[\p{L}\p{N}.&-]*)['\u2019]s\s+((?:[a-z][\w-]*\s+){0,2}?)(${alternation('ownedInstruments')})\b(?![\w-])`,
      'gu',
    ),
    // "the October 7, 2022, controls", "the Oct. 7 rules": a measure named by the day it was issued, after a determiner.
    dated: new RegExp(
      String.raw`\b(?:[Tt]he|[Ii]ts|[Tt]heir)\s+((?:${MONTH_ALT}|${NEWS_MONTH_ABBREVIATION_ALT})\s+\d{1,2}(?:,\s+(?:19|20)\d\d,?)?\s+(?:(?:export|chip|semiconductor)\s+(?=\S+\s*(?:${alternation('datedHeads')})\b))?(?:(${alternation('datedHeads')})|${alternation('datedEventHeads')}))\b(?![\w-])`,
      'g',
    ),
    // "Executive Order 14117", "E.O. 13873", "EO 14105": an executive order by its number.
    order: /\b(?:Executive\s+Order|E\.O\.|EO)\s+(?:No\.\s+)?(\d{5})\b/g,
    // "a blacklist of alleged Chinese military companies": the register, and what it lists when a plural noun ends it.
    list: new RegExp(
      String.raw`\b(?:(?:trade|export|economic|investment)\s+)?(?:${alternation('listNouns')})\b(?:\s+of\s+(?:[\w-]+\s+){0,4}?[a-z][\w-]*s\b)?`,
      'g',
    ),
    // "the AI diffusion rule": a determiner, one to four words, a lower-case head.
    named: new RegExp(
      String.raw`\b(?:[Tt]he|[Aa]n?|[Ii]ts|[Tt]heir|[Tt]his|[Tt]hat)\s+((?:(?!(?:${STOP_WORDS})\s)[\w.&-]+\s+){1,4}?)(${alternation('namedHeads')})\b(?![\w-])`,
      'g',
    ),
    // "tariffs on semiconductors", "export controls on chipmaking equipment", "Section 232 tariffs on semiconductors".
    goods: new RegExp(
      String.raw`\b(?:${SECTION})?(?:tariffs|duties|levies|(?:export\s+)?(?:controls|restrictions|curbs|limits))\s+on\s+(?:(?:imported|foreign|Chinese|advanced|certain)\s+)?(?:${alternation('tradedGoods')})\b`,
      'g',
    ),
    // "Section 301 tariffs", "Section 232 duties": tariffs named by the statute's section that allows them.
    section: new RegExp(String.raw`\b${SECTION}(?:tariffs|duties)\b`, 'g'),
  };
  return PATTERNS;
}

/** "Oct. 7 rules" is named "October 7 rules", so both wordings of the day are one name. */
function fullMonth(name: string): string {
  const abbr = /^([A-Z][a-z]{2,3})\.\s/.exec(name);
  const full = abbr && MONTH_ALT.split('|').find((mo) => mo.startsWith(abbr[1]));
  return full ? `${full} ${name.slice(abbr[0].length)}` : name;
}

/** An acronym: two or more capitals, digits or "&" ("AI", "CCMC", "FDP"). */
const ACRONYM = /^[A-Z][A-Z0-9&]+$/;

function verbLike(w: string): boolean {
  const t = lexTags(w);
  const tags = Array.isArray(t) ? t : t ? [t] : [];
  return tags.some((x) => /^(?:PastTense|PresentTense|Infinitive|Copula|Gerund|Modal)$/.test(x));
}

/**
 * The words before a lower-case head name a policy when they hold an acronym that is no other entity's name ("AI",
 * "CCMC"; not "US" or "NVIDIA") or two capitalized words that are no other entity's name ("Foreign Direct Product").
 */
function namesPolicy(words: string[], g: Gazetteer): boolean {
  if (words.some((w) => STOP.test(w) || (/^[a-z]/.test(w) && verbLike(w)))) return false;
  const other = (x: string) => {
    const known = g.byAlias.get(x) ?? g.byLowerAlias.get(x.toLowerCase());
    return !!known && known.type !== 'Policy';
  };
  if (words.some((w) => ACRONYM.test(w) && !other(w) && !g.demonyms.has(w))) return true;
  const caps = words.filter((w) => /^\p{Lu}\p{Ll}/u.test(w));
  return caps.length >= 2 && caps.length === words.length && !other(caps.join(' '));
}

const KNOWN_LOWER = new WeakMap<Gazetteer, { re: RegExp | null; names: Map<string, string> }>();
/**
 * The policies the gazetteer knows by a lower-case name ("military-civil fusion strategy", "foreign direct product
 * rule"): the capitalized-name finder never reads them, so they are matched here, longest first, as written.
 */
function knownLowerPolicies(g: Gazetteer): { re: RegExp | null; names: Map<string, string> } {
  let k = KNOWN_LOWER.get(g);
  if (!k) {
    const names = new Map<string, string>();
    for (const e of g.entities)
      if (e.type === 'Policy')
        for (const a of [e.name, ...e.aliases]) if (/^\p{Ll}/u.test(a) && a.includes(' ')) names.set(a, e.name);
    const alts = [...names.keys()].sort((x, y) => y.length - x.length).map(escapeRegExp);
    k = { re: alts.length ? new RegExp(String.raw`(?<![\w-])(?:${alts.join('|')})(?![\w-])`, 'g') : null, names };
    KNOWN_LOWER.set(g, k);
  }
  return k;
}

export function findPolicyNounPhrases(s: string, g: Gazetteer): PolicyNounPhrase[] {
  const { list, named, goods, section, dated, order, owned } = patterns();
  const out: PolicyNounPhrase[] = [];
  const push = (start: number, text: string, method: string) =>
    out.push({ start, end: start + text.length, name: text.replace(/\s+/g, ' '), method });
  const known = knownLowerPolicies(g);
  if (known.re)
    for (const m of matchesOf(known.re, s))
      out.push({ start: m.index, end: m.index + m[0].length, name: known.names.get(m[0])!, method: 'gazetteer' });
  if (/lacklist|lack list/.test(s)) for (const m of matchesOf(list, s)) push(m.index, m[0], 'phrase:register');
  if (/\d/.test(s))
    for (const m of matchesOf(dated, s)) {
      const start = m.index + m[0].indexOf(m[1]);
      out.push({
        start,
        end: start + m[1].length,
        name: fullMonth(m[1].replace(/\s+/g, ' ').replace(/,(?= [a-z])/, '')),
        // "the March 15 primary": a gathering or a vote is an event.
        method: m[2] ? 'phrase:dated-policy' : 'phrase:dated-event',
      });
    }
  if (/O\.?\s+(?:No\.\s+)?\d{5}|Order\s+(?:No\.\s+)?\d{5}/.test(s))
    for (const m of matchesOf(order, s))
      out.push({
        start: m.index,
        end: m.index + m[0].length,
        name: `Executive Order ${m[1]}`,
        method: 'phrase:executive-order',
      });
  for (const m of matchesOf(named, s)) {
    const words = m[1].trim().split(/\s+/);
    if (!namesPolicy(words, g)) continue;
    const start = m.index + m[0].indexOf(m[1]);
    const era = ERA.exec(m[1]);
    const phrase = s.slice(start, m.index + m[0].length);
    out.push({
      start,
      end: start + phrase.length,
      name: phrase.slice(era?.[0].length ?? 0).replace(/\s+/g, ' '),
      method: 'phrase:named-policy',
    });
  }
  if (/['\u2019]s\s+[\w\s-]{0,30}(?:order|memorandum|directive|decree|proclamation|rule|bill)/.test(s))
    for (const m of matchesOf(owned, s)) {
      // "It's rule", "That's memorandum": a pronoun's contraction owns nothing; a modifier must not be a verb's object.
      if (/^(?:It|That|There|Here|What|Who|He|She|Let|This)$/.test(m[2])) continue;
      if (m[3]?.split(/\s+/).some((w) => FUNCTION_WORD.test(w))) continue;
      // "the Party's rule", "God's rule": rule alone after a possessive is governance; a rule the issuer makes has a
      // modifier ("Commerce's new rule", "BIS's interim final rule").
      if (m[4] === 'rule' && !m[3]) continue;
      // "The Commerce Department's rule": a sentence's capitalized article is no part of the issuer's name.
      const article = /^(?:The|A|An|This|That|Its|Their)\s+/.exec(m[0])?.[0].length ?? 0;
      push(m.index + article, m[0].slice(article), 'phrase:owned-policy');
    }
  if (/ on /.test(s)) for (const m of matchesOf(goods, s)) push(m.index, m[0], 'phrase:goods-restriction');
  if (/Section \d/.test(s))
    for (const m of matchesOf(section, s))
      if (!out.some((o) => o.start <= m.index && m.index < o.end)) push(m.index, m[0], 'phrase:goods-restriction');
  return out;
}

/** The canonical name of the country whose name (or alias) opens `s` at `i`, its longest alias first; none otherwise. */
export function countryNamed(s: string, i: number, g: Gazetteer): string | undefined {
  const words = /^\S+(?:\s+\S+){0,5}/.exec(s.slice(i))?.[0].split(/\s+/) ?? [];
  for (let n = words.length; n >= 1; n--) {
    const known = g.byAlias.get(
      words
        .slice(0, n)
        .join(' ')
        .replace(/[.,;:)]+$/, ''),
    );
    if (known?.type === 'Country') return known.name;
  }
  return undefined;
}
