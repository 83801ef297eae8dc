// Who the parties of a predicate are, in shapes common in news: a visit to a person is a meeting, a place before
// "meeting" is its venue, and an entity is never related to itself under another type.
import { describe, expect, it } from 'vitest';
import { relationsOf, triples } from './_relations-of.ts';

describe('visit, host or receive a person', () => {
  it('reads "X visited Y" with a person object as MET_WITH', () => {
    expect(
      triples('Dutch Prime Minister Mark Rutte visited President Joe Biden at the White House.', 'MET_WITH'),
    ).toEqual(['person:mark-rutte MET_WITH person:joe-biden']);
  });

  it('keeps "X visited a country" ATTENDED', () => {
    expect(triples('Prime Minister Mark Rutte visited China on Monday.', 'ATTENDED')).toEqual([
      'person:mark-rutte ATTENDED country:china',
    ]);
    expect(triples('Prime Minister Mark Rutte visited China on Monday.', 'MET_WITH')).toEqual([]);
  });
});

describe('a name before a relational noun that is also a gerund', () => {
  it('makes the possessor the party and the place only the venue', () => {
    const raw =
      "Nvidia's Jensen Huang spoke on Monday. Huang's recent White House meeting with President Donald Trump drew attention.";
    const met = triples(raw, 'MET_WITH');
    expect(met).toContain('person:jensen-huang MET_WITH person:donald-trump');
    expect(met.filter((t) => t.includes('white-house'))).toEqual([]);
    const r = relationsOf(raw).find((x) => x.type === 'MET_WITH');
    expect(r?.properties?.place).toBe('organization:white-house');
  });

  it('makes no party of a place before "meeting" without a possessor', () => {
    expect(triples('The report described a White House meeting with President Donald Trump.', 'MET_WITH')).toEqual([]);
  });
});

describe('two ends of one name', () => {
  it('never relates an organization to the country of its own name', () => {
    const all = triples("The European Union's deal with Turkey was signed in March.");
    expect(all.filter((t) => (t.match(/european-union/g) ?? []).length > 1)).toEqual([]);
    expect(all).toContain('organization:european-union PARTNERS_WITH country:turkey');
  });
});
