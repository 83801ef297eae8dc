// Gatherings named as a thing: by who holds them or by what they are about and where.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../../seed/pipeline.ts';
import { triples } from './_relations-of.ts';

const context = { gazetteer: loadGazetteer() };
const events = (raw: string) =>
  analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Event')
    .map((e) => e.name);

describe('occasion events', () => {
  it('names a summit by its holder and its place, and places it', () => {
    expect(triples('Trump and Xi will meet at the APEC summit in South Korea.')).toContain(
      'event:apec-summit-in-south-korea BASED_IN country:south-korea',
    );
    expect(events('The U.S.\u2013China talks resumed on Monday.')).toEqual(['US-China talks']);
  });

  it('names talks by what they are about and where', () => {
    expect(triples('US and Chinese officials held trade talks in London this week.')).toContain(
      'event:trade-talks-in-london BASED_IN place:london',
    );
  });

  it('makes no event of unplaced talks, a country alone or a role', () => {
    expect(events('Trade talks continue. The US talks were hard. The CEO meeting ran late.')).toEqual([]);
  });

  it("gives a document's other mentions of a gathering it places once the placed name, and keeps two places apart", () => {
    const named = (raw: string) =>
      analyzeDocument({ id: 'f', raw, bodyStart: 0, bodyEnd: raw.length }, context)
        .entities.filter((e) => e.type === 'Event')
        .map((e) => `${e.name} | ${e.mentions.map((m) => m.text).join(' ; ')}`);
    expect(named('The G20 summit opened on Friday. Leaders met at the G20 summit in Osaka.')).toEqual([
      'G20 summit in Osaka | G20 summit ; G20 summit in Osaka',
    ]);
    expect(named('The G20 summit in Osaka ended. The G20 summit in Bali began.')).toEqual([
      'G20 summit in Osaka | G20 summit in Osaka',
      'G20 summit in Bali | G20 summit in Bali',
    ]);
  });
});
