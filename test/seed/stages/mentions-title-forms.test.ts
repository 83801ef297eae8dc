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
});
