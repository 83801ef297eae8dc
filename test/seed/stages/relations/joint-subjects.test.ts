// Two listed parties sharing a symmetric relationship as one subject.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('joint subjects', () => {
  it('reads "A and B shared a partnership" and "A and B are rivals"', () => {
    expect(triples('Arizona and Taiwan shared a robust partnership, she said.', 'PARTNERS_WITH')).toEqual([
      'place:arizona PARTNERS_WITH country:taiwan',
    ]);
    expect(triples('Nvidia and AMD are fierce rivals.', 'COMPETES_WITH')).toEqual([
      'company:nvidia COMPETES_WITH company:amd',
    ]);
  });

  it('leaves a deal "with" a third party to the clause rule, and reads nothing from other nouns', () => {
    expect(triples('Nvidia and AMD signed a deal with Huawei.', 'PARTNERS_WITH')).not.toContain(
      'company:nvidia PARTNERS_WITH company:amd',
    );
    expect(triples('Nvidia, AMD and Intel reported earnings.')).toEqual([]);
  });
});

describe('plural relational nouns after a possessive pronoun', () => {
  it('reads "its debt agreements with Sri Lanka" for the country named before', () => {
    expect(triples('China has agreed to restructure its debt agreements with Sri Lanka.', 'PARTNERS_WITH')).toEqual([
      'country:china PARTNERS_WITH country:sri-lanka',
    ]);
  });
});
