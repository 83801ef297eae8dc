// Rules that exist for one benchmark's quirk: CoNLL-2003's Reuters sports pages, where a club is named by its city
// ("Newcastle", "Nantes", "Metz") and fixtures and result rows list clubs with no other cue. They fire only on a page
// whose first line is a Reuters sports slug ("SOCCER - …", "CYCLING - …"); news about chips and export controls never
// opens with one, so they never fire there. Kept apart (with conll-sports-tables.ts) so that they can be read, measured
// or dropped as one piece.
import { isDateline, isRankingTeam } from '../text/cues.ts';
import { isCountryWord } from '../text/lexicon.ts';
import { type Found, isDomainFind } from './found-mention.ts';

/** Reuters' sports desk slugs, the first words of a sports page's headline. */
const SPORT_SLUG =
  /^[ \t]*(?:SOCCER|CRICKET|BASEBALL|TENNIS|GOLF|RUGBY(?: UNION| LEAGUE)?|ATHLETICS|CYCLING|MOTOR RACING|MOTORCYCLING|MOTOCROSS|RALLYING|FORMULA ONE|BASKETBALL|BOXING|ICE HOCKEY|NHL|NFL|NBA|AMERICAN FOOTBALL|AUSTRALIAN RULES|HORSE RACING|SWIMMING|SQUASH|BADMINTON|ROWING|SAILING|YACHTING|VOLLEYBALL|HOCKEY|JUDO|WRESTLING|TABLE TENNIS|HANDBALL|FENCING|SKIING|ALPINE SKIING|SNOOKER|DARTS|GYMNASTICS|TRIATHLON|SPEEDWAY|EQUESTRIANISM|OLYMPICS)[ \t]+-[ \t]/;

/** Whether the document is a Reuters sports page: its first non-blank line opens with a sports desk slug. */
export function isSportsPage(text: string): boolean {
  const m = /^\s*([^\n]*)/.exec(text);
  return !!m && SPORT_SLUG.test(m[1]);
}

/** One side of a fixture: capitalized words, "'s", "of"; "Queen 's Park", "Port Vale", "St Mirren". */
const SIDE = String.raw`\p{Lu}[\p{L}'.-]*(?:[ \t]+(?:'s|of|\p{Lu}[\p{L}'.-]*))*`;
/** A fixture in a list that runs over several lines: "Hull v Barnet , Leyton Orient v Hartlepool , Mansfield v ⏎ Rochdale". */
const FIXTURE = new RegExp(
  String.raw`(?<=(?:^|\n|[,:]|[ \t]-)[ \t]*)(${SIDE})\s+v\s+(${SIDE})(?=[ \t]*(?:[,.]|\n|$))`,
  'gu',
);

/** Spans a team cue may retype on a sports page: names the rules guessed (places, unknown words, people by shape). */
const mayRetype = (f: Found) =>
  !f.anaphor &&
  !isDomainFind(f) &&
  (f.type === 'Place' || f.type === 'Unknown' || (f.type === 'Person' && f.strength <= 2 && !f.cued));

function asTeam(f: Found, method: string): void {
  f.type = 'Organization';
  f.method = method;
  f.cued = true;
}

/**
 * Teams on a sports page: a result row's entrant after a rider's bracketed country ("3. Jans Koerts ( Netherlands )
 * Palmans"), and every other mention of a name the page already types as a team ("Nantes" after "Nantes 2 Metz 1"),
 * except a dateline's place.
 */
export function settleSportsPageTeams(
  found: Found[],
  text: string,
  ranges: readonly { start: number; end: number }[],
): void {
  if (!isSportsPage(text)) return;
  addFixtureSides(found, text, ranges);
  for (const f of found) if (mayRetype(f) && isRankingTeam(text, f.start, f.end)) asTeam(f, 'context:ranked-entrant');
  const teams = new Set<string>();
  for (const f of found)
    if (!f.anaphor && (f.type === 'Organization' || f.type === 'Company')) teams.add(text.slice(f.start, f.end));
  for (const f of found) {
    if (!mayRetype(f) || f.type === 'Organization') continue;
    const s = text.slice(f.start, f.end);
    if (!teams.has(s) || isCountryWord(s) || isDateline(text, f.start, f.end)) continue;
    // "MINNESOTA AT MILWAUKEE", "in Metz": where a game is played is a place; "Jans Koerts": a word of a longer name.
    if (/(?:\b(?:AT|at|in|In|IN)|\p{Lu}[\p{L}.'-]*)[ \t]+$/u.test(text.slice(Math.max(0, f.start - 30), f.start)))
      continue;
    asTeam(f, 'context:page-team');
  }
}

/** Both sides of each fixture in a list ("Bury v Bristol City , Crewe v Watford"): clubs, unless a country plays. */
function addFixtureSides(found: Found[], text: string, ranges: readonly { start: number; end: number }[]): void {
  for (const m of text.matchAll(FIXTURE)) {
    const a = m.index;
    const b = m.index + m[0].length - m[2].length;
    for (const [start, name] of [
      [a, m[1]],
      [b, m[2]],
    ] as const) {
      const end = start + name.length;
      if (isCountryWord(name)) continue;
      const sentence = ranges.findIndex((r) => r.start <= start && end <= r.end);
      if (sentence < 0) continue;
      const over = found.filter((f) => f.start < end && start < f.end && f.type !== 'Unknown');
      if (over.some((f) => !mayRetype(f) && f.type !== 'Organization' && f.type !== 'Company')) continue;
      const exact = over.find((f) => f.start === start && f.end === end);
      if (exact) {
        if (exact.type !== 'Organization' && exact.type !== 'Company') asTeam(exact, 'pattern:fixture-list');
        continue;
      }
      if (over.some((f) => f.type === 'Organization' || f.type === 'Company')) continue;
      for (const f of over) f.type = 'Unknown';
      found.push({
        start,
        end,
        type: 'Organization',
        method: 'pattern:fixture-list',
        strength: 3,
        cued: true,
        sentence,
      });
    }
  }
}
