// Rules that exist for one benchmark's quirk: CoNLL-2003's Reuters sports pages (results and standings tables,
// fixtures, "X beat Y", a club in brackets after a player). News about chips and export controls has none of these
// shapes; the rules are kept apart so that they can be read, measured or dropped as one piece.
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { isBracketedAfterName, isDateline, isMatchTeam, isRankingTeam, pluralVerbAfter } from '../text/cues.ts';
import { isCountryWord, isFirstName, isPlaceWord } from '../text/lexicon.ts';
import { splitSpaces } from '../text/matches.ts';
import { type Found, isDomainFind, isSettled, mayBeTeam, nationality, type SentenceScan } from './found-mention.ts';
import type { NameFinder } from './name-finder.ts';

/** A team's name in a table: capitalized words, "of", "'s", "&", and a bracketed short code ("Mladost ( BJ )"). */
const TEAM = String.raw`\p{Lu}[\p{L}'.&-]*(?:\s+(?:of|'s|&|\(\s*\p{Lu}{1,3}\s*\)|\p{Lu}[\p{L}'.&-]*)){0,4}`;
const TEAM_ROW = new RegExp(String.raw`^\s*(?<a>${TEAM})(?:\s+(?:\d+(?:[-/]\d+)?|\.\d+|-)){2,10}\s*$`, 'u');
/** A fixture: "KANSAS CITY AT DETROIT", "Walsall v Wrexham" (a whole line, nothing else on it). */
const FIXTURE_ROW = new RegExp(
  String.raw`^\s*(?:\p{Lu}\p{Ll}+\s*:\s*)?(?<a>${TEAM})\s+(?:(?<at>AT|at)|v|V|vs\.?|VS\.?)\s+(?<b>${TEAM})\s*$`,
  'u',
);
/** Last words that make a name a club's, not a person's: "Ross County", "Notts County", "Bristol Rovers". */
const TEAM_WORDS =
  /^(?:County|City|Town|United|Rovers|Athletic|Wanderers|Albion|Rangers|Thistle|Vale|Park|Orient|Palace|Academicals|Hotspur|Villa|Club|FC|AC|SC)$/;
const RESULT_ROW = new RegExp(String.raw`^\s*(?<a>${TEAM})\s+\d+\s*,?\s+(?<b>${TEAM})\s+\d+\s*$`, 'u');

const SPORT_AFTER = /^\s+(?:\d+|beat|beats|drew|draw|lost|won|v\.?|vs\.?)(?=\s)/;
const SPORT_BEFORE = /(?:\b(?:beat|v\.?|vs\.?|against|with|to|over)|\d)\s+$/;
/** A score or a runs total right after a name: "Surrey 429-7", "Lotte 46 6 54", "Bolton 3". */
const SCORE_AFTER = /^[ \t]+\d+(?:-\d+)?(?=[ \t]|\n|$)/;

/** A whole line that is a results, standings or fixtures row: its names are teams, added as Organization mentions.
 * True when the row is settled (the ordinary scan skips it); false when the scan must read the line too. */
export function scanTableRow(finder: NameFinder, sc: SentenceScan): boolean {
  // A results or standings row ("Bury 4 3 1 0 8 2 10", "Clyde 0 Queen of South 2"): its names are teams.
  const row =
    sc.text.length < 90
      ? /[\d-]\s*$/.test(sc.text)
        ? (TEAM_ROW.exec(sc.text) ?? RESULT_ROW.exec(sc.text))
        : FIXTURE_ROW.exec(sc.text)
      : null;
  if (row) {
    // "X AT Y": Y is where the game is played, a place.
    const teams = [row.groups!.a, row.groups!.at ? undefined : row.groups!.b].filter((x): x is string => !!x);
    let from = 0;
    // A name the row cannot settle (a country, a person) leaves the whole row to the ordinary scan as well.
    let rescan = false;
    for (const t of teams) {
      const at = sc.text.indexOf(t, from);
      from = at + t.length;
      const first = splitSpaces(t)[0];
      // A country playing is still named as the country; the ordinary scan types it.
      if (isCountryWord(t)) {
        rescan = true;
        continue;
      }
      // A person's name in a standings row (golf, athletics) stays for the ordinary scan; a two-sided result is always teams.
      if (
        !row.groups!.b &&
        /\s/.test(t) &&
        isFirstName(first) &&
        !isPlaceWord(first) &&
        !TEAM_WORDS.test(splitSpaces(t).pop()!) &&
        !finder.g.byAlias.has(t)
      ) {
        rescan = true;
        continue;
      }
      finder.add({
        start: sc.start + at,
        end: sc.start + at + t.length,
        type: 'Organization',
        method: 'pattern:team-row',
        strength: 3,
        sentence: sc.index,
      });
    }
    return !rescan;
  }
  return false;
}

/** A fixtures row: the whole line is "NAME AT NAME" or "NAME v NAME" (schedules, draws). */
function fixtureRow(text: string, f: Found): boolean {
  const ls = text.lastIndexOf('\n', f.start - 1) + 1;
  let le = text.indexOf('\n', f.end);
  if (le < 0) le = text.length;
  if (le - ls > 60) return false;
  return /^[ \t]*[\p{Lu}][\p{L}.' -]*?[ \t]+(?:AT|at|v|vs\.?|V)[ \t]+[\p{Lu}][\p{L}.' -]*?[ \t]*$/u.test(
    text.slice(ls, le),
  );
}

