// Rule "places by context" (seed/stages/mention-rules/place-context.ts): a town named before its state is a place,
// "Washington, D.C." is one place, and a lawmaker's "(R-MI)" names nothing.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import type { Found } from '../../../seed/stages/mention-rules/found-mention.ts';
import { settlePlaceContext } from '../../../seed/stages/mention-rules/place-context.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mention rule: places by context', () => {
  it('types a town written before its state as a place, found or not', () => {
    const n = names('Micron will build fabs in Clay, New York, and Boise, Idaho.');
    expect(n).toEqual(expect.arrayContaining(['Place:Boise', 'Place:Idaho']));
    const found: Found[] = [
      { start: 20, end: 31, type: 'Person', method: 'ner', strength: 2, sentence: 0 },
      { start: 33, end: 37, type: 'Place', method: 'lexicon:place', strength: 2, sentence: 0 },
    ];
    const text = 'He sent a letter to Cedar Falls, Iowa Mayor Dan Holt.';
    settlePlaceContext(found, text);
    expect(found[0].type).toBe('Place');
  });
  it('reads "Washington, D.C." as one place', () => {
    const n = names('WASHINGTON, D.C. — Senator Ann Dale spoke on Monday. Later, D.C. Mayor Tom Lee agreed.');
    expect(n).toContain('Place:WASHINGTON, D.C.');
    expect(n.some((x) => x.startsWith('Organization:D.C'))).toBe(false);
  });
  it("leaves a lawmaker's party and state out", () => {
    const text = 'Chairman John Moolenaar (R-MI) wrote to the agency.';
    const found: Found[] = [
      { start: 25, end: 29, type: 'Organization', method: 'context:team', strength: 1, sentence: 0 },
    ];
    settlePlaceContext(found, text);
    expect(found[0].type).toBe('Unknown');
  });
  it('reads a short form of capitals that only a guess made a place as an organization', () => {
    const n = names('Lawmakers met on Tuesday. For KBNR, Dana Mills reports from Tulsa.');
    expect(n).toContain('Organization:KBNR');
    expect(n).not.toContain('Place:KBNR');
  });
  it('reads a compass word and a country word that make a known country as that country', () => {
    const n = names('The agreement deepens the US-South Korea partnership, officials said.');
    expect(n).toContain('Country:South Korea');
    expect(n).not.toContain('Place:South Korea');
  });
});
