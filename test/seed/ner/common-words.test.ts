import { describe, expect, it } from 'vitest';
import { commonWords } from '../../../seed/ner/common-words.ts';
import { isCommonWord } from '../../../seed/stages/text/lexicon.ts';

describe('common-word list', () => {
  it('keeps words written in lower case and drops those that mostly sit capitalized inside names', () => {
    const conll = [
      '-DOCSTART- -X- O O',
      '',
      ...Array.from({ length: 3 }, () => ['sales NNS I-NP O', 'rose VBD I-VP O', 'bank NN I-NP O', '']).flat(),
      ...Array.from({ length: 2 }, () => [
        'Bank NNP I-NP I-ORG',
        'of IN I-PP I-ORG',
        'England NNP I-NP I-ORG',
        '',
      ]).flat(),
    ].join('\n');
    expect(commonWords(conll)).toEqual(['rose', 'sales']);
  });

  it('makes the shipped list part of the word knowledge (a noun compromise lacks)', () => {
    expect(isCommonWord('Sales')).toBe(true);
    expect(isCommonWord('Revenue')).toBe(true);
    expect(isCommonWord('Velmora')).toBe(false);
  });
});
