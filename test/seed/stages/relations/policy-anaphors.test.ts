// A policy named again by its head noun alone stands for the last policy of its family named just before.
import { describe, expect, it } from 'vitest';
import { triples } from './_relations-of.ts';

describe('policy anaphors', () => {
  it('reads "reversed the ban" as reversing the export controls named before', () => {
    expect(
      triples(
        'The Commerce Department imposed export controls on Huawei in 2019. The Trump administration reversed the ban in July.',
        'REVERSES',
      ),
    ).toEqual(['organization:trump-administration REVERSES policy:huawei-export-controls']);
  });

  it('reads a passive "the rule was rescinded by" for the rule named before', () => {
    expect(
      triples(
        'The Bureau of Industry and Security issued the AI Diffusion Rule. The rule was rescinded by the Commerce Department.',
        'REVERSES',
      ),
    ).toEqual(['organization:us-department-of-commerce REVERSES policy:ai-diffusion-rule']);
  });

  it('stands for nothing without a policy of its family before, or when another family was named', () => {
    expect(triples('The company said the ban was bad. The Commerce Department reversed the ban.', 'REVERSES')).toEqual(
      [],
    );
    expect(
      triples('Nvidia signed a revenue-sharing deal. The Commerce Department reversed the ban.', 'REVERSES'),
    ).toEqual([]);
  });
});
