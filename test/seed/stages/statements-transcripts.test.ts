// Statements in transcripts and printed remarks (issue 14, item 4): a header over a speaker's remarks, turns.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';
import { HEAD, FILL } from '../../../seed/stages/text/attribution.ts';
import { REMARKS_HEADER } from '../../../seed/stages/statement-rules/remarks-headers.ts';

const mask = (s: string) => s.replace(/\[([^\]]+)\]/g, (_, x: string) => HEAD + FILL.repeat(x.length - 1));

describe('a header over printed remarks (statement-rules/remarks-headers.ts)', () => {
  it('reads a possessive header, a bare one and a sentence that merely mentions remarks', () => {
    expect(REMARKS_HEADER.test(mask('Sen. [Cantwell]\u2019s remarks as delivered:'))).toBe(true);
    expect(
      REMARKS_HEADER.test(
        mask("Ranking Member [Zoe Lofgren]'s (D-CA) opening statement as prepared for the record is below."),
      ),
    ).toBe(true);
    expect(REMARKS_HEADER.test('-Remarks as Delivered-')).toBe(true);
    expect(REMARKS_HEADER.test(mask('[Roe] called the remarks offensive.'))).toBe(false);
    expect(REMARKS_HEADER.test('The statement was issued on Monday.')).toBe(false);
  });

  it('gives the paragraphs after the header to its speaker, quoted each or not quoted', () => {
    const a = analyze(
      'Senator Maria Cantwell spoke at a hearing on chips on Wednesday.\n\n' +
        'Sen. Cantwell\u2019s remarks as delivered:\n\n' +
        '\u201cThe semiconductor industry is a uniquely American story.\n\n' +
        '\u201cBut when it comes to manufacturing today, we are falling behind.\u201d',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text])).toEqual([
      ['Maria Cantwell', 'direct', 'The semiconductor industry is a uniquely American story.'],
      ['Maria Cantwell', 'direct', 'But when it comes to manufacturing today, we are falling behind.'],
    ]);
    const b = analyze(
      'Representative Michael McCaul highlighted the need to fund the CHIPS Act at the committee.\n\n' +
        '-Remarks as Delivered-\n\n' +
        '\u201cThank you, Madam Chair.\n\n' +
        'Let me just say that this is not a partisan issue, it is an American issue.',
    );
    expect(b.statements.slice(1).map((s) => [s.speakerName, s.kind, s.text])).toEqual([
      ['Michael McCaul', 'direct', 'Thank you, Madam Chair.'],
      ['Michael McCaul', 'direct', 'Let me just say that this is not a partisan issue, it is an American issue.'],
    ]);
  });
});
