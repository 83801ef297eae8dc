// The names inside a policy's phrase are its arguments: issuer before the head, target after a preposition.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('policy arguments', () => {
  it('makes a country that opens a title\'s name its issuer and a country after "on" or "to" its target', () => {
    const t = triples('Huawei Latest Target of US Crackdown on China Tech\n\nThe move was expected.');
    expect(t).toContain('policy:us-crackdown-on-china-tech ISSUED_BY country:united-states');
    expect(t).toContain('policy:us-crackdown-on-china-tech TARGETS country:china');
    const b = triples('Netherlands to Join US Chip-Export Ban to China\n\nThe Dutch agreed.');
    expect(b).toContain('policy:us-chip-export-ban ISSUED_BY country:united-states');
    expect(b).toContain('policy:us-chip-export-ban TARGETS country:china');
  });

  it('reads the possessive issuer and the trade destination of a ban', () => {
    const t = triples("Nvidia was hit by the Commerce Department's ban on H20 sales to China.");
    expect(t).toContain('policy:h20-ban ISSUED_BY organization:us-department-of-commerce');
    expect(t).toContain('policy:h20-ban TARGETS country:china');
  });

  it('names a deal by the country it is made with, which is neither its issuer nor its target', () => {
    const t = triples('The country struck a secret security deal with China.');
    expect(t.filter((x) => x.startsWith('policy:secret-security-deal-with-china'))).toEqual([]);
  });

  it('makes a company named in a policy before "to" or a restriction noun its target, never its issuer', () => {
    const t = triples('The Commerce Department added Huawei to the Entity List in 2019.');
    expect(t.filter((x) => / ISSUED_BY company:huawei$/.test(x))).toEqual([]);
    expect(t).toContainEqual(expect.stringMatching(/^policy:\S+ TARGETS company:huawei$/));
  });

  it('makes a possessor right before a policy, or opening its phrase, its issuer; never a company', () => {
    const t = triples("China's new export controls took effect on Monday.");
    expect(t.filter((x) => x.startsWith('policy:') && x.endsWith('country:china'))).toEqual([
      expect.stringMatching(/ ISSUED_BY country:china$/),
    ]);
    const m = triples("It cited the Chinese Communist Party's Made in China 2025 plan.");
    expect(m.some((x) => / ISSUED_BY organization:chinese-communist-party$/.test(x))).toBe(true);
    expect(triples("Nvidia's H20 ban talk grew.").filter((x) => x.includes('ISSUED_BY company:'))).toEqual([]);
  });
});
