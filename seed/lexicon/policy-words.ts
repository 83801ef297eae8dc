// Loads the word lists for policies and events named by lower-case noun phrases (policy-words.yaml).
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../io/yaml-cache.ts';
import { escapeRegExp } from '../stages/text/matches.ts';

type Key =
  | 'listNouns'
  | 'namedHeads'
  | 'restrictionAdjectives'
  | 'tradedGoods'
  | 'restrictionNouns'
  | 'inquiryNouns'
  | 'inquiryModifiers'
  | 'inquiryVerbs'
  | 'occasionNouns'
  | 'talksModifiers'
  | 'titledEventNouns'
  | 'namedEventNouns'
  | 'describedEventNouns'
  | 'policyPremodifiers'
  | 'policyQuantifiers'
  | 'targetingWords'
  | 'clauseHeads'
  | 'clauseHeadModifiers'
  | 'electionNouns'
  | 'electionModifiers'
  | 'listingNouns'
  | 'occasionOrdinals'
  | 'datedHeads'
  | 'datedEventHeads'
  | 'actionParticiples'
  | 'complementHeads'
  | 'ownedInstruments';

/** The shipped lists (seed/lexicon/policy-words.yaml), read once. */
export const POLICY_WORDS = parseYamlData(
  fs.readFileSync(fileURLToPath(new URL('./policy-words.yaml', import.meta.url)), 'utf8'),
) as Record<Key, string[]>;

/** A list as one regex alternation, longest first ("chipmaking equipment" before "equipment"). */
export function alternation(key: Key): string {
  return [...POLICY_WORDS[key]]
    .sort((x, y) => y.length - x.length)
    .map((w) => escapeRegExp(w).replace(/ /g, String.raw`\s+`))
    .join('|');
}
