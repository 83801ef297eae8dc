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

  it('reads a speaker no mention found from the header itself', () => {
    const a = analyze(
      "Ranking Member Zoe Lofgren's (D-CA) opening statement as prepared for the record is below.\n\n" +
        'Thank you, Mr. Chairman, for holding this hearing on the chips law today.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Zoe Lofgren', 'Thank you, Mr. Chair'],
    ]);
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

describe("a transcript's turn labels (statement-rules/turn-labels.ts)", () => {
  it('reads labels in capitals and in mixed case, a surname to a person, a moderator to the name they give', () => {
    const a = analyze(
      'Moderator:  Good day, everyone.  I\u2019m Zia Syed, the Hub Director, and I welcome our participants.\n\n' +
        'We will begin with remarks from the Under Secretary.\n\n' +
        'Under Secretary Krach:  Thank you so much, and thank you all for joining us today.\n\n' +
        'MR. DEESE:  Great, thank you.  We are joined here by business and labor leaders.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.kind, s.text.slice(0, 24)])).toEqual([
      ['Zia Syed', 'direct', 'Good day, everyone.  I\u2019m'],
      ['Zia Syed', 'direct', 'We will begin with remar'],
      ['Krach', 'direct', 'Thank you so much, and t'],
      ['Deese', 'direct', 'Great, thank you.  We ar'],
    ]);
  });

  it('gives a moderator the name the next speaker thanks, and "The President." the person named alone on the first line', () => {
    const a = analyze(
      'MODERATOR:  Greetings from the Media Hub.  I welcome journalists to this briefing.\n\n' +
        'SECRETARY RAIMONDO:  Thank you, Catherine.  Thank you, everybody, for being here.',
    );
    expect(a.statements.map((s) => s.speakerName)).toEqual(['Catherine', 'Raimondo']);
    const b = analyze(
      'Joe Biden\n\nRemarks at a Summit on Semiconductors\n\n' +
        'The President. Well, look, the reason I am here today is to talk about chips.\n\n' +
        'This is an issue that has broad support in Congress.',
    );
    expect(b.statements.map((s) => [s.speakerName, s.text.slice(0, 20)])).toEqual([
      ['Joe Biden', 'Well, look, the reas'],
      ['Joe Biden', 'This is an issue tha'],
    ]);
  });

  it("makes no person of a form's fields in capitals (a Federal Register rule's AGENCY:, ACTION:, SUMMARY:)", () => {
    const a = analyze(
      'AGENCY: Bureau of Industry and Security, Commerce.\n\nACTION: Interim final rule.\n\n' +
        'SUMMARY: In this interim final rule, the Bureau amends the Export Administration Regulations.',
    );
    expect(a.statements).toEqual([]);
    expect(a.entities.filter((e) => e.type === 'Person')).toEqual([]);
  });

  it('reads no transcript in a list of results or a single headline label', () => {
    const a = analyze(
      'Iowa: Clinton 49 percent, Sanders 47 percent.\n\nNevada: Clinton 52 percent, Sanders 47 percent.',
    );
    expect(a.statements).toEqual([]);
  });
});

describe("quotations inside a transcript's turn (statements.ts, statement-rules/turn-labels.ts FIRST_PERSON_SAID)", () => {
  it('gives "I said, "…"" to the turn\'s speaker, and the words around a quotation read out to them too', () => {
    const a = analyze(
      'MR. DEESE:  Thank you all for joining us today for this important discussion on chips.\n\n' +
        'And I was kidding Pat earlier. I said, "I may need a job." He laughed at that.\n\n' +
        'Now, let me quote from the letter. It says, "the party plans to dominate the supply chain." And it goes into how much money they are pouring in.\n\n' +
        'MR. GELSINGER:  Thank you, Brian.  We are proud to build here in Ohio.',
    );
    expect(a.statements.find((s) => s.text === 'I may need a job.')?.speakerName).toBe('Deese');
    expect(a.statements.find((s) => s.text.startsWith('And it goes into'))?.speakerName).toBe('Deese');
  });
});
