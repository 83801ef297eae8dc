// The full noun phrase of a restriction found by its head ("export controls", "a ban on …"): the words a reader names
// it by on either side of what the head pattern matched. Before it, lower-case modifiers and a collective noun with
// "of" ("a new set of export controls", "fresh export curbs", "the latest round of sanctions") and the country that
// imposes it ("United States semiconductor export controls", "China's new export controls"); after it, what it is
// aimed at ("… targeting China's chip sector", "… aimed at Huawei") or what it does ("… restricting the sale of …",
// "… designed to curb …"). The determiner stays outside. Word lists:
// seed/lexicon/policy-words.yaml (policyPremodifiers, policyQuantifiers, targetingWords).
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { alternation, POLICY_WORDS } from '../../lexicon/policy-words.ts';
import { lexTags } from './lexicon.ts';
import { countryNamed } from './policy-noun-phrases.ts';
import { readClause } from './clause-policies.ts';

const ACTIONS = new Set(POLICY_WORDS.actionParticiples);

export interface PolicyExtent {
  start: number;
  end: number;
  /** The country an aiming phrase after the head names ("targeting China's chip sector" → China). */
  target?: string;
  /** The country the phrase opens with ("China's new export control law" → China). */
  issuer?: string;
}

const DETERMINERS = /^(?:a|an|the|its|their|this|that|his|her|another|A|An|The|Its|Their|This|That)$/;
const PREMODIFIERS = new Set(POLICY_WORDS.policyPremodifiers);
const QUANTIFIERS = new Set(POLICY_WORDS.policyQuantifiers);
/** Nouns that say what a restriction is about, between the country and the head ("U.S. semiconductor export controls"). */
const TOPICS = new Set(['semiconductor', 'chip', 'chips', 'technology', 'tech', 'AI', 'investment', 'trade', 'export']);

let AIMED: RegExp | undefined;
/**
 * "targeting China's chip sector", "aimed at Huawei": an aiming word, then a name (capitalized words, "U.S."), then
 * optionally its possessive and up to two lower-case words.
 */
function aimed(): RegExp {
  AIMED ??= new RegExp(
    String.raw`^[^\S\n]+(?:${alternation('targetingWords')})[^\S\n]+(?:the[^\S\n]+)?((?:U\.S\.|\p{Lu}[\p{L}\d&.-]*)(?:[^\S\n]+\p{Lu}[\p{L}\d&-]*){0,3})(?:(['\u2019]s)((?:[^\S\n]+[a-z][\w-]*){1,2}))?`,
    'u',
  );
  return AIMED;
}

function isVerb(w: string): boolean {
  const t = lexTags(w);
  const tags = Array.isArray(t) ? t : t ? [t] : [];
  return tags.some((x) => /^(?:PastTense|PresentTense|Infinitive|Copula|Gerund|Modal|Auxiliary|Preposition)$/.test(x));
}

/** Whether `w` (with what precedes it) is a country's name or its possessive, by the gazetteer or the word lists. */
function countryAt(s: string, wordStart: number, g: Gazetteer): boolean {
  const w = s
    .slice(wordStart)
    .split(/\s/)[0]
    .replace(/['\u2019]s$/, '');
  if (w === 'U.S.' || w === 'US') return true;
  return g.byAlias.get(w)?.type === 'Country';
}

/**
 * The phrase of a restriction matched at [start, end) of `s`, widened over its modifiers before and its aim after.
 * Nothing is widened over a line break (a headline ends there).
 */
export function policyExtent(s: string, start: number, end: number, g: Gazetteer): PolicyExtent {
  // Words before, read back one by one.
  let from = start;
  let sawTopic = false;
  let issuer: string | undefined;
  for (let guard = 0; guard < 8; guard++) {
    const before = /(\S+)[^\S\n]+$/.exec(s.slice(Math.max(0, from - 40), from));
    if (!before) break;
    const w = before[1];
    const at = from - before[0].length;
    if (PREMODIFIERS.has(w)) {
      from = at;
      continue;
    }
    // "a new set of", "the latest round of".
    if (w === 'of') {
      const q = /(\S+)[^\S\n]+$/.exec(s.slice(Math.max(0, at - 30), at));
      // The counting noun is a noun only after a determiner or a modifier ("the rules set of …": a verb).
      const det = q && /(\S+)[^\S\n]+$/.exec(s.slice(Math.max(0, at - q[0].length - 20), at - q[0].length));
      if (q && QUANTIFIERS.has(q[1]) && det && (DETERMINERS.test(det[1]) || PREMODIFIERS.has(det[1]))) {
        from = at - q[0].length;
        continue;
      }
      break;
    }
    // "semiconductor export controls": a topic noun right before the head or another topic noun.
    if (TOPICS.has(w) && !sawTopic && from === start) {
      sawTopic = true;
      from = at;
      continue;
    }
    // "United States …", "China's …", "U.S. …": the imposing country, the phrase's first word.
    const two = /(\S+[^\S\n]+\S+)[^\S\n]+$/.exec(s.slice(Math.max(0, from - 60), from));
    if (two && g.byAlias.get(two[1])?.type === 'Country') {
      from -= two[0].length;
      issuer = g.byAlias.get(two[1])!.name;
      break;
    }
    if (countryAt(s, at, g)) {
      from = at;
      const w = s
        .slice(at)
        .split(/\s/)[0]
        .replace(/['\u2019]s$/, '');
      issuer = g.byAlias.get(w)?.name ?? (w === 'US' || w === 'U.S.' ? 'United States' : undefined);
    }
    break;
  }
  // A lone topic word taken with no country or modifier before it stays out ("chip export controls" reads as before).
  if (sawTopic && !/^\S+[^\S\n]+\S+[^\S\n]+/.test(s.slice(from, start))) from = start;
  let to = end;
  let target: string | undefined;
  const aim = aimed().exec(s.slice(end, end + 120));
  if (aim) {
    const lower = aim[3]?.trim().split(/\s+/) ?? [];
    const known = g.byAlias.get(aim[1]);
    const country = known?.type === 'Country' ? known.name : countryNamed(s, end + aim[0].indexOf(aim[1]), g);
    if (!lower.some(isVerb)) {
      to = end + aim[0].length;
      target = country;
    }
  }
  // "export controls restricting the sale of …", "rules designed to curb …": what it does, to its clause's end.
  if (!aim) to = readClause(s, end, ACTIONS) ?? end;
  return { start: from, end: to, target, issuer };
}
