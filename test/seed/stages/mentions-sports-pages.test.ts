// CoNLL-2003 sports-page rule "teams on a sports page" (seed/stages/mention-rules/conll-sports-pages.ts): on a page that
// opens with a Reuters sports slug, a result row's entrant after a rider's country is a team, and a name the page types as
// a team elsewhere is a team everywhere but where a game is played or a dateline; on any other page it never fires.
import { describe, expect, it } from 'vitest';
import { isSportsPage, settleSportsPageTeams } from '../../../seed/stages/mention-rules/conll-sports-pages.ts';
import type { Found } from '../../../seed/stages/mention-rules/found-mention.ts';
import { analyzeText } from '../_analyze.ts';

const typed = (raw: string) => analyzeText(raw).mentions.map((m) => `${m.type}:${m.text}`);

/** Finds for each listed word at its n-th occurrence (1-based), typed as given. */
function finds(text: string, xs: [word: string, nth: number, type: Found['type'], method: string][]): Found[] {
  return xs.map(([word, nth, type, method]) => {
    let at = -1;
    for (let k = 0; k < nth; k++) at = text.indexOf(word, at + 1);
    return { start: at, end: at + word.length, type, method, strength: 1, sentence: 0 };
  });
}

const ROWS =
  'CYCLING - COLONNA WINS FIRST STAGE .\n\nHAARLEM , Netherlands 1996-08-27\n\nLeading results after the first stage :\n\n1.\n\nFederico Colonna ( Italy ) Mapei three hours 43 mins\n\n2.\n\nJans Koerts ( Netherlands ) Palmans\n\n3.\n\nJohan Capiot ( Belgium ) Collstrop\n';

describe('mention rule: teams on a sports page (CoNLL sports pages)', () => {
  it('knows a sports page by its slug', () => {
    expect(isSportsPage('SOCCER - NANTES HOLD METZ .\n\nNANTES 1996-08-24\n')).toBe(true);
    expect(isSportsPage('\nRUGBY UNION - GRIQUALAND WEST DRAW .\n')).toBe(true);
    expect(isSportsPage('CHIPS - NVIDIA WINS LICENCE .\n')).toBe(false);
    expect(isSportsPage('Nvidia beat forecasts .\n\nSOCCER - late line\n')).toBe(false);
  });

  it("types a result row's entrant after a rider's country as a team", () => {
    const t = typed(ROWS);
    expect(t).toEqual(expect.arrayContaining(['Organization:Palmans', 'Organization:Collstrop']));
  });

  it('leaves the same rows alone on a page without a sports slug', () => {
    const t = typed(ROWS.replace('CYCLING - ', ''));
    expect(t).not.toContain('Organization:Palmans');
  });

  it('types both sides of each fixture in a list that runs over lines as clubs', () => {
    const t = typed(
      'SOCCER - CONFERENCE FIXTURES .\n\nLONDON 1996-08-30\n\nFixtures for Saturday :\n\nConference - Tamworth v Kettering , Hednesford v\n\nStalybridge , Boston United v Gateshead , Woking v Welling ,\n\nAltrincham v Halifax , Dover v Slough .\n',
    );
    expect(t).toEqual(
      expect.arrayContaining(['Organization:Stalybridge', 'Organization:Welling', 'Organization:Boston United']),
    );
    expect(t).toContain('Place:LONDON');
  });

  it('types a name the page already holds as a team as a team elsewhere, but not where a game is played', () => {
    const text =
      'SOCCER - PORTO WIN .\n\nPorto 2 Benfica 1\n\nCoach Artur Jorge called up six players from champions Porto on Friday .\n\nPorto will play in Porto on Sunday .\n';
    const found = finds(text, [
      ['Porto', 2, 'Organization', 'pattern:team-row'],
      ['Porto', 3, 'Place', 'lexicon:place'],
      ['Porto', 5, 'Place', 'lexicon:place'],
    ]);
    settleSportsPageTeams(found, text, [{ start: 0, end: text.length }]);
    expect(found.map((f) => f.type)).toEqual(['Organization', 'Organization', 'Place']);
    expect(found[1].method).toBe('context:page-team');
  });

  it("never retypes a dateline's place or a name on another page", () => {
    const sports = 'SOCCER - PORTO WIN .\n\nPorto 2 Benfica 1\n\nPORTO 1996-08-24\n\nPorto , Portugal 1996-08-24\n';
    const found = finds(sports, [
      ['Porto', 2, 'Organization', 'pattern:team-row'],
      ['Porto', 3, 'Place', 'lexicon:place'],
    ]);
    settleSportsPageTeams(found, sports, [{ start: 0, end: sports.length }]);
    expect(found[1].type).toBe('Place');
    const news = 'Chip exports from Porto rose .\n\nPorto 2 Benfica 1\n\nShips left Porto on Friday .\n';
    const other = finds(news, [
      ['Porto', 2, 'Organization', 'pattern:team-row'],
      ['Porto', 3, 'Place', 'lexicon:place'],
    ]);
    settleSportsPageTeams(other, news, [{ start: 0, end: news.length }]);
    expect(other[1].type).toBe('Place');
  });
});
