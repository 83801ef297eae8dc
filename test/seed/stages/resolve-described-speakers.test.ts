// Rule "described speakers" of the resolve stage (seed/stages/resolve-rules/described-speakers.ts): a source described
// by a title is the one person the document names with that title; otherwise it stays a description.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

describe('described speakers', () => {
  it('gives "Philippine president says" to the Philippine president the text names, not to another president', () => {
    const a = analyze(
      "Philippine president says the US won't have access to more bases.\n\nIndonesian President Joko Widodo met Apple's chief. Philippine President Ferdinand Marcos Junior told a forum this week that the bases were needed.",
    );
    const st = a.statements.find((s) => s.text.includes("won't have access"));
    expect(st?.speakerName).toBe('Ferdinand Marcos Junior');
    const marcos = a.entities.find((e) => e.name === 'Ferdinand Marcos Junior');
    expect(marcos?.aliases).not.toContain('president');
  });

  it('leaves a title no one in the text holds as a description of its own', () => {
    const a = analyze('A ministry spokesperson said the rules were unfair. Gina Raimondo said they were fair.');
    expect(a.statements.find((s) => s.text.includes('unfair'))?.speakerName).toBe('ministry spokesperson');
  });
});

describe("a letter's writers", () => {
  it('gives "the letter notes" and "the lawmakers write" to the first writer named where the letter was reported', () => {
    const a = analyze(
      'Senator Maria Okafor and Representative Tom Bellweather urged Treasury Secretary Ana Ruiz to review the listing of two drone makers. ' +
        "The lawmakers also asked to tighten checks on resellers.\n\nThe letter notes that one of the firms supplies the army's police units. " +
        'In the letter, the lawmakers write, "The rules have gaps the firms exploit every week."',
    );
    expect(a.statements.find((s) => s.text.includes("army's police"))?.speakerName).toBe('Maria Okafor');
    expect(a.statements.find((s) => s.text.includes('gaps the firms'))?.speakerName).toBe('Maria Okafor');
  });

  it('takes no writer from a letter someone received, or from a passive "the letter was sent"', () => {
    const received = analyze(
      'Tom Reed received a letter on Thursday. The letter warned that harm would come to his family.',
    );
    expect(received.statements.find((s) => s.text.includes('harm would come'))?.speakerName).not.toBe('Tom Reed');
    const passive = analyze(
      'Maria Lopez said on Friday that the letter was sent to the committee. The letter warns that the firm is expanding.',
    );
    expect(passive.statements.find((s) => s.text.includes('firm is expanding'))?.speakerName).not.toBe('Maria Lopez');
    // As their means or with its addressee, the letter is still its writers' ("in a letter", "a letter to").
    const means = analyze(
      'Senator Maria Okafor, in a letter, pressed the agency on Monday. The letter warns that the firm is expanding.',
    );
    expect(means.statements.find((s) => s.text.includes('firm is expanding'))?.speakerName).toBe('Maria Okafor');
  });

  it('leaves "lawmakers" at large, and a letter no one was named sending, as descriptions', () => {
    const a = analyze(
      "Senator Maria Okafor visited the plant on Monday. Lawmakers say the rules have gaps.\n\nA letter circulated on Tuesday. The letter notes that the plant's owner has ties to the army.",
    );
    expect(a.statements.find((s) => s.text.includes('rules have gaps'))?.speakerName).toBe('Lawmakers');
    expect(a.statements.find((s) => s.text.includes("plant's owner"))?.speakerName).toBe('letter');
  });
});

describe('"the group" after a government body', () => {
  it('makes no company of a military named by description', () => {
    const a = analyze(
      'North Korea fired more shells on Wednesday. The North Korean military said it was a response to drills. Analysts said the controversial group would fire again.',
    );
    expect(a.entities.find((e) => e.name === 'North Korean military')?.type).toBe('Organization');
  });
});
