// The predicate between two mentions: verb groups, relational nouns, light verbs, negation, modality, voice.
import { describe, expect, it } from 'vitest';
import { lemmaOf, readPredicate } from '../../../../seed/stages/text/predicates.ts';
import { relationVocabulary } from '../../../../seed/lexicon/relation-vocabulary.ts';

const read = (between: string) => readPredicate(between, relationVocabulary());

describe('verb predicates', () => {
  it('reads a verb with its preposition, past an object chunk before the preposition', () => {
    expect(read(' partnered with ')).toMatchObject({ lemma: 'partner with', passive: false, negated: false });
    expect(read(' invested $2 billion in ')?.entry?.type).toBe('INVESTS_IN');
  });

  it('records negation and modality instead of dropping them', () => {
    expect(read(' stopped supplying ')).toMatchObject({
      negated: true,
      entry: expect.objectContaining({ type: 'SUPPLIES' }),
    });
    expect(read(' does not compete with ')).toMatchObject({ negated: true });
    expect(read(' plans to acquire ')).toMatchObject({
      modality: 'plan',
      entry: expect.objectContaining({ type: 'ACQUIRES' }),
    });
    expect(read(' may sue ')).toMatchObject({ modality: 'may' });
  });

  it('reads a passive "by" as the object being the subject', () => {
    expect(read(' was acquired by ')).toMatchObject({
      passive: true,
      entry: expect.objectContaining({ type: 'ACQUIRES' }),
    });
    expect(read(' is based in ')).toMatchObject({
      passive: false,
      entry: expect.objectContaining({ type: 'BASED_IN' }),
    });
  });

  it('skips a relative pronoun or an apposition before the verb', () => {
    expect(read(', which acquired ')?.entry?.type).toBe('ACQUIRES');
    expect(read(', the chip designer, sued ')?.entry?.type).toBe('SUES');
  });

  it('keeps a verb the vocabulary lacks as a generic predicate with its lemma', () => {
    expect(read(' praised ')).toMatchObject({ lemma: 'praise', shape: 'generic' });
    expect(read(' praised ')?.entry).toBeUndefined();
  });

  it('reads no predicate across a list, a clause boundary or a speech verb', () => {
    expect(read(' and ')).toBeNull();
    expect(read(' said ')).toBeNull();
    expect(read('; ')).toBeNull();
    expect(read(' acquired a company that makes chips for ')).toBeNull();
  });
});

describe('relational nouns', () => {
  it('reads a possessive, an apposition and a light verb with a relational noun', () => {
    expect(read("'s deal with ")?.entry?.type).toBe('PARTNERS_WITH');
    expect(read(', a supplier to ')?.entry?.type).toBe('SUPPLIES');
    expect(read(' signed a partnership with ')?.entry?.type).toBe('PARTNERS_WITH');
    expect(read(' filed a lawsuit against ')?.entry?.type).toBe('SUES');
    expect(read(' is a major supplier to ')?.entry?.type).toBe('SUPPLIES');
  });
});

describe('lemmas', () => {
  it("finds a regular verb's lemma in the lexicon", () => {
    expect(lemmaOf('acquired')).toBe('acquire');
    expect(lemmaOf('banned')).toBe('ban');
    expect(lemmaOf('slams')).toBe('slam');
  });
});

describe('appositions and reduced clauses', () => {
  it('reads a title noun in apposition, a dash apposition that is a clause, and a reduced passive', () => {
    expect(read(', Chairman of the ')?.entry?.type).toBe('LEADS');
    expect(read('\u2014companies headquartered in the ')?.entry?.type).toBe('BASED_IN');
    expect(read(', led by Chairman ')).toMatchObject({
      passive: true,
      entry: expect.objectContaining({ type: 'LEADS' }),
    });
    expect(read(' initiated a rescission of the ')?.entry?.type).toBe('REVERSES');
  });
});
