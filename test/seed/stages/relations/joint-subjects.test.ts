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

describe('joint subjects without a relational noun', () => {
  it('reads a symmetric verb without its object: "Nvidia and AMD compete in …", "A and B met in …"', () => {
    expect(triples('Nvidia and AMD compete in the market for AI accelerators.', 'COMPETES_WITH')).toEqual([
      'company:nvidia COMPETES_WITH company:amd',
    ]);
    expect(triples('Joe Biden and Xi Jinping met in Woodside, California.', 'MET_WITH')).toEqual([
      'person:joe-biden MET_WITH person:xi-jinping',
    ]);
  });

  it('reads a verb that takes the shared noun after "need to": "both A and B need to manage competition"', () => {
    expect(
      triples('Both the United States and China need to manage competition in the relationship.', 'COMPETES_WITH'),
    ).toEqual(['country:united-states COMPETES_WITH country:china']);
  });

  it('reads "both countries" as the two countries named before it in the sentence', () => {
    expect(
      triples(
        'China trails the United States, and both countries are competing for global dominance.',
        'COMPETES_WITH',
      ),
    ).toEqual(['country:china COMPETES_WITH country:united-states']);
  });

  it('reads nothing from a wish, a third party after the verb, or a generic verb without "together"', () => {
    expect(triples('The United States and China must work together on climate.', 'PARTNERS_WITH')).toEqual([]);
    expect(triples('Nvidia and AMD compete with Huawei.', 'COMPETES_WITH')).not.toContain(
      'company:nvidia COMPETES_WITH company:amd',
    );
    expect(triples('Nvidia and AMD work on AI chips.')).toEqual([]);
    expect(triples('Japan and the Netherlands face competition from China.', 'COMPETES_WITH')).not.toContain(
      'country:japan COMPETES_WITH country:netherlands',
    );
  });
});

describe('plural relational nouns after a possessive pronoun', () => {
  it('reads "its debt agreements with Sri Lanka" for the country named before', () => {
    expect(triples('China has agreed to restructure its debt agreements with Sri Lanka.', 'PARTNERS_WITH')).toEqual([
      'country:china PARTNERS_WITH country:sri-lanka',
    ]);
  });
});
