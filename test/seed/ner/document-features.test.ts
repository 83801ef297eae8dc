// The tagger's document-level features: what the other occurrences of a word say (their neighbours, and how the tagger
// labelled it in earlier sentences) and lines with no running text (fixtures, tables).
import { describe, expect, it } from 'vitest';
import {
  baseFeatures,
  DocHistory,
  documentEvidence,
  isListLine,
  MAX_FEATURES,
  sentenceFeatures,
} from '../../../seed/ner/features.ts';
import { beginOf, NAME_TYPES, O } from '../../../seed/ner/tags.ts';
import { tokenize, type Token } from '../../../seed/stages/text/tokens.ts';
import { activeTokens } from '../../../seed/ner/viterbi.ts';

/** One document's sentences as token lists, offsets into one text (as the pipeline and training give them). */
function doc(...sentences: string[]): Token[][] {
  const text = sentences.join('\n\n');
  let at = 0;
  return sentences.map((s) => {
    const toks = tokenize(text, at, at + s.length);
    at += s.length + 2;
    return toks;
  });
}

const featuresOf = (sents: Token[][], k: number, i: number) => {
  const sf = sentenceFeatures(sents[k], documentEvidence(sents), null);
  const out = new Uint32Array(MAX_FEATURES);
  return new Set(out.subarray(0, baseFeatures(sf, i, out)));
};

describe('document contexts', () => {
  it('lend a word the neighbours of its other occurrences, not its own', () => {
    const a = doc('German retailer Promodes is in talks .', 'Promodes was not available .');
    const b = doc('The owner Promodes is in talks .', 'Promodes was not available .');
    expect(sentenceFeatures(a[1], documentEvidence(a), null).ctx[0].length).toBe(2);
    // The second "Promodes" differs by what stands around the first one only.
    expect(featuresOf(a, 1, 0)).not.toEqual(featuresOf(b, 1, 0));
    // A word written once has no other occurrence to read.
    const once = doc('Promodes was not available .');
    expect(sentenceFeatures(once[0], documentEvidence(once), null).ctx[0].length).toBe(0);
  });
});

describe('prediction history', () => {
  it('gives a word the type the tagger gave it most often in earlier sentences', () => {
    const sents = doc('Promodes set to sell assets .', 'Promodes has a unit in France .');
    const ev = documentEvidence(sents);
    const history = new DocHistory();
    const first = sentenceFeatures(sents[0], ev, null);
    history.fill(first);
    expect(first.hist[0]).toBe(0);
    const labels = new Uint8Array(first.n).fill(O);
    labels[0] = beginOf(NAME_TYPES.indexOf('ORG'));
    history.add(first, labels);
    const second = sentenceFeatures(sents[1], ev, null);
    history.fill(second);
    expect(second.hist[0]).toBe(1 + NAME_TYPES.indexOf('ORG'));
    // "France" was never labelled in an earlier sentence.
    expect(second.hist[second.n - 2]).toBe(0);
    // The code is a feature: without it the word's features differ.
    const out = new Uint32Array(MAX_FEATURES);
    const withHistory = [...out.subarray(0, baseFeatures(second, 0, out))];
    second.hist[0] = 0;
    expect([...out.subarray(0, baseFeatures(second, 0, out))]).not.toEqual(withHistory);
  });
});

describe('list lines', () => {
  it('are lines with no running text: fixtures, results, tables', () => {
    const line = (s: string) => isListLine(tokenize(s, 0, s.length));
    expect(line('Birmingham v Barnsley , Bradford v')).toBe(true);
    expect(line('Aegon 83.40 Paribas')).toBe(true);
    expect(line('Promodes signed an outline agreement to sell its unit , the paper said .')).toBe(false);
    expect(line('Nvidia Corp')).toBe(false);
  });
});

describe('contractions', () => {
  it('are never scored: "I\'m Chris Casquejo" starts at Chris', () => {
    const s = "Welcome . I'm Chris Casquejo in Washington .";
    const toks = tokenize(s, 0, s.length);
    const act = activeTokens(sentenceFeatures(toks, documentEvidence([toks]), null));
    expect(act[toks.findIndex((t) => t.text === "I'm")]).toBe(0);
    expect(act[toks.findIndex((t) => t.text === 'Chris')]).toBe(1);
  });
});
