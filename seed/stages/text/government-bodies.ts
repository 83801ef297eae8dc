// Rule "government by description": a country's (or a nationality's) government, military or state media named by a
// description ("the U.S. government", "China's government", "the German government", "Chinese state media") is an
// Organization of its own; the relations stage ties it to its country (BASED_IN, from the country word it opens with).

/** Bodies a description names after a country: the head words, lower case, as a news text writes them. */
const BODY =
  '(?:(?:central|federal|national|communist|ruling|interim|military|new|current|previous)\\s+)?(?:[Gg]overnment|[Aa]dministration|military|armed\\s+forces|parliament|cabinet|state\\s+media|state\\s+television|state\\s+broadcaster|foreign\\s+ministry|defen[cs]e\\s+ministry|commerce\\s+ministry|navy|army|air\\s+force|coast\\s+guard|embassy|regime|authorities)';
/** After a country's possessive, a ministry, agency, office, court or regulator with up to two words of its field. */
const FIELD_BODY =
  '(?:(?:[a-z][a-z-]+|[A-Z]{2,4})\\s+){0,2}(?:ministry|agency|center|centre|office|bureau|regulator|watchdog|court|commission|council|department)';
// Lower case only, but for "Government" and "Administration" (official prose capitalizes them: "the PRC Government"):
// a capitalized body ("the Iraqi Foreign Ministry") is a name, left to the name rules.
const AFTER_COUNTRY = new RegExp(
  `^(?:['\\u2019]s\\s+(?<field>${FIELD_BODY})|(?:['\\u2019]s)?\\s+(?<body>${BODY}))\\b`,
  'u',
);
const AFTER_DEMONYM = new RegExp(`^\\s+(?<body>${BODY})\\b`, 'u');

export interface BodySpan {
  start: number;
  end: number;
}

/**
 * The span of a government body named right after a country mention (`countryEnd` is where the country's word ends in
 * `text`) or after a nationality word, or undefined. The span starts at the country word and ends after the body.
 * `demonym` says the word before is a nationality ("German"), which takes no possessive.
 */
export function governmentBodyAfter(
  text: string,
  wordStart: number,
  wordEnd: number,
  demonym: boolean,
): BodySpan | undefined {
  const rest = text.slice(wordEnd, wordEnd + 60);
  const m = (demonym ? AFTER_DEMONYM : AFTER_COUNTRY).exec(rest);
  if (!m) return undefined;
  // "U.S. government officials", "China's government-backed fund": a body that only qualifies another noun is not named.
  const after = rest.slice(m[0].length);
  // A ministry's spokesperson or officials speak for that ministry: "China's foreign ministry spokesperson Lin Jian".
  const ministry = /(?:ministry|agency|office|bureau|regulator|commission|department)$/.test(m[0]);
  if (
    /^(?:-|\s+(?:officials?|sources?|spokesm[ae]n|spokeswom[ae]n|spokesperson|data|debt|bonds?|funding|subsidies|support|contracts?|agencies|agency|employees|workers|leaders?)\b)/i.test(
      after,
    ) &&
    !(ministry && /^\s+(?:officials?|spokesm[ae]n|spokeswom[ae]n|spokesperson)\b/.test(after))
  )
    return undefined;
  // "military" is an adjective as often as a noun: "Chinese military companies", "the U.S. military access to bases",
  // "China's military, intelligence, and security services" qualify a noun after them. As a body it ends a phrase or
  // is followed by a verb or a function word ("the North Korean military said").
  if (/military$/.test(m[0]) && militaryQualifies(after)) return undefined;
  return { start: wordStart, end: wordEnd + m[0].length };
}

/** Words that may follow "military" used as a noun: verbs, auxiliaries and function words. */
const AFTER_MILITARY_NOUN =
  /^\s+(?:said|says|say|has|have|had|is|was|were|are|will|would|could|can|may|might|must|should|did|does|and|or|to|in|on|of|for|at|with|by|from|that|which|who|also|has|[a-z]+ed)\b/;

/** Whether the words after "military" show it qualifies a noun (a lower-case noun, or a list of modifiers before one). */
function militaryQualifies(after: string): boolean {
  if (/^,\s+[a-z][a-z-]*(?:,\s+[a-z][a-z-]*)*,?\s+(?:and|or)\s+[a-z][a-z-]*\s+[a-z]/.test(after)) return true;
  return /^\s+[a-z]/.test(after) && !AFTER_MILITARY_NOUN.test(after);
}

/** State media named without a country ("State media said", "state-run media reported"): the span, or undefined. */
const STATE_MEDIA = /\b[Ss]tate(?:-run|-owned|-controlled)?\s+(?:media|television|broadcaster|news\s+agency)\b/gu;
export function stateMediaSpans(text: string, from: number, to: number): BodySpan[] {
  const out: BodySpan[] = [];
  STATE_MEDIA.lastIndex = from;
  for (let m = STATE_MEDIA.exec(text); m && m.index < to; m = STATE_MEDIA.exec(text))
    if (m.index + m[0].length <= to) out.push({ start: m.index, end: m.index + m[0].length });
  return out;
}
