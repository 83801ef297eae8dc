// Who said what: the statements stage on short tech-policy articles written for these tests, one attribution pattern each.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import type { Statement } from '../../../seed/model.ts';

const context = { gazetteer: loadGazetteer() };
function statementsOf(raw: string): Statement[] {
  const a = analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context);
  for (const s of a.statements) expect(raw.slice(s.start, s.end)).toBe(s.text); // offsets point into the raw text
  return a.statements;
}
/** The statement whose text contains `words`, or undefined. */
const find = (st: Statement[], words: string) => st.find((s) => s.text.includes(words));

describe('statements: reported speech', () => {
  it('finds two attributions in one sentence, each with its own speaker and content', () => {
    const st = statementsOf('Jensen Huang said the company would comply with the new rules, though Gina Raimondo noted the agency was still reviewing licenses.');
    const huang = find(st, 'would comply');
    expect(huang?.speakerName).toBe('Jensen Huang');
    expect(huang?.text).not.toContain('reviewing');
    expect(find(st, 'still reviewing licenses')?.speakerName).toBe('Gina Raimondo');
  });

  it('takes the subject, not a name inside its apposition, as the speaker', () => {
    const st = statementsOf('Lisa Su, chief executive of AMD, which designs its chips in Texas, said demand for accelerators remains strong.');
    expect(find(st, 'demand for accelerators')?.speakerName).toBe('Lisa Su');
  });

  it('reads a trailing attribution followed by a subordinate clause', () => {
    const st = statementsOf('Nvidia will keep selling the H20 in China, Jensen Huang said on Friday, as the company prepared its earnings report.');
    const s = find(st, 'keep selling the H20');
    expect(s?.speakerName).toBe('Jensen Huang');
    expect(s?.text).not.toContain('earnings');
  });

  it('gives a gerund after an attribution to the same speaker', () => {
    const st = statementsOf('Gina Raimondo said the licenses were approved in July, adding that sales to Chinese buyers would stay small.');
    expect(find(st, 'sales to Chinese buyers')?.speakerName).toBe('Gina Raimondo');
    expect(find(st, 'sales to Chinese buyers')?.cue).toBe('adding');
  });

  it('reads "according to" with modifiers before the source', () => {
    const st = statementsOf('Shipments of accelerators to the region fell by a fifth last quarter, according to a new Reuters survey of distributors.');
    const s = find(st, 'Shipments of accelerators');
    expect(s?.cue).toBe('according to');
    expect(s?.speakerName).toMatch(/Reuters/);
  });

  it('gives a coordinated speech verb the sentence subject', () => {
    const st = statementsOf('Gina Raimondo met chip executives in Washington on Monday and said the export rules would not change this year.');
    expect(find(st, 'export rules would not change')?.speakerName).toBe('Gina Raimondo');
  });

  it('lets a writing state what it shows, and a possessive speaker own a claim', () => {
    const st = statementsOf('A Bloomberg poll shows that most voters support tighter chip export controls. Separately, Huawei\'s claim that its Ascend chips match Nvidia\'s best has drawn scrutiny.');
    expect(find(st, 'most voters support')).toBeDefined();
    expect(find(st, 'Ascend chips match')?.speakerName).toBe('Huawei');
  });

  it('takes bare police or authorities as a speaking body', () => {
    const st = statementsOf('Police said the smuggled graphics cards were seized at the border in March.');
    expect(find(st, 'smuggled graphics cards')?.speakerName.toLowerCase()).toContain('police');
  });

  it('does not report what was not said or a relative clause after "that"', () => {
    const st = statementsOf('Jensen Huang declined to say whether sales had resumed. Gina Raimondo told reporters after the meeting that was held in Washington.');
    expect(find(st, 'sales had resumed')).toBeUndefined();
    expect(find(st, 'was held in Washington')).toBeUndefined();
  });
});

describe('statements: quotations', () => {
  it('attributes a quote to a titled name after it, past an organization mention', () => {
    const st = statementsOf('"We will comply with every rule," Nvidia spokesman John Rizzo said on Tuesday.');
    const s = find(st, 'comply with every rule');
    expect(s?.kind).toBe('direct');
    expect(s?.speakerName).toBe('John Rizzo');
  });

  it('reads a transcript turn labelled with a surname in capitals', () => {
    const raw = 'Gina Raimondo spoke to the committee on Tuesday.\n\nRAIMONDO: We will enforce the export rules on every advanced chip.\n';
    const s = find(statementsOf(raw), 'enforce the export rules');
    expect(s?.speakerName).toBe('Gina Raimondo');
    expect(s?.kind).toBe('direct');
  });

  it('reads a quotation signed with a dash', () => {
    const raw = 'Readers wrote in about the chip rules.\n\n"The controls only push buyers toward Huawei." - Jensen Huang\n';
    expect(find(statementsOf(raw), 'push buyers toward Huawei')?.speakerName).toBe('Jensen Huang');
  });

  it('does not take a quoted title as a statement', () => {
    const st = statementsOf('Lisa Su said on "Squawk Box" that AMD would ship the MI350 this year.');
    expect(st.some((s) => s.text === 'Squawk Box')).toBe(false);
  });
});
