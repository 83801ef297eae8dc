// A building's or a venue's tail word ("Visitor Center", "Building": gazetteer buildingTails) is evidence enough that its
// name is a place's, with or without the tagger; a time zone after a clock time ("11:15 a.m., E.T.") names no place.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const places = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Place')
    .map((e) => e.name);

describe('buildings and time zones', () => {
  it("keeps a building's name a place", () => {
    expect(places('The hearing will be in the Capitol Visitor Center.')).toEqual(['Capitol Visitor Center']);
  });

  it('makes no place of a time zone', () => {
    expect(places('The hearing is on Wednesday at 11:15 a.m., E.T. in the Capitol Visitor Center.')).toEqual([
      'Capitol Visitor Center',
    ]);
  });
});
