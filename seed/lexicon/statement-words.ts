// Loads the word lists for reading who said what (statement-words.yaml): speech nouns, verbs by the objects they take,
// adverbs and audiences, each a list of regular-expression alternatives.
import fs from 'node:fs';
import { fileURLToPath } from 'node:url';
import { parseYamlData } from '../io/yaml-cache.ts';

type Key =
  | 'speechNouns'
  | 'topicNouns'
  | 'evidenceVerbs'
  | 'toVerbs'
  | 'objectVerbs'
  | 'aboutVerbs'
  | 'accountVerbs'
  | 'plainObjectVerbs'
  | 'noThatVerbs'
  | 'adverbs'
  | 'audiences'
  | 'requestCues'
  | 'writingNouns'
  | 'quoteVerbs'
  | 'followingActs'
  | 'followingWritings'
  | 'pluralTitles'
  | 'reactionActs';

/** The shipped lists (seed/lexicon/statement-words.yaml), read once. */
export const STATEMENT_WORDS = parseYamlData(
  fs.readFileSync(fileURLToPath(new URL('./statement-words.yaml', import.meta.url)), 'utf8'),
) as Record<Key, string[]> & { letterWriters: { writings: string[]; people: string[]; acts: string[] } };
