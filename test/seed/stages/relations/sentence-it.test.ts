// A sentence-initial "It" stands for the last sentence's subject (seed/stages/relations.ts): a sentence whose subject
// is a noun phrase no entity names ends that chain.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('a sentence-initial "It"', () => {
  it('is not a name from before a sentence whose subject is an unnamed noun phrase', () => {
    const t = triples(
      'The resolution says that export controls on advanced chips have denied the Chinese government the opportunity. The legislation also urges the U.S. government to ensure that American companies keep access. It emphasizes the importance of exporting the full U.S. AI stack to allies.',
      'ISSUED_BY',
    );
    expect(t).toEqual([]);
  });

  it('still stands for the subject of the sentence right before it', () => {
    expect(
      triples('The H20 is a chip Nvidia sells in China. It is based on the Hopper architecture.', 'BASED_ON'),
    ).toEqual(expect.arrayContaining([expect.stringMatching(/^chip:h20 BASED_ON/)]));
  });
});
