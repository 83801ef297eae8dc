// Who works for the outlet in a transcript: a presenter's greeting, a sign-off, a two-line speaker label.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('broadcast credits', () => {
  it('reads "Welcome to <programme>. I\'m <name>" as the presenter of the programme', () => {
    expect(triples("Welcome to VOA Asia Weekly. I'm Chris Casquejo in Washington.", 'HOLDS_ROLE')).toEqual([
      'person:chris-casquejo HOLDS_ROLE organization:voa-asia-weekly',
    ]);
  });

  it('reads a sign-off "For <outlet>, I\'m <name>"', () => {
    expect(triples("The plant opens next year.\n\nFor VOA News, I'm Anita Powell.", 'HOLDS_ROLE')).toEqual([
      'person:anita-powell HOLDS_ROLE organization:voa-news',
    ]);
  });

  it('reads a speaker label of two lines, the name above the organization', () => {
    const raw =
      'The plant opens next year.\n\nAndy Wang\nNorthern Arizona University\nAs a nation, we used to produce more chips.';
    expect(triples(raw, 'HOLDS_ROLE')).toEqual([
      'person:andy-wang HOLDS_ROLE organization:northern-arizona-university',
    ]);
  });

  it('reads nothing from a greeting without "I\'m" or from two names in running text', () => {
    expect(triples('Welcome to VOA Asia Weekly. Chris Casquejo reports from Washington.', 'HOLDS_ROLE')).toEqual([]);
    expect(triples('Andy Wang met the board. Northern Arizona University agreed.', 'HOLDS_ROLE')).toEqual([]);
  });
});
