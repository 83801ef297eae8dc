// Rule "a reaction before a quotation": a release (and a news report) names who reacts in a paragraph of its own and
// prints the words in the next: "Senator Jo Roe (D-Ind.) welcomed the decision on Monday." then "“This is a win for
// American workers.”" The paragraph's subject, when the paragraph quotes nothing and names no other person, speaks a
// quotation that makes up the next paragraph whole and that nothing else attributes. Word list:
// seed/lexicon/statement-words.yaml reactionActs.
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';
import { APPOSITION, PARTY, SPK, SUBJECT_TITLE } from './statement-patterns.ts';

const ACTS = STATEMENT_WORDS.reactionActs.join('|');

/** A sentence (masked) whose subject, after an optional opening phrase and its comma, reacts: `spk` is the subject. */
export const REACTION_INTRO = new RegExp(
  `^[\\s\\u2014\\u2013-]*(?:[^"\\u201c\\u201d]{0,160}?(?:,|\\s[-\\u2014\\u2013]{1,2})\\s+)??${SUBJECT_TITLE}(?<spk>${SPK})${PARTY}${APPOSITION}\\s+(?:(?:today|yesterday|also|quickly|swiftly|on\\s+\\w+|[a-z]+ly)\\s+)*(?<verb>${ACTS})\\b[^"\\u201c\\u201d]*$`,
  'du',
);
