// Rule "ordinary words in a title-case line" (seed/stages/mention-rules/common-word-runs.ts, settleHeadlineWords): in a
// headline, question headlines included, capitals say nothing; a guessed name made only of ordinary words names nothing.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('mention rule: ordinary words in a title-case line', () => {
  it('finds no name in the ordinary words of a headline', () => {
    const n = names(
      'Can Farmers Become Self-reliant in Semiconductors?\n\nBrazil wants its own chip plants, officials said on Monday.\n\nEyeing Brazil, Foreign Investors Wait for Brasilia to Make Next Move\n\nInvestors are waiting for a decision.',
    );
    expect(n.filter((x) => /Semiconductors|Next Move|Self-reliant/.test(x))).toEqual([]);
    expect(n).toContain('Country:Brazil');
  });
  it('keeps a name in a headline when the text writes it so', () => {
    const n = names('Norvane Builds New Chip Plants\n\nNorvane said on Monday it would build new chip plants.');
    expect(n.some((x) => x.endsWith(':Norvane'))).toBe(true);
  });
});
