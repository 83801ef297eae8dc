// A country or an organization that qualifies a relational noun without "'s": read as its possessive.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('attributive nouns', () => {
  it('reads "U.S. competitiveness against China" as the two countries competing', () => {
    expect(triples('The law aims to boost U.S. competitiveness against China.', 'COMPETES_WITH')).toEqual([
      'country:united-states COMPETES_WITH country:china',
    ]);
  });

  it('reads nothing for a noun the vocabulary lacks ("U.S. farmers near China")', () => {
    expect(triples('The law helps U.S. farmers near China.', 'COMPETES_WITH')).toEqual([]);
  });
});
