// Rule "described speakers" of the resolve stage (seed/stages/resolve-rules/described-speakers.ts): a source described
// by a title is the one person the document names with that title; otherwise it stays a description.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const analyze = (raw: string) => analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);

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
