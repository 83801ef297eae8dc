// The pattern rules' qualifiers: negation and modality read from the vocabulary's word lists.
import { describe, expect, it } from 'vitest';
import { relationVocabulary } from '../../../../seed/lexicon/relation-vocabulary.ts';
import { qualifiers } from '../../../../seed/stages/relations/pair-patterns.ts';
import { relationsOf, triples } from './_relations-of.ts';

const ctx = { words: (n: string) => relationVocabulary().words[n] ?? new Set<string>() };

describe('qualifiers of a pattern', () => {
  it('reads negation and modality from the words between the mentions', () => {
    expect(qualifiers(' stopped selling chips to ', ctx)).toEqual({ negated: true });
    expect(qualifiers(" doesn't sell to ", ctx)).toEqual({ negated: true });
    // An intent verb before a gerund: "the White House considers allowing Nvidia …" is no permission yet.
    expect(qualifiers(' considers allowing ', ctx)).toEqual({ modality: 'consider' });
    expect(qualifiers(' is no longer shipping to ', ctx)).toEqual({ negated: true });
    expect(qualifiers(' plans to sell chips to ', ctx)).toEqual({ modality: 'plan' });
    expect(qualifiers(' may ship to ', ctx)).toEqual({ modality: 'may' });
    expect(qualifiers(' sells chips to ', ctx)).toEqual({});
  });

  it('never states a negated sale as a plain one', () => {
    for (const raw of ['Nvidia stopped selling chips to Huawei.', 'Nvidia stopped supplying Huawei last year.']) {
      const trade = relationsOf(raw).filter((r) => r.type === 'SELLS_TO' || r.type === 'SUPPLIES');
      for (const r of trade) expect(r.properties?.negated).toBe(true);
    }
  });
});

describe('a sale is the seller’s own verb', () => {
  it('does not read a sale whose verb belongs to another clause', () => {
    expect(
      triples(
        'Nvidia GPUs were seized, and the United States has taken another step in its efforts to curb the export of technology to China.',
        'SELLS_TO',
      ),
    ).toEqual([]);
  });

  it('still reads a sale after an auxiliary, a modal or an intent verb', () => {
    expect(triples('Nvidia plans to sell chips to China.', 'SELLS_TO')).toEqual([
      'company:nvidia SELLS_TO country:china',
    ]);
    expect(triples('Nvidia has shipped chips to China.', 'SELLS_TO')).toEqual([
      'company:nvidia SELLS_TO country:china',
    ]);
  });
});

describe('a policy "to" a country', () => {
  it('reads no target from an infinitive after the policy', () => {
    expect(
      triples('Micron will get funding under the CHIPS and Science Act to boost U.S. competitiveness.', 'TARGETS'),
    ).toEqual([]);
  });

  it('still reads the destination of a ban', () => {
    expect(triples('The Entity List to China was expanded.', 'TARGETS')).toContain(
      'policy:entity-list TARGETS country:china',
    );
  });
});

describe('a permission is the permitter’s own verb', () => {
  it('does not give the verb of a relative clause to the sentence subject', () => {
    expect(
      triples(
        'The SVP is campaigning against legislation which allows the Federal Council to override towns.',
        'PERMITS',
      ),
    ).toEqual([]);
  });

  it('reads a participle after a comma as the sentence subject’s', () => {
    expect(
      triples('The Commerce Department changed course on Monday, allowing Nvidia to sell the H20.', 'PERMITS'),
    ).toContain('organization:us-department-of-commerce PERMITS company:nvidia');
  });

  it('still reads the subject that allows', () => {
    expect(triples('The Commerce Department allowed Nvidia to sell the H20.', 'PERMITS')).toContain(
      'organization:us-department-of-commerce PERMITS company:nvidia',
    );
  });
});
