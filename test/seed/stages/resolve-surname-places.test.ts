// Rule "a surname is no place" (nameMentions in seed/stages/resolve.ts): a word only a guess typed as a place, which is
// no place's name but the surname of a person the document names, is that person.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

describe('a surname is no place', () => {
  it('reads a guessed place that is a named person’s surname as that person', () => {
    const a = analyze(
      'Marco Rubio spoke first. Cruz has signaled his desire to knock Rubio out of the race.\n\n' +
        'Cruz campaigned in Rubio’s Miami backyard on Wednesday as he looked to make inroads with the bloc.',
    );
    expect(a.entities.filter((e) => e.type === 'Place').map((e) => e.name)).toEqual(['Miami']);
    expect(a.entities.filter((e) => e.name === 'Rubio')).toEqual([]);
  });

  it("keeps a place's name that is also a surname a place", () => {
    const a = analyze('Tom Chicago met the mayor. He later flew to Chicago for the talks.');
    expect(a.entities.some((e) => e.type === 'Place' && e.name === 'Chicago')).toBe(true);
  });
});
