// The resolve stage's name variants (seed/stages/resolve-rules/name-variants.ts) for places and countries: one place
// written two ways is one entity in a document.
import { describe, expect, it } from 'vitest';
import { analyzeText as analyze } from '../_analyze.ts';

describe('variants of a place, a country, a body', () => {
  it('merges "Washington, D.C." and "Washington DC"', () => {
    const a = analyze(
      'WASHINGTON, D.C. — The committee met on Monday. The hearing will be held in Washington DC on June 26.',
    );
    expect(a.entities.filter((e) => /washington/i.test(e.name)).length).toBe(1);
  });

  it('makes a place with a country’s name that country', () => {
    const a = analyze('Samsung is headquartered in South Korea. The rule strengthens the US-South Korea partnership.');
    expect(a.entities.filter((e) => e.name === 'South Korea').map((e) => e.type)).toEqual(['Country']);
  });
});
