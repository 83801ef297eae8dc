// Quotations signed on their own lines with a dash and a name (`"…" ― Jo Roe`), as a roundup of readers' or voters' views prints them.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';
import { findSpeakerPhrases } from '../../../seed/stages/text/speakers.ts';

describe('a name signing a quotation at the end of its line (text/speakers.ts)', () => {
  it('is a speaker, also when the mention finder took only its first words', () => {
    const plain = 'It is not a plan at all.\u201d \u2015 Christina N Luis Olidem\n"No one wants it.';
    const found = findSpeakerPhrases(
      plain.replace(/\u201d/g, '"').replace('\u2015', '-'),
      plain.replace(/\u201d/g, '"').replace('\u2015', '-'),
      () => false,
    );
    expect(found.map((f) => [f.name, f.type])).toEqual([['Christina N Luis Olidem', 'Person']]);
    const a = analyze(
      'Voices.\n\n\u201cThe chip rules will not hold for long. They leak everywhere.\u201d \u2015 Christina N Luis Olidem\n' +
        '\u201cThe export ban protects our lead in design.\u201d \u2015 Marcus Webb',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 14)])).toEqual([
      ['Christina N Luis Olidem', 'The chip rules'],
      ['Marcus Webb', 'The export ban'],
    ]);
  });

  it('is no signer in running text, where a dash opens an aside', () => {
    const plain = 'He said "no" - Jo Roe disagreed with him.';
    expect(findSpeakerPhrases(plain, plain, () => false).map((f) => f.name)).not.toContain('Jo Roe');
  });
});

describe('a quotation split by a quotation inside it (statements.ts)', () => {
  it("is the speaker who signs the rest of its line, not the paragraph's first signer", () => {
    const a = analyze(
      'Voices.\n\n\u201cThe chip rules will not hold for long. They leak everywhere.\u201d \u2015 Marcus Webb\n' +
        '\u201cI would rather live in what he calls \u201chell\u201d than live under these export rules.\u201d \u2015 Dana Ortiz',
    );
    // With curly marks the inner quotation nests in the outer one (speaker-masks.ts quotesIn), so the line is one
    // statement, whole; its signer still speaks it.
    expect(a.statements.map((s) => [s.speakerName, s.text.slice(0, 14), s.text.slice(-12)])).toEqual([
      ['Marcus Webb', 'The chip rules', ' everywhere.'],
      ['Dana Ortiz', 'I would rather', 'xport rules.'],
    ]);
  });

  it('keeps a quotation to its own speaker when someone is named between it and the next one', () => {
    const a = analyze(
      'Night.\n\n\u201cThis is the moment they said would never happen,\u201d Rubio said. \u201cThey told me we had no chance.\u201d His campaign manager, Alex Conant, struck a similar tune. \u201cThis is a big night for us,\u201d said Conant.',
    );
    // Rubio's two quotations are one statement (split around its attribution); Conant's is his own.
    expect(a.statements.map((s) => [s.speakerName, s.text.includes('They told me')])).toEqual([
      ['Marco Rubio', true],
      ['Alex Conant', false],
    ]);
  });
});

describe('a pronoun with a contraction (text/speakers.ts)', () => {
  it('is no speaker\'s name: "as I\'ve suggested", "They\'re agreed"', () => {
    for (const plain of [
      "If, as I've suggested, he and other developers benefit from the rule, he has proposed nothing.",
      "They're agreed that those making more should pay more.",
    ])
      expect(findSpeakerPhrases(plain, plain, () => false).map((f) => f.name)).toEqual([]);
  });
});

describe("the sentence's own subject for a gerund (text/speakers.ts)", () => {
  it('is read past an opening time ("In August,") and through a plural head before its verb', () => {
    const plain =
      'In August, several environmental groups granted Mr. Clarke an extension on a court order, saying his capital was short.';
    expect(findSpeakerPhrases(plain, plain, () => false).map((f) => f.name)).toEqual(['environmental groups']);
  });
});

describe('a coordinated clause in the present progressive (text/attribution-patterns.ts NEW_CLAUSE)', () => {
  it('ends the content before it: "…, and Hillary Clinton is promising …" is another clause', () => {
    const a = analyze(
      'Donald Trump has vowed to bring back lost mining jobs and roll back environmental rules, and Hillary Clinton is promising to help mining towns move into new industries.',
    );
    expect(a.statements.map((s) => [s.speakerName, s.text])).toEqual([
      ['Donald Trump', 'to bring back lost mining jobs and roll back environmental rules'],
    ]);
  });
});
