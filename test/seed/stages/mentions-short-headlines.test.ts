// Rule "short headlines" (seed/stages/mention-rules/sentence-scans.ts): a line of two or three capitalized words
// standing alone, ending in an ordinary word, is a headline — its capitals name no one ("Nvidia Stock Falls").
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

const people = (raw: string) =>
  analyze(raw)
    .entities.filter((e) => e.type === 'Person')
    .map((e) => e.name);

describe('short headlines', () => {
  it('makes no person of a short headline', () => {
    expect(people('Nvidia Stock Falls\n\nShares of Nvidia fell on Monday after the report.')).toEqual([]);
  });

  it('keeps a byline name on a line of its own', () => {
    expect(people('Nvidia Stock Falls\n\nBy Masood Farivar\n\nShares of Nvidia fell on Monday.')).toEqual([
      'Masood Farivar',
    ]);
  });
});
