// Titles and openers before a name (gazetteer titles, the HONORIFIC words, names.ts STOP_WORDS): "Rev." and "Prof." are
// honorifics, "Chief of Staff" a title, a question's auxiliary ("Can Sanders …?") no part of a name.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const people = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('titles and openers before a name', () => {
  it('reads "Rev." and "Prof." as honorifics', () => {
    expect(people('The Rev. Al Sharpton spoke. Sharpton left.')).toEqual(['Al Sharpton']);
  });

  it('keeps "Chief of Staff" out of the name after it', () => {
    expect(people('In a message, White House Chief of Staff Denis McDonough praised the team.')).toEqual([
      'Denis McDonough',
    ]);
  });

  it("keeps a question's auxiliary out of the name after it", () => {
    expect(people('Bernie Sanders spoke.\n\nCan Sanders take a punch?')).toEqual(['Bernie Sanders']);
  });

  it('reads leaders and commissioners by their titles, the body before an acronym title its own', () => {
    expect(people('Senate Majority Leader Mitch McConnell agreed.')).toEqual(['Mitch McConnell']);
    const a = analyzeDocument(
      {
        id: 'fixture',
        raw: 'The blast was in front of the building, according to NYPD Commissioner James Oakley.',
        bodyStart: 0,
        bodyEnd: 86,
      },
      context,
    );
    expect(a.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Organization:NYPD', 'Person:James Oakley']);
  });
});

describe('names that are no person', () => {
  const all = (raw: string) =>
    analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
      (e) => `${e.type}:${e.name}`,
    );

  it("keeps a body's head word a body's, whatever the tagger says", () => {
    expect(all('The Clinton Foundation raised money.')).toEqual(['Organization:Clinton Foundation']);
  });

  it("makes nothing of a lawmaker's party and state", () => {
    expect(
      all(
        'Rival Sen. Marco Rubio (R-Fla.) said Trump is “unelectable now.” Sen. Ted Cruz (R-Texas), also a candidate, agreed.',
      ),
    ).not.toContain('Organization:R-Texas');
  });
});
