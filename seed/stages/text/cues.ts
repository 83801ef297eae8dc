// Context cues around a name already found: what the words next to it say about its type (a team, a body, a dateline place).

/**
 * A plural verb right after a name that looks singular: a team or a body of people, never one person or a city.
 * "Juventus have won", "Chemlon Humenne win 3-0", "the council were" (British agreement with collective nouns).
 */
const PLURAL_VERB_AFTER =
  /^\s+(?:have|are|were|win|lose|meet|face|host|need|remain|go|visit|travel|trail|lead|play|qualify)\b(?!\s+(?:been\s+)?(?:told|asked|said)\b)/;
/** A word that joins two subjects ("He and co-driver Ann Lee were") or makes the name no subject ("officials in Paris were"). */
const NOT_SUBJECT_BEFORE =
  /(?:\b(?:and|or|nor|both)\b[^.;:\n]*|,\s*|&\s*|\b(?:would|will|can|could|should|may|might|must|shall|did|does|do|to|in|of|at|from|to|on|for|with|by|near|into|about|than|like|over|under|against|between|among|via|through|across)\s+(?:the\s+)?)$/;

export function pluralVerbAfter(text: string, start: number, end: number): boolean {
  return (
    PLURAL_VERB_AFTER.test(text.slice(end, end + 30)) &&
    !NOT_SUBJECT_BEFORE.test(text.slice(Math.max(0, start - 40), start))
  );
}

/** A wire dateline: a place at the start of a line before the date ("BONN 1996-08-22", "RICHMOND , Va . 1996-08-22"). */
const DATELINE_AFTER =
  /^[ \t]*(?:,[ \t]*[\p{Lu}][\p{L}.]*(?:[ \t]+[\p{Lu}][\p{L}.]*)?[ \t]*\.?[ \t]*)?(?:\n\s*)?\d{4}-\d\d-\d\d\b/u;

export function isDateline(text: string, start: number, end: number): boolean {
  return (
    /(?:^|\n)[ \t]*$/.test(text.slice(Math.max(0, start - 4), start)) && DATELINE_AFTER.test(text.slice(end, end + 40))
  );
}

/**
 * A competitor's team in a results list: after a name in brackets (its country) at the end of a line, with only times or
 * figures after it: "3. Jane Doe ( Italy ) Mapei 1:55.3".
 */
export function isRankingTeam(text: string, start: number, end: number): boolean {
  const ls = text.lastIndexOf('\n', start - 1) + 1;
  let le = text.indexOf('\n', end);
  if (le < 0) le = text.length;
  return (
    /\(\s*\p{Lu}[\p{L}.]*(?:\s+\p{Lu}[\p{L}.]*)?\s*\)\s+$/u.test(text.slice(ls, start)) &&
    /^[^\p{L}]*(?:(?:hours?|mins?|minutes|secs?|seconds|laps?|pts|points|behind|\d+)\b[^\p{L}]*)*$/u.test(
      text.slice(end, le),
    )
  );
}

/** A club in brackets right after a player's name in a squad or scorers list: "Ann Lee ( Ajax ) ,". */
export function isBracketedAfterName(text: string, start: number, end: number, personEnds: Set<number>): boolean {
  const open = /\s*\(\s*$/.exec(text.slice(Math.max(0, start - 6), start));
  if (!open || !/^\s*\)/.test(text.slice(end, end + 3))) return false;
  return personEnds.has(start - open[0].length);
}

/**
 * A team in a match report: two sides with their countries and scores on one line ("Hearts ( Scotland ) 1 Rapid ( Austria ) 0"),
 * or a side before its scorers ("Hearts - Ann Lee ( 44th )"). Individuals' result lines carry one bracket and several figures.
 */
const BRACKET_SCORE = String.raw`\s*\(\s*\p{Lu}[\p{L}.]*(?:[ \t]+\p{Lu}[\p{L}.]*){0,2}\s*\)[ \t]+\d{1,3}`;
const FIRST_SIDE = new RegExp(String.raw`^${BRACKET_SCORE}[ \t]+\p{Lu}[^\n(]{0,40}(?:\n\s*)?\(`, 'u');
const SECOND_SIDE = new RegExp(String.raw`^${BRACKET_SCORE}(?=[ \t]|\n|$)`, 'u');
const SCORERS = /^[ \t]+-[ \t]+\p{Lu}[^\n]{0,40}?\([ \t]*\d{1,3}(?:st|nd|rd|th)\b/u;

export function isMatchTeam(text: string, start: number, end: number): boolean {
  const after = text.slice(end, end + 80);
  if (FIRST_SIDE.test(after) || SCORERS.test(after)) return true;
  return SECOND_SIDE.test(after) && /\)[ \t]+\d{1,3}[ \t]+$/.test(text.slice(Math.max(0, start - 8), start));
}
