// Relations whose words the predicate reader must read through: a vocabulary verb that ends in "-ly" ("will supply"),
// and a policy named again by its head noun ("The latest rules …") carrying its sentence's subject to a "They" after it.
import { describe, expect, it } from 'vitest';
import { toExtractionOutput } from '../../../seed/extract.ts';
import { readPredicate } from '../../../seed/stages/text/predicates.ts';
import { relationVocabulary } from '../../../seed/lexicon/relation-vocabulary.ts';
import { analyzeText } from '../_analyze.ts';

const rels = (raw: string) => toExtractionOutput(analyzeText(raw)).relations.map((r) => `${r.from} ${r.type} ${r.to}`);

describe('predicate reader: a vocabulary verb ending in -ly is no adverb', () => {
  const vocab = relationVocabulary();
  it('reads "will supply" and "could apply to" as their verbs', () => {
    expect(readPredicate(' will supply ', vocab)?.entry?.type).toBe('SUPPLIES');
    expect(readPredicate(' could apply to ', vocab)?.entry?.type).toBe('TARGETS');
  });
  it('still walks over an adverb in -ly', () => {
    expect(readPredicate(' quietly supplies ', vocab)?.entry?.type).toBe('SUPPLIES');
  });
  it('links a modal supply in a sentence', () => {
    expect(rels('TSMC will supply Apple.')).toContain('company:tsmc SUPPLIES company:apple');
  });
});

describe('policy anaphors carry the subject to "They"', () => {
  it('reads "They" after "The latest rules" as the policy named before', () => {
    const r = rels(
      'The Commerce Department announced new export restrictions on Monday. The latest rules include a restriction of exports to 140 companies, including Chinese chip firm Piotech. They also impact Naura Technology Group.',
    );
    expect(r.some((x) => /^policy:\S+ TARGETS company:naura/.test(x))).toBe(true);
  });
  it('leaves "They" alone after a sentence about a company', () => {
    const r = rels(
      'The Commerce Department announced new export restrictions on Monday. Nvidia sells chips. They also impact Naura Technology Group.',
    );
    expect(r.some((x) => / TARGETS company:naura/.test(x))).toBe(false);
  });
});
