// Rule "the following statement": a release introduces the words it prints next with a sentence of its own that names
// no colon ("Senator Jo Roe (R-Ark.) and Congressman Al Poe (R-Wis.) today released the following statement after the
// department shared its list.", then the quotation as the next paragraph; or the same sentence ending in a colon after a
// long setting: "… released the following statement regarding further action under Section 301 of the Trade Act:"). The sentence's subject, its first speaker
// (the first of a coordinated pair), speaks the paragraph after it, as after "X said:" (statement-patterns.ts
// COLON_INTRO). Word lists: seed/lexicon/statement-words.yaml followingActs, followingWritings.
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';
import { PARTY, SPK, SUBJECT_TITLE } from './statement-patterns.ts';

const ACTS = STATEMENT_WORDS.followingActs.join('|');
const WRITINGS = STATEMENT_WORDS.followingWritings.join('|');

/** A sentence (masked) whose subject, perhaps with a second one coordinated and an apposition, acts the following writing out. */
export const FOLLOWING_INTRO = new RegExp(
  `^[\\s\\u2014\\u2013-]*(?:[^"\\u201c\\u201d]{0,160}?(?:,|\\s[-\\u2014\\u2013]{1,2})\\s+)??${SUBJECT_TITLE}(?<spk>${SPK})${PARTY}(?:,[^,"\\u201c\\u201d]{1,120},)?(?:\\s+and\\s+${SUBJECT_TITLE}${SPK}${PARTY}(?:,[^,"\\u201c\\u201d]{1,120},)?)?\\s+(?:(?:today|yesterday|also|jointly|on\\s+\\w+(?:\\s+\\d{1,2})?|[a-z]+ly)\\s+)*(?<verb>${ACTS})\\s+(?:the\\s+following|this)\\s+(?:[a-z-]+\\s+){0,2}?(?:${WRITINGS})\\b[^"\\u201c\\u201d:]*:?\\s*$`,
  'du',
);
