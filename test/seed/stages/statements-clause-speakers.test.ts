// Whose clause a cue is in (text/attribution.ts leftSpeaker, statement-rules/statement-patterns.ts
// PARENTHETICAL_INVERTED): a participle after a comma belongs to its clause's subject, not to a name set off before it;
// a parenthetical attribution with the verb first gives the words around it to the name after the verb.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const said = (raw: string) =>
  analyzeDocument(
    { id: 'fixture', raw: `Notes.\n\n${raw}`, bodyStart: 0, bodyEnd: raw.length + 7 },
    context,
  ).statements.map((s) => [s.speakerName, s.text]);

describe('a participle after a name in apposition', () => {
  it('gives the participle to the sentence subject, not to the object set off by commas', () => {
    expect(
      said(
        'Carly Fiorina was upfront about her distaste for Donald Trump, the current front-runner, saying conservatives need to band together.',
      ),
    ).toEqual([['Carly Fiorina', 'conservatives need to band together']]);
  });

  it('gives it to the subject of the clause right before the comma', () => {
    expect(
      said(
        "In an interview with CNN, Donald Trump continued to question Ted Cruz's temperament, saying the Texas senator could not make deals.",
      ),
    ).toEqual([['Donald Trump', 'the Texas senator could not make deals']]);
    expect(
      said(
        'It was a potent punch by the women of the Democratic Party, as Hillary Clinton echoed the criticism, saying Mr. Trump is not in it for the people.',
      ),
    ).toEqual([['Hillary Clinton', 'Mr. Trump is not in it for the people']]);
  });

  it('keeps a speaker whose apposition is followed by the participle', () => {
    expect(said('Jo Roe, head of the Acme union, saying the deal was off, walked out.')[0]?.[0]).toBe('Jo Roe');
  });
});

describe('a parenthetical attribution with the verb first', () => {
  it('gives the words around it to the name after the verb, with its apposition', () => {
    expect(
      said('The paradox of Nancy Reagan, says Carl Anthony, historian at the library, is that she was powerful.'),
    ).toEqual([
      [
        'Carl Anthony',
        'The paradox of Nancy Reagan, says Carl Anthony, historian at the library, is that she was powerful',
      ],
    ]);
    expect(
      said(
        'And Donald Trump, said Ann Sunshine, who remains friendly with her former boss, does not forgive or forget.',
      )[0]?.[0],
    ).toBe('Ann Sunshine');
    expect(said('The contrast with Trump, said Jim Doyle and others, would be clear to voters.')[0]?.[0]).toBe(
      'Jim Doyle',
    );
  });

  it('leaves a trailing "…, said X." to the trailing rule', () => {
    expect(said('The deal was done, said Jo Roe, the firm’s spokeswoman.')).toEqual([['Jo Roe', 'The deal was done']]);
  });
});

describe('a coordinated verb after a clause with a speaker of its own', () => {
  it('gives the verb to that clause’s subject, not to the sentence’s', () => {
    expect(
      said(
        'Some in the crowd booed, and when Marco Rubio thanked Miami and said it was great to be home, a man yelled.',
      )[0]?.[0],
    ).toBe('Marco Rubio');
    expect(said('Some in the crowd booed, and Marco Rubio thanked Miami and said it was great to be home.')).toEqual([
      ['Marco Rubio', 'it was great to be home'],
    ]);
  });

  it('keeps the sentence subject when no other clause stands between', () => {
    expect(said('Donald Trump exhorted Republicans and said he would win.')).toEqual([
      ['Donald Trump', 'he would win'],
    ]);
  });
});

describe('the name of a described speaker (text/speakers.ts)', () => {
  it('keeps a quantifier before a phrase that places people: "Some in the crowd", "One in four"', () => {
    expect(said('Some in the crowd said the speech was too long.')).toEqual([
      ['Some in the crowd', 'the speech was too long'],
    ]);
    expect(said('One in four said the party was hostile to the community.')[0]?.[0]).toBe('One in four');
  });

  it('leaves a verb or a preposition before a group out of it', () => {
    expect(said('President Obama rebuked critics who say he should condemn terrorists.')[0]?.[0]).toBe('critics');
    expect(said('The party offered fresh ammunition to Republicans who say the law is a money pit.')[0]?.[0]).toBe(
      'Republicans',
    );
  });
});

describe('an unattributed quotation in a paragraph of several speakers (statements.ts)', () => {
  it('goes on with the nearest attributed speaker before it, not the paragraph’s first', () => {
    const out = said(
      '\u201cThey told me we had no chance,\u201d Marco Rubio said. His campaign manager, Alex Conant, struck a similar tune. \u201cThis is a big night for us,\u201d Conant said. \u201cIt\u2019s probably a three-person race leaving here.\u201d',
    );
    expect(out.find(([, t]) => t.includes('three-person race'))?.[0]).toBe('Alex Conant');
    expect(out.find(([, t]) => t.includes('no chance'))?.[0]).toBe('Marco Rubio');
  });
});

describe('a country before a title and a name (statements.ts, a quotation’s sentence subject)', () => {
  it('gives the quotation to the person, not to the country qualifying the title', () => {
    expect(
      said(
        'Former US secretary of state Madeleine Albright, a Clinton supporter, fanned controversy over her remark that \u201cthere\u2019s a special place in hell for women who don\u2019t help each other.\u201d',
      )[0]?.[0],
    ).toBe('Madeleine Albright');
  });
});

describe('descriptions that name no speaker (text/speakers.ts, speaker-words.yaml speakerNotSpeakers)', () => {
  it('gives "the ire of lawmakers who thought" to the lawmakers', () => {
    expect(
      said(
        'Hillary Clinton targeted healthcare reform, drawing the ire of lawmakers who thought she was too involved.',
      )[0]?.[0],
    ).toBe('lawmakers');
    expect(said('Ana Roe was one of two women who declared that the vote was rigged.')[0]?.[0]).toBe(
      'one of two women',
    );
  });

  it('takes no "he’s often" or "a few (minutes)" for a speaker', () => {
    const names = [
      ...said(
        'Bernie Sanders is struggling to show how Clinton was swayed by Wall Street, as he\u2019s often alleged.',
      ),
      ...said(
        'A few minutes later they reversed themselves, rushed everyone inside the room and said they will register voters.',
      ),
    ].map(([n]) => n);
    expect(names).not.toContain('he\u2019s often');
    expect(names).not.toContain("he's often");
    expect(names).not.toContain('few');
  });
});
