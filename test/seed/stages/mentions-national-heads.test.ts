// Heads that keep the nationality before them (seed/gazetteer/name-words.yaml, nationalHeads): a think tank's or an
// academy's name holds its nationality ("American Enterprise Institute"); a ministry's does not ("Israeli Foreign Ministry").
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';

const context = { gazetteer: loadGazetteer() };
const names = (raw: string) =>
  analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, context).entities.map(
    (e) => `${e.type}:${e.name}`,
  );

describe('nationality-keeping name heads', () => {
  it('keeps the nationality of an institute and an academy', () => {
    const n = names('A fellow at the American Policy Institute and a member of the Chinese Academy of Sciences spoke.');
    expect(n).toEqual(
      expect.arrayContaining(['Organization:American Policy Institute', 'Organization:Chinese Academy of Sciences']),
    );
  });
  it("leaves a ministry's nationality outside its name", () => {
    expect(names('The Israeli Foreign Ministry said on Monday it would respond.')).toContain(
      'Organization:Foreign Ministry',
    );
  });
});
