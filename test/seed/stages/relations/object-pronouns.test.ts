// An object pronoun is never the subject of its own clause: "Sullivan held talks with him" after naming Wang Yi.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('object pronouns', () => {
  it('reads "him" after a subject as the person named before, not the subject', () => {
    expect(
      triples(
        'Antony Blinken hosted Wang Yi at the State Department for a working dinner. White House national security adviser Jake Sullivan held talks with him Friday at Blair House.',
        'MET_WITH',
      ),
    ).toContain('person:jake-sullivan MET_WITH person:wang-yi');
  });

  it('still reads "him" across a clause word as the subject of the clause before', () => {
    expect(triples('Jake Sullivan said Joe Biden praised him.', 'RELATED_TO')).toEqual([
      'person:joe-biden RELATED_TO person:jake-sullivan',
    ]);
  });
});
