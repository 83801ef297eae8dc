// The relation vocabulary as data: every entry loads, forms are generated, bad files are refused with a clear error.
import { describe, expect, it } from 'vitest';
import {
  inflect,
  parseRelationVocabulary,
  relationVocabulary,
  RelationVocabularyError,
} from '../../../seed/lexicon/relation-vocabulary.ts';

describe('the relation vocabulary', () => {
  it('files every verb form under its first word, irregular forms included ("paid", "took over")', () => {
    const v = relationVocabulary();
    expect(v.verbs.get('paid')?.some((f) => f.entry.type === 'PAYS')).toBe(true);
    expect(v.verbs.get('took')?.some((f) => f.entry.type === 'ACQUIRES' && f.words.join(' ') === 'took over')).toBe(
      true,
    );
    expect(v.verbs.get('competes')?.some((f) => f.entry.type === 'COMPETES_WITH' && f.preposition === 'with')).toBe(
      true,
    );
    expect(v.nouns.get('supplier')?.some((f) => f.entry.type === 'SUPPLIES')).toBe(true);
  });

  it('inflects regular verbs with English spelling changes', () => {
    expect(inflect('supply')).toEqual(expect.arrayContaining(['supplies', 'supplied', 'supplying']));
    expect(inflect('ban')).toEqual(expect.arrayContaining(['bans', 'banned', 'banning']));
    expect(inflect('acquire')).toEqual(expect.arrayContaining(['acquires', 'acquired', 'acquiring']));
  });

  it('refuses an unknown relationship type or label, naming what it expects', () => {
    expect(() =>
      parseRelationVocabulary('relations:\n  - { type: LIKES, verbs: [like], from: [Person], to: [Person] }'),
    ).toThrow(RelationVocabularyError);
    expect(() =>
      parseRelationVocabulary('relations:\n  - { type: PAYS, verbs: [pay], from: [Persn], to: [Person] }'),
    ).toThrow(/unknown label `Persn`/);
    expect(() => parseRelationVocabulary('nothing: here')).toThrow(RelationVocabularyError);
  });
});
