// A party named by its relation to a possessor, in either order, with the direction the vocabulary gives.
import { describe, expect, it } from 'vitest';
import { relationVocabulary, parseRelationVocabulary } from '../../../../seed/lexicon/relation-vocabulary.ts';
import { triples } from './_relations-of.ts';

describe('possessive relational nouns', () => {
  it('reads "X\'s customer, Y" and "Y, X\'s customer" as X supplying Y', () => {
    expect(triples("TSMC's biggest customer, Apple, agreed.", 'SUPPLIES')).toEqual([
      'company:tsmc SUPPLIES company:apple',
    ]);
    expect(triples("Apple, TSMC's largest customer, agreed.", 'SUPPLIES')).toEqual([
      'company:tsmc SUPPLIES company:apple',
    ]);
  });

  it('reverses for a supplier and reads a rival as competition', () => {
    expect(triples("Apple's supplier TSMC grew.", 'SUPPLIES')).toEqual(['company:tsmc SUPPLIES company:apple']);
    expect(triples("Nvidia's rival AMD fell.", 'COMPETES_WITH')).toEqual(['company:nvidia COMPETES_WITH company:amd']);
  });

  it('reads nothing from a possessive without a relational noun', () => {
    expect(triples("Nvidia's chief rose while AMD fell.").filter((t) => t.includes('company:amd'))).toEqual([]);
  });

  it('loads the nouns from the vocabulary and refuses an unknown type', () => {
    expect(relationVocabulary().possessiveNouns.get('customer')).toEqual({ type: 'SUPPLIES', fromPossessor: true });
    expect(() => parseRelationVocabulary('relations: []\npossessiveNouns:\n  - {type: LIKES, nouns: [fan]}')).toThrow(
      /unknown `type` LIKES/,
    );
  });
});

describe('a possessive leader noun', () => {
  it('reads "Place\'s leader, Title Name" and "Firm\'s boss Name" as the person leading it', () => {
    expect(triples("Macau's leader, Chief Executive Sam Hou Fai, spoke.", 'LEADS')).toContain(
      'person:sam-hou-fai LEADS place:macau',
    );
    expect(triples("Nvidia's boss Jensen Huang spoke.", 'LEADS')).toEqual(['person:jensen-huang LEADS company:nvidia']);
  });

  it("reads a country's firm of a kind as based there, not as its supplier", () => {
    const t = triples("The U.S. added China's biggest computer chipmaker SMIC to a blacklist.");
    expect(t).toContain('company:smic BASED_IN country:china');
    expect(t.filter((x) => x.includes(' SUPPLIES '))).toEqual([]);
    expect(triples("Apple's supplier TSMC grew.", 'SUPPLIES')).toEqual(['company:tsmc SUPPLIES company:apple']);
  });
});
