// trainNerModel (the training script's core, also used by the CoNLL held-out evaluation) and the pipeline context's
// `nerModel`: the model an evaluation trains is the one the mentions stage uses.
import { describe, expect, it } from 'vitest';
import { analyzeDocument, loadGazetteer } from '../../../seed/pipeline.ts';
import { parseConll } from '../../../seed/ner/conll.ts';
import { trainNerModel } from '../../../seed/ner/train.ts';

const g = loadGazetteer();
const names = (text: string, ctx: Parameters<typeof analyzeDocument>[1]) =>
  analyzeDocument({ id: 'x', raw: text, bodyStart: 0, bodyEnd: text.length }, ctx).mentions.map(
    (m) => `${text.slice(m.start, m.end)}:${m.type}`,
  );

const CONLL = `-DOCSTART- -X- O O

Kvetoslav NNP I-NP I-PER
Brandl NNP I-NP I-PER
joined VBD I-VP O
Ostrava NNP I-NP I-ORG
Steelworks NNP I-NP I-ORG
. . O O
`;

describe('trainNerModel', () => {
  it('is deterministic: the same documents and options give the same bytes', () => {
    const opts = { epochs: 3, bits: 12, prune: 0.01, trainedOn: 'test' };
    const a = trainNerModel(parseConll(CONLL), g, opts);
    const b = trainNerModel(parseConll(CONLL), g, opts);
    expect(a.model.header.rows).toBeGreaterThan(0);
    expect(Buffer.compare(a.bytes, b.bytes)).toBe(0);
  });

  it('the pipeline tags with the context’s model when it gives one', () => {
    const text = 'Kvetoslav Brandl joined Ostrava Steelworks on Monday. Brandl said Ostrava Steelworks would grow.';
    // the committed model names the two; a model trained on nothing scores every name 0, so the tagger settles none
    const empty = trainNerModel([], g, { epochs: 0, bits: 10, prune: 0.01, trainedOn: 'nothing' }).model;
    expect(names(text, { gazetteer: g })).toContain('Kvetoslav Brandl:Person');
    expect(names(text, { gazetteer: g, nerModel: empty })).not.toContain('Kvetoslav Brandl:Person');
  });
});
