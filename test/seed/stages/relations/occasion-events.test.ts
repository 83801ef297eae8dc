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
  it('names a summit by its holder and places it', () => {
    expect(triples('Trump and Xi will meet at the APEC summit in South Korea.')).toContain(
      'event:apec-summit BASED_IN country:south-korea',
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
});
