// A relational noun after "its": the organization the pronoun stands for, related to the name after the noun.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('relational nouns after a possessive pronoun', () => {
  it('reads "its investment in Y" and "its Y investment" for the organization named before', () => {
    expect(triples('TSMC said it would triple its investment in Phoenix to $40 billion.', 'INVESTS_IN')).toEqual([
      'company:tsmc INVESTS_IN place:phoenix',
    ]);
    expect(triples('TSMC, which says it is tripling its Arizona investment, agreed.', 'INVESTS_IN')).toEqual([
      'company:tsmc INVESTS_IN place:arizona',
    ]);
  });

  it('reads nothing when no organization comes before the pronoun, or the noun is no relational one', () => {
    expect(triples('It will triple its investment in Phoenix.', 'INVESTS_IN')).toEqual([]);
    expect(triples('Nvidia said its chief met Huawei.').filter((t) => t.startsWith('company:nvidia'))).toEqual([]);
  });

  it('reads a company\'s chips listed after "its" as chips it makes', () => {
    expect(triples('Nvidia said the export ban affects its A100 and H100 chips.', 'MAKES')).toEqual([
      'company:nvidia MAKES chip:a100',
      'company:nvidia MAKES chip:h100',
    ]);
    // A country's "its" makes nothing; nor does a chip after another word ("its rival's A100").
    expect(triples('China said the export ban affects its A100 chips.', 'MAKES')).toEqual([]);
  });

  it('reads "the tech giant\'s" for a company, never for a country named before it', () => {
    expect(
      triples(
        "Biden announced a grant to Taiwan's top chip manufacturer for a plant that will bring the tech giant's investment in Arizona to $65 billion.",
        'INVESTS_IN',
      ),
    ).toEqual([]);
  });
});
