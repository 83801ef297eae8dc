// Features are pure functions of the tokens and the document: the same input always hashes to the same numbers.
import { describe, expect, it } from 'vitest';
import {
  baseFeatures,
  documentEvidence,
  hashString,
  MAX_FEATURES,
  sentenceFeatures,
  shapeOf,
  transitionFeatures,
} from '../../../seed/ner/features.ts';
import { loadGazetteer } from '../../../seed/pipeline.ts';
import { tokenize } from '../../../seed/stages/text/tokens.ts';

const g = loadGazetteer();
const features = (text: string, i: number, doc = [text]) => {
  const toks = doc.map((d) => tokenize(d, 0, d.length));
  const sf = sentenceFeatures(tokenize(text, 0, text.length), documentEvidence(toks), g);
  const out = new Uint32Array(MAX_FEATURES);
  const n = baseFeatures(sf, i, out);
  const m = transitionFeatures(sf, i, 1, out.subarray(n));
  return [...out.subarray(0, n + m)];
};

describe('feature hashing', () => {
  it('uses 32-bit FNV-1a (a fixed, documented hash, so a saved model reads the same features)', () => {
    expect(hashString('')).toBe(0x811c9dc5);
    expect(hashString('a')).toBe(0xe40c292c);
  });

  it('gives the same features for the same token every time, and within the buffer size', () => {
    const text = 'Anna Kovac joined Meridan Bank in Zagreb on Monday .';
    const a = features(text, 0);
    expect(features(text, 0)).toEqual(a);
    expect(a.length).toBeLessThanOrEqual(MAX_FEATURES);
    expect(new Set(a).size).toBeGreaterThan(a.length - 3);
  });

  it('changes with the word, and with how the document writes the word elsewhere', () => {
    const text = 'Reform was the word of the day .';
    expect(features('Zagreb was the word of the day .', 0)).not.toEqual(features(text, 0));
    expect(features(text, 0, [text, 'The party promised reform again .'])).not.toEqual(features(text, 0, [text]));
  });
});

describe('word shapes', () => {
  it('collapses runs of the same character class', () => {
    expect(shapeOf('Nvidia')).toBe('Xx');
    expect(shapeOf('U.S.')).toBe('X.X.');
    expect(shapeOf('1996-08-22')).toBe('d-d-d');
    expect(shapeOf('McDonald')).toBe('XxXx');
    expect(shapeOf('Škoda')).toBe('Xx');
  });
});
