// Rule "no day at a name's end" (seed/stages/mention-rules/trailing-dates.ts): a weekday (or, after a body's, a firm's or
// a place's name, a month) that follows a guessed name is when, not a word of the name.
import { describe, expect, it } from 'vitest';
import { analyzeText } from '../_analyze.ts';

const names = (raw: string) => analyzeText(raw).entities.map((e) => e.name);

describe("no day at a name's end", () => {
  it('cuts a weekday or a month from the end of a guessed name', () => {
    expect(names('Breitbart News Saturday aired the interview.')).toContain('Breitbart News');
    expect(names('The poll was released by Fox News on the Wednesday before.')).toContain('Fox News');
    expect(names('New Hampshire Public Radio asked Clinton Friday how voters should see it.')).not.toContain(
      'Clinton Friday',
    );
  });

  it('keeps a name that is only the day', () => {
    expect(names('Monday was quiet, Reuters said.')).not.toContain('');
  });
});
