// Events named by who or where holds them: a vote by its place, a company's market debut by the company.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { triples } from './_relations-of.ts';

const context = { gazetteer: loadGazetteer() };
const events = (raw: string) =>
  analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => `${e.name} | ${e.mentions.map((m) => m.text).join(' ; ')}`);

describe('held events', () => {
  it('names a vote by its place, before or after the noun, with its ordinal in the phrase only', () => {
    expect(events('Voters cast ballots in the first Solomon Islands election since the pact.')).toEqual([
      'Solomon Islands election | first Solomon Islands election',
    ]);
    expect(events("Taiwan's presidential election is in January.")).toEqual([
      "Taiwan presidential election | Taiwan's presidential election",
    ]);
    expect(events('Observers watched the parliamentary elections in Georgia.')).toEqual([
      'Georgia parliamentary election | parliamentary elections in Georgia',
    ]);
    expect(triples("Taiwan's presidential election is in January.")).toContain(
      'event:taiwan-presidential-election BASED_IN country:taiwan',
    );
  });

  it("names a company's debut by the company and places it", () => {
    expect(events('Banks should withdraw from underwriting the IPO of CATL in Hong Kong.')).toEqual([
      'CATL IPO | IPO of CATL',
    ]);
    expect(triples('Banks should withdraw from underwriting the IPO of CATL in Hong Kong.')).toContain(
      'event:catl-ipo BASED_IN place:hong-kong',
    );
  });

  it('makes no event of a vote noun that modifies another noun, or of a vote with no place', () => {
    expect(events('The Taiwan election commission met. The election was close.')).toEqual([]);
  });
});
