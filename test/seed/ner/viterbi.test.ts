// Decoding: any label sequence gives well-formed spans, and the model's decoder never continues a name it did not open.
import { describe, expect, it } from 'vitest';
import { decodeSentence } from '../../../seed/ner/viterbi.ts';
import { documentEvidence, sentenceFeatures } from '../../../seed/ner/features.ts';
import { defaultNerModel } from '../../../seed/ner/ner-model.ts';
import { allowed, LABELS, O, spansOf } from '../../../seed/ner/tags.ts';
import { tokenize } from '../../../seed/stages/text/tokens.ts';

const L = (name: string) => LABELS.indexOf(name);

describe('spans from labels', () => {
  it('joins B and its I labels, and starts a new span at an I that follows O or another type', () => {
    const labels = [L('B-PER'), L('I-PER'), O, L('I-ORG'), L('I-ORG'), L('I-LOC'), L('B-LOC'), L('B-LOC')];
    expect(spansOf(labels)).toEqual([
      { first: 0, last: 1, type: 'PER' },
      { first: 3, last: 4, type: 'ORG' },
      { first: 5, last: 5, type: 'LOC' },
      { first: 6, last: 6, type: 'LOC' },
      { first: 7, last: 7, type: 'LOC' },
    ]);
  });

  it('gives no span for all-O labels', () => {
    expect(spansOf([O, O, O])).toEqual([]);
  });
});

describe('the decoder', () => {
  const sentences = [
    'Officials at the Baltic Grain Exchange in Riga said Olga Berzina , its chair , would step down .',
    'EXCHANGE CHIEF QUITS AS RIGA MARKET SLUMPS',
    'Talks between Harlow & Pemberton and the Port of Antwerp Authority broke down on Friday .',
    'i Saw Bank of , the & And ( Riga ) : Olga - Berzina Ltd Ltd Ltd .',
  ];
  it('outputs only label sequences a BIO tagger allows (an I- only after B- or I- of its type)', () => {
    const model = defaultNerModel();
    const toks = sentences.map((s) => tokenize(s, 0, s.length));
    const ev = documentEvidence(toks);
    for (const t of toks) {
      const labels = new Uint8Array(t.length);
      const margins = new Float32Array(t.length);
      decodeSentence(model, sentenceFeatures(t, ev, null), labels, margins);
      let prev = O;
      for (const l of labels) {
        expect(allowed(prev, l)).toBe(true);
        prev = l;
      }
      for (const m of margins) expect(m).toBeGreaterThanOrEqual(0);
      expect(labels.some((l) => l !== O)).toBe(true);
    }
  });

  it('leaves settled tokens out of every name', () => {
    const s = sentences[0];
    const t = tokenize(s, 0, s.length);
    const settled = new Uint8Array(t.length);
    t.forEach((x, i) => (settled[i] = x.text === 'Riga' ? 1 : 0));
    const labels = new Uint8Array(t.length);
    decodeSentence(defaultNerModel(), sentenceFeatures(t, documentEvidence([t]), null), labels, null, settled);
    expect(labels[t.findIndex((x) => x.text === 'Riga')]).toBe(O);
    expect(labels.some((l) => l !== O)).toBe(true);
  });
});
