// A headline that drops its copula: "A Latest Target of B" reads as "A is the latest target of B".
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('headline copulas', () => {
  it('reads a relational noun between two names of a headline', () => {
    expect(triples('Huawei Latest Target of US Crackdown on China Tech', 'TARGETS')).toContain(
      'policy:us-crackdown-on-china-tech TARGETS company:huawei',
    );
    expect(triples('Nvidia Biggest Rival of Huawei in China Market', 'COMPETES_WITH')).toEqual([
      'company:nvidia COMPETES_WITH company:huawei',
    ]);
  });

  it('reads nothing from a sentence that ends with a full stop, or from words that are no relational noun', () => {
    expect(triples('Huawei Latest Target of US Crackdown on China Tech.', 'TARGETS')).not.toContain(
      'policy:us-crackdown-on-china-tech TARGETS company:huawei',
    );
    expect(triples('Nvidia Earnings Beat Huawei Forecasts in China Market')).toEqual([]);
  });
});