/** Teams by a score or "beat" beside a name, or a fixtures line. Adds each team's lower-cased name to `teams`. */
export function settleTeamsByScore(found: Found[], text: string, teams: Set<string>): void {
  for (const f of found) if (f.method === 'pattern:team-row') teams.add(text.slice(f.start, f.end).toLowerCase());
  for (const f of found) {
    // Scores next to a person's name are runs or strokes: only places and unknown words become teams by a score.
    if (!mayBeTeam(f, text) || f.type === 'Person') continue;
    const after = text.slice(f.end, f.end + 14);
    const before = text.slice(Math.max(0, f.start - 14), f.start);
    const scoreAfter = SCORE_AFTER.test(after);
    const rowStart = /(?:^|\n)[ \t]*$/.test(before);
    if (
      (SPORT_AFTER.test(after) &&
        (/\d/.test(after) || SPORT_BEFORE.test(before) || /^\s+(?:beat|beats|drew|v\.?|vs\.?)\s/.test(after))) ||
      /\b(?:beat|v\.?|vs\.?)\s+$/.test(before) ||
      (scoreAfter && (rowStart || /(?:\d|\))\s*,?\s*$/.test(before))) ||
      fixtureRow(text, f)
    ) {
      f.type = 'Organization';
      f.cued = true;
      teams.add(text.slice(f.start, f.end).toLowerCase());
    }
  }
}

/** A ranked result row's entrant after a driver and a country: "2. Michael Andretti ( U.S. ) , Lola Ford Cosworth , 54.483"
 * (motor racing's car, cycling's team): the name between the commas is the team's, not a person's. */
const RANKED_ENTRANT_BEFORE = /(?:^|\n)[ \t]*\d{1,3}\.[ \t]+[^\n(]{3,60}\([ \t]*\p{Lu}[^\n()]{0,30}\)[ \t]*,[ \t]*$/u;
const RANKED_ENTRANT_AFTER = /^[ \t]*,[ \t]*\d/;

export function isRankedEntrant(text: string, start: number, end: number): boolean {
  return (
    RANKED_ENTRANT_AFTER.test(text.slice(end, end + 6)) &&
    RANKED_ENTRANT_BEFORE.test(text.slice(Math.max(0, start - 100), start))
  );
}

/** Entrants of ranked result rows are teams (run after the tagger, which reads "Lola Honda" as a person's name). */
export function settleRankedEntrants(found: Found[], text: string): void {
  for (const f of found) {
    if (f.anaphor || isDomainFind(f) || (f.type !== 'Person' && f.type !== 'Unknown' && f.type !== 'Place')) continue;
    if (!isRankedEntrant(text, f.start, f.end)) continue;
    f.type = 'Organization';
    f.method = 'context:ranked-entrant';
    f.cued = true;
  }
}

/** Teams by a list's shape or by agreement (after settleTeamsByScore and the dateline rule). */
export function settleTeamsByList(
  found: Found[],
  text: string,
  g: Gazetteer,
  surnames: Set<string>,
  teams: Set<string>,
): void {
  // Lists and agreement: a club in brackets after a player, a team after a rider's country, a singular name with a plural verb.
  const personEnds = new Set<number>();
  const orgEnds = new Set<number>();
  const orgStarts = new Set<number>();
  for (const f of found) {
    if (f.anaphor) continue;
    if (f.type === 'Person') personEnds.add(f.end);
    if (f.type === 'Organization' || f.type === 'Company') {
      orgEnds.add(f.end);
      orgStarts.add(f.start);
    }
  }
  /** "Leeds United beat Chelsea": a side that meets a team is a team, even with a name that is also a given name. */
  const facesTeam = (f: Found) => {
    const b = /\s+(?:beat|beats|defeated|v\.?|vs\.?)\s+$/.exec(text.slice(Math.max(0, f.start - 12), f.start));
    if (b && orgEnds.has(f.start - b[0].length)) return true;
    const a = /^\s+(?:beat|beats|defeated|v\.?|vs\.?)\s+/.exec(text.slice(f.end, f.end + 12));
    return !!a && orgStarts.has(f.end + a[0].length);
  };
  for (const f of found) {
    if (isSettled(f)) continue;
    const s = text.slice(f.start, f.end);
    if (isDateline(text, f.start, f.end)) continue;
    if (nationality(s, g) || isCountryWord(s) || /^\p{Lu}\./u.test(s)) continue;
    const bracketed =
      isBracketedAfterName(text, f.start, f.end, personEnds) &&
      /^\s*\)\s*(?:[,.;]|\n|$)/.test(text.slice(f.end, f.end + 8));
    const agrees =
      (f.type !== 'Person' || f.strength <= 2) &&
      !/[^su]s$/.test(s) &&
      pluralVerbAfter(text, f.start, f.end) &&
      !surnames.has(s);
    if (
      bracketed ||
      agrees ||
      (mayBeTeam(f, text) && facesTeam(f)) ||
      (mayBeTeam(f, text) && isMatchTeam(text, f.start, f.end)) ||
      (isRankingTeam(text, f.start, f.end) && !isPlaceWord(s))
    ) {
      f.type = 'Organization';
      f.method = 'context:team';
      f.cued = true;
      teams.add(s.toLowerCase());
    }
  }
}
