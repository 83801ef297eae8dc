// Entities of AI-chip news that hold on unseen articles: headline fragments, products typed by their head noun or their
// maker, nationality words, analysts' firms and government bodies by description (issue 14, item 3).
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { toExtractionOutput } from '../../../seed/extract.ts';

const context = { gazetteer: loadGazetteer() };
function names(raw: string): string[] {
  const out = toExtractionOutput(analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context));
  return out.entities.filter((e) => e.mentions.length > 0).map((e) => `${e.type}:${e.name}`);
}

describe('news entities', () => {
  it('reads a long title-case headline with a figure or two as a headline: its capitals make no person', () => {
    const got = names(
      'Zentrix Warns of $2.5 Billion Hit as Curbs Bite on K40 Sales\n\nZentrix said on Tuesday it would take a charge.',
    );
    expect(got.filter((n) => n.startsWith('Person:'))).toEqual([]);
  });
});

describe('known firms of the industry (seed/gazetteer/industry-entities.yaml)', () => {
  it("types the analysts' and brokers' firms quoted on chips as companies", () => {
    const got = names('Jefferies cut its target for ASML. Morgan Stanley analysts said the selloff was overdone.');
    expect(got).toEqual(expect.arrayContaining(['Company:Jefferies', 'Company:Morgan Stanley']));
  });
});

describe('a name the text calls "it" (mention-rules/firm-evidence.ts)', () => {
  it('makes a one-word name followed by its verb and "its" or "said … it would" a company', () => {
    expect(names('Veltrona cut its forecast on Monday.')).toContain('Company:Veltrona');
    expect(names('Quorvex said on Tuesday it would take a charge.')).toContain('Company:Quorvex');
  });
  it('leaves the surname of someone named, and a given name, a person', () => {
    const got = names('Stacy Rasgon covers chips. Rasgon said it would take years.');
    expect(got).toContain('Person:Stacy Rasgon');
    expect(got.some((n) => n.startsWith('Company:'))).toBe(false);
  });
});
