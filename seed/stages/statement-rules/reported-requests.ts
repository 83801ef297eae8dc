// Pass "reported requests are acts": "the lawmakers urged the FBI to stop certifying …", "the Committee has called for
// Commerce to tighten …", "Chairman X called on the administration to sanction …", "wrote to Secretary Y, requesting
// that the Department consider …", "warning him about the dangers of …". A request reported in the writer's own words
// (typically a letter a committee or an agency sent, as official releases and news quoting them report it) is an act,
// like "sanctioned" or "sent": our gold (test/eval/indomain, indomain-news) never counts one as a statement, and counts
// a request only when the requested words are quoted (`calling for, "the Secretary … to review …"`). PolNeAR's
// annotators do count unquoted requests ("Palmieri called on Trump to stop …"): this pass follows our gold, at a
// small cost in PolNeAR's indirect recall (not a judged figure), none in its direct quotes.
// A statement's cue and content decide; the words are data in seed/lexicon/statement-words.yaml (requestCues).
import type { Statement } from '../../analysis.ts';
import { STATEMENT_WORDS } from '../../lexicon/statement-words.ts';

const REQUEST_CUE = new RegExp(`^(?:${STATEMENT_WORDS.requestCues.join('|')})$`, 'i');
/**
 * A directive: an infinitive, alone ("asked to strengthen controls") or after its addressee ("urged the FBI to stop …",
 * "called for the Department of Commerce to tighten …"); the addressee holds no clause of its own. A call for a thing
 * ("called for faster licence reviews", "urges retaliation") states a position and stays a statement.
 */
const DIRECTIVE =
  /^(?:(?!\b(?:that|is|are|was|were|will|would|has|have|had|said|says)\b)(?:[^;:.!?]|(?<=[A-Z])\.))*?\bto\s+(?!(?:the|a|an|its|their|his|her|this|these|those|that|all|any|some|more|be\s+\w+ed\b)\b)[a-z]+\b/;
/** Only an addressee and a topic, no clause: "him about the dangers of …", "them against weakening …". */
const TOPIC_ONLY = /^(?:him|her|them|us|me|it)\s+(?:about|of|against|over)\s/i;
/** The addressee of a letter, not its content: "wrote to Secretary of Commerce Gina Raimondo, requesting …". */
const ADDRESSEE = /^to\s+(?:the\s+)?\p{Lu}/u;
const WRITE_CUE = /^(?:wrote|writes|write|writing|sent|sends)$/i;

/** A relative clause inside a request's object: "urged the FBI to stop certifying equipment that threatens …". */
const REQUEST_THEN_THAT = new RegExp(
  `\\b(?:${STATEMENT_WORDS.requestCues.join('|')})\\b[^.;:"\u201c\u201d]*?\\bto\\s+[a-z]+\\b[^.;:"\u201c\u201d]*\\b(?:that|which|who)\\s*$`,
);

/**
 * Whether a statement is a reported request, a topic with no clause, or a letter's addressee: no statement. `lead` is
 * the sentence's text before the statement, when known.
 */
export function isReportedAct(st: Pick<Statement, 'kind' | 'cue' | 'text'>, lead = ''): boolean {
  if (st.kind !== 'indirect') return false;
  const text = st.text.trim();
  const cue = (st.cue ?? '').replace(/\s+/g, ' ').trim();
  // The requested words quoted are the speaker's words (the gold's evidence), kept.
  if (/["\u201c\u201d]/.test(text)) return false;
  if (TOPIC_ONLY.test(text)) return true;
  if (WRITE_CUE.test(cue) && ADDRESSEE.test(text)) return true;
  // The clause of a relative "that" inside the requested act is no clause said.
  if (REQUEST_CUE.test(cue) && REQUEST_THEN_THAT.test(lead)) return true;
  return REQUEST_CUE.test(cue) && DIRECTIVE.test(text);
}

/** Drops, in place, the statements that report a request or a letter's addressee rather than words said. */
export function dropReportedRequests(out: Statement[], raw: string): void {
  const kept = out.filter((st) => !isReportedAct(st, raw.slice(Math.min(st.provenance.start, st.start), st.start)));
  if (kept.length === out.length) return;
  out.length = 0;
  out.push(...kept);
}
