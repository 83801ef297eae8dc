// Rule "a speaking place is a surname" (seed/stages/statement-rules/surname-places.ts): a word read as a place that
// stands beside a speech verb, while the document names one person with that surname, speaks as that person.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

describe('a speaking place is a surname', () => {
  it('gives quotations said by a place word to the one person of the document with that surname', () => {
    const a = analyze(
      'Former U.N. Ambassador John Bolton denounced the movement on Thursday.\n\n' +
        'Asked about the critics, Bolton said, \u201cI just think they don\u2019t understand what her basic philosophy is.\u201d\n\n' +
        '\u201cIt is either going to be one of them or the other,\u201d Bolton added.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['John Bolton', 'I just think they do'],
      ['John Bolton', 'It is either going t'],
    ]);
  });

  it('leaves a place a place where it does not speak, and where no person has its name', () => {
    const a = analyze(
      'John Bolton flew to Bolton on Monday.\n\n\u201cThe town has changed a great deal,\u201d a resident of Bolton said.',
    );
    expect(a.statements.map((s) => s.speakerName)).not.toContain('John Bolton');
    const b = analyze('\u201cThe rules are clear,\u201d Bolton said.');
    expect(b.statements.map((s) => s.speakerName)).not.toContain('John Bolton');
  });
});
