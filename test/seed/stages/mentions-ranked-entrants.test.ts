// CoNLL-2003 sports-table rule "ranked entrants" (seed/stages/mention-rules/conll-sports-tables.ts): in a ranked result
// row, the name between a driver's bracketed country and the figure is the team's or the car's, not a person's.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const g = loadGazetteer();
const typed = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, { gazetteer: g }).mentions.map(
    (m) => `${m.type}:${raw.slice(m.start, m.end)}`,
  );

describe('mention rule: ranked entrants (CoNLL sports tables)', () => {
  it('types the entrant after a driver and a country as an organization', () => {
    const t = typed(
      'Top drivers in the grid:\n\n1. Alex Zanardi ( Italy ) , Reynard Honda , 54.372\n\n2. Bryan Herta ( U.S. ) , Lola Honda , 54.578\n',
    );
    expect(t).toEqual(expect.arrayContaining(['Organization:Reynard Honda', 'Organization:Lola Honda']));
    expect(t).not.toContain('Person:Lola Honda');
    expect(t).toEqual(expect.arrayContaining(['Person:Bryan Herta']));
  });
  it('leaves a name in running text alone', () => {
    const t = typed('Lola Honda , 54 , met Alex Zanardi in Rome on Monday .');
    expect(t).not.toContain('Organization:Lola Honda');
  });
});
