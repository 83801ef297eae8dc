// Rule "titles of works" (seed/stages/mention-rules/title-runs.ts): title-case words of a rule's, a hearing's or a
// headline's title are no names unless the text writes them outside a title; known names inside a title stay.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { titleRuns } from '../../../seed/stages/mention-rules/title-runs.ts';
import { tokenize } from '../../../seed/stages/text/tokens.ts';

const g = loadGazetteer();
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }).entities.map(
    (e) => `${e.type}:${e.name}`,
  );
const runs = (s: string) => titleRuns(tokenize(s, 0, s.length), g).map((r) => s.slice(r.start, r.end));

describe('mention rule: titles of works', () => {
  it('reads a title by its verb, its opening gerund or "to" and a verb', () => {
    expect(runs('The agency said Ministry Tightens Rules on Solar Panels, Wind Turbines and Batteries today.')).toEqual(
      ['Ministry Tightens Rules on Solar Panels, Wind Turbines and Batteries'],
    );
    expect(runs('The panel held a hearing titled "Restoring the Strength of Our Harbors" on Tuesday.')).toEqual([
      'Restoring the Strength of Our Harbors',
    ]);
    expect(runs('The council issued the Plan to Promote the Growth of Regional Shipyards last year.')).toEqual([
      'Plan to Promote the Growth of Regional Shipyards',
    ]);
  });
  it('leaves names and lists of names alone', () => {
    expect(runs('Chairman Ann Lee of the House Committee on Energy and Commerce spoke.')).toEqual([]);
    expect(runs('Wang Lin was sent from Beijing to President Joan Hart in Washington.')).toEqual([]);
    expect(runs('Magna, Johnson Controls and Lear have been working on it.')).toEqual([]);
    expect(runs('The team: Paul Dahling, Mark Flemming, Tom Reading.')).toEqual([]);
    expect(runs('Between the United States and the Chinese Communist Party sits a gap.')).toEqual([]);
  });
  it('drops title words guessed as names, and keeps the ones the text names elsewhere', () => {
    const n = names(
      'The panel held a hearing titled "Restoring the Strength of Our Harbors: Combatting Coastal Erosion Threats" on Tuesday. ' +
        'Senator Maria Lopez chaired it.',
    );
    expect(n).toContain('Person:Maria Lopez');
    // The hearing itself is an event named by its whole title (seed/stages/text/titled-events.ts); no title word is a
    // name of its own.
    expect(n.filter((x) => /Harbors|Coastal|Erosion|Strength/.test(x))).toEqual([
      'Event:Restoring the Strength of Our Harbors: Combatting Coastal Erosion Threats',
    ]);
  });
  it('cuts a name guessed across a headline verb before the verb', () => {
    const n = names(
      'USTR Initiates Section 301 Investigation on Brazil’s Acts, Policies, and Practices Related to Steel\n\n' +
        'The investigation will be conducted under Section 301.',
    );
    expect(n).toContain('Organization:Office of the United States Trade Representative');
    expect(n).toContain('Country:Brazil');
    // The investigation is an event named with its title (seed/stages/relations/inquiry-events.ts); no title word is a
    // name of its own.
    expect(n.filter((x) => /Initiates|Steel/.test(x))).toEqual([
      "Event:Section 301 investigation on Brazil's Acts, Policies, and Practices Related to Steel",
    ]);
  });
});
