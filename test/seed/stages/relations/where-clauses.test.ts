// A place named by its kind inside a "where" clause about another place lies within that place.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('where clauses', () => {
  it('reads "the state of Illinois, where … near the city of Galesburg" as Galesburg PART_OF Illinois', () => {
    expect(
      triples(
        'A top producer of corn is the state of Illinois, where Wendell Shauman farms land near the city of Galesburg.',
        'PART_OF',
      ),
    ).toEqual(['place:galesburg PART_OF place:illinois']);
  });

  it('reads nothing from a place the clause does not name by its kind, or from a place outside the clause', () => {
    expect(triples('Biden flew to Arizona, where he praised workers from Hsinchu.', 'PART_OF')).toEqual([]);
    expect(
      triples('The firm left the city of Galesburg; it moved to Arizona, where it employs 500 people.', 'PART_OF'),
    ).toEqual([]);
  });
});
