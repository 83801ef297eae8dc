// Rule "another country's title" of the resolve stage (seed/stages/resolve-rules/another-countrys-title.ts) and rule "he
// added" of the statements stage (seed/stages/statement-rules/added-continues.ts).
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

const ROUNDUP =
  "Kevin McCarthy plans to meet Taiwan's President Tsai Ing-wen in California.\n\nNorth Korea flew a drone on Monday.\n\nSri Lanka expects final approval from the IMF for a loan later this month, the president said on Tuesday. He added that China has agreed to restructure its debt.";

describe("another country's title", () => {
  it('leaves "the president" in a sentence about another country unresolved, not given to the president named far back', () => {
    const a = analyze(ROUNDUP);
    const st = a.statements.find((s) => s.text.includes('final approval'));
    expect(st?.speakerName).toBe('president');
  });

  it('still gives "the president" to the president named in the paragraph before', () => {
    const a = analyze(
      "Taiwan's President Tsai Ing-wen met the envoy.\n\nSri Lanka expects final approval from the IMF for a loan, the president said on Tuesday.",
    );
    expect(a.statements.find((s) => s.text.includes('final approval'))?.speakerName).toBe('Tsai Ing-wen');
  });

  it('still gives "the president" to the president named far back when the sentence names no other country', () => {
    const a = analyze(
      "Taiwan's President Tsai Ing-wen met the envoy.\n\nThe envoy left.\n\nThe talks ended.\n\nThe deal was fair to everyone, the president said on Tuesday.",
    );
    expect(a.statements.find((s) => s.text.includes('deal was fair'))?.speakerName).toBe('Tsai Ing-wen');
  });
});

describe('he added', () => {
  it('gives "He added that …" to the described speaker of the sentence before, not to a man named further back', () => {
    const a = analyze(ROUNDUP);
    const st = a.statements.find((s) => s.text.includes('restructure'));
    expect(st?.speakerName).toBe('president');
  });

  it('leaves the pronoun to its own resolution after a named speaker', () => {
    const a = analyze(
      'Gina Raimondo said the rules were fair. Joe Biden met the envoy. Raimondo called it good. She added that the rules would stay in place.',
    );
    expect(a.statements.find((s) => s.text.includes('stay in place'))?.speakerName).toBe('Gina Raimondo');
  });
});
