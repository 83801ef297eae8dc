// "This rule" in a document that publishes one stands for the policy its title names; "In this rule, X amends Y" says
// X issues it and that it changes Y.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';
import { readPredicate } from '../../../../seed/stages/text/predicates.ts';
import { relationVocabulary } from '../../../../seed/lexicon/relation-vocabulary.ts';

const RULE = 'The agency issued Export Controls on Quantum Computing Items on Friday. ';

describe('the document rule', () => {
  it('reads "In this final rule, the Agency amends the Regulations" as issuing the title rule and changing the other', () => {
    const t = triples(
      `${RULE}In this final rule, the Bureau of Industry and Security amends the Export Administration Regulations (EAR).`,
    );
    const title = t.find((x) => x.includes(' ISSUED_BY organization:bureau-of-industry-and-security'));
    expect(title).toMatch(/^policy:export-controls-on-quantum-computing-items/);
    expect(t).toContain(`${title!.split(' ')[0]} LINKED_TO policy:export-administration-regulations`);
  });

  it('reads nothing for "this rule" in a document whose opening names no policy', () => {
    expect(
      triples(
        'Chip news today.\n\nIn this final rule, the Bureau of Industry and Security amends nothing.',
        'ISSUED_BY',
      ),
    ).toEqual([]);
  });
});

describe('a speech verb that is a noun after a determiner', () => {
  it('reads "has published an interim final rule" as issuing, "rule" a noun there', () => {
    const p = readPredicate(' has published an interim final rule ', relationVocabulary());
    expect(p?.entry?.type).toBe('ISSUED_BY');
    expect(readPredicate(' ruled that ', relationVocabulary())).toBeNull();
  });
});
