// The tagger's caches (each word's scores, kept in shared slabs; the model's lookup table) are speed only: what it
// finds in a text does not depend on what it read before, nor on which model instance's cache answered.
import fs from 'node:fs';
import { describe, expect, it } from 'vitest';
import { decodeModel, DEFAULT_MODEL_PATH } from '../../../seed/ner/ner-model.ts';
import { type NameSpan, tagSentences } from '../../../seed/ner/tagger.ts';
import { tokenize, type Token } from '../../../seed/stages/text/tokens.ts';

const fresh = () => decodeModel(fs.readFileSync(DEFAULT_MODEL_PATH));
const toks = (s: string): Token[] => tokenize(s, 0, s.length);
const doc = (sentences: string[]) => sentences.map(toks);
const show = (found: NameSpan[][]) => found.map((xs) => xs.map((x) => `${x.type}:${x.first}-${x.last}:${x.margin}`));

// Made-up capitalized words, many more than one slab holds (1,024 words), so that entries cross slab boundaries.
const LETTERS = 'bcdfgklmnprstvz';
const word = (i: number) => {
  let w = '';
  for (let n = i + 1; n > 0; n = Math.floor(n / LETTERS.length)) w += LETTERS[n % LETTERS.length] + 'a';
  return w[0].toUpperCase() + w.slice(1);
};
const MANY = Array.from(
  { length: 900 },
  (_, i) => `${word(3 * i)} ${word(3 * i + 1)} , who heads ${word(3 * i + 2)} Holdings , spoke in Oslo .`,
);

describe('the tagger caches', () => {
  it('tag a document the same after another document was tagged in between', () => {
    const model = fresh();
    const a = doc([
      'Marta Olsen , a spokeswoman for the Nordic Shipping Association , said the port of Gothenburg would reopen .',
      'Olsen said Nordic Shipping would appeal .',
    ]);
    const b = doc([
      'Shares in Brevik Holdings Ltd fell in Oslo after Tomas Weber quit .',
      'Weber joined Brevik in 2019 .',
    ]);
    const first = show(tagSentences(a, null, { model }));
    tagSentences(b, null, { model });
    expect(show(tagSentences(a, null, { model }))).toEqual(first);
    expect(first.flat().length).toBeGreaterThan(2);
  });

  it('give each word its own scores across slabs: one model reading forwards agrees with a fresh one reading backwards', () => {
    const one = fresh();
    const two = fresh();
    const forwards = MANY.map((s) => show(tagSentences([toks(s)], null, { model: one }))[0]);
    const backwards = MANY.slice()
      .reverse()
      .map((s) => show(tagSentences([toks(s)], null, { model: two }))[0])
      .reverse();
    expect(one.wordCache.size).toBeGreaterThan(2 * 1024);
    expect(backwards).toEqual(forwards);
    // and a third pass over the same words, now all cached, changes nothing either
    expect(MANY.map((s) => show(tagSentences([toks(s)], null, { model: one }))[0])).toEqual(forwards);
  });
});
