// Rule "a header over printed remarks": a release prints a speaker's remarks under a header of their own ("Sen. Jo Roe's
// remarks as delivered:", "Ranking Member Jo Roe's (D-CA) opening statement as prepared for the record is below.",
// "-Remarks as Delivered-"), paragraph after paragraph, each perhaps opening with a quotation mark that only the last
// closes, or with no marks at all. The paragraphs after the header are the speaker's words, like a transcript's turn
// (statements.ts `turn`): the header's possessive names the speaker, else the release's sentence before it ("X delivered
// the following opening statement …", press-release-following.ts) or the last speaker it reported.
import { PARTY, SPK, SUBJECT_TITLE } from './statement-patterns.ts';

/** A word in lower case or capitalized ("remarks", "Remarks"). */
const w = (...words: string[]) => `(?:${words.map((x) => `[${x[0]}${x[0].toUpperCase()}]${x.slice(1)}`).join('|')})`;
const KINDS = w('remarks', 'statement', 'testimony', 'speech', 'address');
const AS = String.raw`(?:\s+${w('as')}\s+${w('delivered', 'prepared')}(?:\s+${w('for')}\s+(?:${w('the')}\s+)?${w('record', 'delivery')})?)`;

/** A paragraph (masked) that is only such a header; `spk` the possessive speaker when it names one, `name` a first name
 * and surname no mention covers ("Ranking Member Zoe Lofgren's (D-CA) opening statement …"). */
export const REMARKS_HEADER = new RegExp(
  String.raw`^[\s\-\u2013\u2014]*(?:(?:${SUBJECT_TITLE}(?<spk>${SPK})['\u2019]s${PARTY}\s+)|(?:(?:\p{Lu}[\p{L}.]*\s+){0,4}(?<name>\p{Lu}\p{Ll}+\s+\p{Lu}\p{Ll}+)['\u2019]s${PARTY}\s+)|${w('the', 'his', 'her', 'their')}\s+)?(?:${w('full', 'prepared', 'opening', 'closing', 'introductory')}\s+)*${KINDS}${AS}?(?:\s+(?:is|are|follows?)(?:\s+(?:below|as\s+follows))?)?\s*[\-\u2013\u2014:.]*\s*$`,
  'du',
);

/** The cheap test before the pattern: a short paragraph with one of the header's words. */
export const mayBeRemarksHeader = (paragraph: string) =>
  paragraph.length <= 240 && /remarks|statement|testimony|speech|address/i.test(paragraph);
