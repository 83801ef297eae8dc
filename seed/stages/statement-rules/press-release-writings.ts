// Rule "a speaker's writing and a gerund before a quotation": "President Roe's memorandum to key agencies calling for,
// "the Secretary to review …"" — the quotation a named speaker's writing (memorandum, letter, order, statement, post)
// says through a speech gerund is the speaker's. The writing nouns are data (statement-words.yaml writingNouns).
import { FILL, HEAD } from '../text/attribution.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';

const GERUNDS = 'calling\\s+for|calling\\s+on|saying|stating|urging|warning|noting|declaring|directing';

/** The text before a quotation (masked): `spk` the writer, `verb` the gerund. */
export const WRITING_GERUND_BEFORE = new RegExp(
  `(?<spk>${HEAD}${FILL}*)['\\u2019]s?\\s+(?:[a-z-]+\\s+){0,2}(?:${STATEMENT_WORDS.writingNouns.join('|')})\\b[^"\\u201c\\u201d.;]{0,80}?\\b(?<verb>${GERUNDS})\\s*[,:]?\\s*$`,
  'du',
);
