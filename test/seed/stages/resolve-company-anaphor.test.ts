// The resolve stage's "the company" (resolveAnaphors, retypeCompanies in seed/stages/resolve.ts): a government body named
// by description ("the U.S. government") is never the company a later "the company" refers to, and never becomes one.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

describe('"the company" and government bodies', () => {
  it('keeps "the U.S. government" an Organization and gives "the company" to the firm named before it', () => {
    const a = analyze(
      'Nvidia confirmed in a blog post Monday that the U.S. government had "assured" the company that licenses would be granted.',
    );
    expect(a.entities.find((e) => e.name === 'U.S. government')?.type).toBe('Organization');
    const company = a.mentions.find((m) => m.text === 'the company');
    expect(company?.canonical).toBe('Nvidia');
  });

  it('still makes an unknown organization that the text calls "the company" a Company', () => {
    const a = analyze('Zentrix Holdings opened a plant in Ohio. The company said it would hire 500 workers.');
    expect(a.entities.find((e) => e.name === 'Zentrix Holdings')?.type).toBe('Company');
  });

  it('makes no organization a Company from "the group", a noun that also names other bodies', () => {
    const a = analyze(
      'Harbor Watch Weekly held a rally in Seoul. The controversial group said it would march again on Friday.',
    );
    expect(a.entities.find((e) => e.name === 'Harbor Watch Weekly')?.type).not.toBe('Company');
  });
  it('makes no company of an institution, and gives "the group" after one to it', () => {
    const a = analyze(
      'A study by the Harlan Policy Center (HPC) came out on Monday. HPC, reviewing a draft of the plan, came to a similar conclusion. The top 1 percent would see a large cut, the group said.',
    );
    expect(a.entities.map((e) => `${e.type}:${e.name}`)).toEqual(['Organization:Harlan Policy Center']);
    expect(a.statements[0]?.speakerName).toBe('Harlan Policy Center');
  });
});
