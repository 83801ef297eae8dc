// Rule "a title's body" (NameFinder.titleBody in seed/stages/mention-rules/name-finder.ts, readName in
// seed/stages/text/speakers.ts): in "<Title> of <Department> <Name>" the department belongs to the title and the
// person's name is what follows it.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

const people = (raw: string) =>
  analyze(raw)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe("a title's body", () => {
  it('keeps the department in the title and the name after it', () => {
    expect(people('Secretary of Energy Jane Doe said the plan works.')).toEqual(['Jane Doe']);
    expect(people('Director of National Intelligence Tulsi Gabbard spoke on Monday.')).toEqual(['Tulsi Gabbard']);
    expect(people('Minister of Foreign Affairs Wang Yi met the envoy.')).toEqual(['Wang Yi']);
  });

  it('makes no person of a title with no name after it', () => {
    expect(people('The report went to the Secretary of Defense on Friday.')).toEqual([]);
    const a = analyze('The Secretary of Energy said the plan works.');
    expect(a.statements[0]?.speakerName).toBe('Secretary of Energy');
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('leaves a place or a body named after the title as a name of its own', () => {
    const a = analyze('As Governor of Arkansas in 1983, Bill Clinton was photographed there.');
    expect(a.entities.some((e) => e.name === 'Arkansas')).toBe(true);
  });

  it('gives the statement to the named person after a titled department', () => {
    const a = analyze('"The plan works," said Secretary of Energy Jane Doe.');
    expect(a.statements[0]?.speakerName).toBe('Jane Doe');
  });
  it("ends a body's name at a title inside the run, with the person after it", () => {
    const a = analyze(
      'The letter was led by Senate Committee on Energy Chairman Ellen Marsh and House Science Committee Chairman Tom Brandt.',
    );
    const names = a.entities.map((e) => `${e.type}:${e.name}`);
    expect(names).toEqual(
      expect.arrayContaining([
        'Organization:Senate Committee on Energy',
        'Person:Ellen Marsh',
        'Organization:House Science Committee',
        'Person:Tom Brandt',
      ]),
    );
  });
});
