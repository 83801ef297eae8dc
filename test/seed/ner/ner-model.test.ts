// The committed tagger model: it loads, and a missing, corrupt or mismatched file fails with NerModelError, not a crash later.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import zlib from 'node:zlib';
import { afterAll, describe, expect, it } from 'vitest';
import {
  decodeModel,
  DEFAULT_MODEL_PATH,
  defaultNerModel,
  encodeModel,
  loadNerModel,
  NerModelError,
} from '../../../seed/ner/ner-model.ts';
import { FEATURE_VERSION } from '../../../seed/ner/features.ts';
import { LABELS, N_LABELS } from '../../../seed/ner/tags.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-ner-model-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

const header = (over: Record<string, unknown> = {}) => ({
  featureVersion: FEATURE_VERSION,
  labels: LABELS,
  bits: 22,
  scale: 0.5,
  rows: 2,
  ...over,
});

describe('the committed model', () => {
  it('loads once, within the size budget, for the current features and labels', () => {
    const m = defaultNerModel();
    expect(defaultNerModel()).toBe(m);
    expect(m.header.featureVersion).toBe(FEATURE_VERSION);
    expect(m.header.labels).toEqual(LABELS);
    expect(m.keys.length).toBeGreaterThan(10_000);
    expect(fs.statSync(DEFAULT_MODEL_PATH).size).toBeLessThan(6e6);
  });
});

describe('model files', () => {
  it('reads back what it writes: a feature the file keeps adds its weights, one it dropped adds nothing', () => {
    const keys = Uint32Array.from([7, 123456]);
    const weights = new Int16Array(2 * N_LABELS).map((_, i) => i - 5);
    const m = decodeModel(encodeModel(header(), keys, weights));
    const scores = new Float64Array(N_LABELS);
    m.add(Uint32Array.from([123456, 99]), 2, scores, 0);
    expect([...scores]).toEqual([...weights.slice(N_LABELS)]);
  });

  it('fails with NerModelError on a missing file, naming it', () => {
    const file = path.join(dir, 'absent.bin');
    expect(() => loadNerModel(file)).toThrow(NerModelError);
    expect(() => loadNerModel(file)).toThrow(/absent\.bin/);
  });

  it('fails with NerModelError on bytes that are not a model, a truncated model, or a wrong signature', () => {
    const good = encodeModel(header(), Uint32Array.from([1, 2]), new Int16Array(2 * N_LABELS));
    const file = path.join(dir, 'garbage.bin');
    fs.writeFileSync(file, 'not a model');
    expect(() => loadNerModel(file)).toThrow(NerModelError);
    const body = zlib.gunzipSync(good);
    expect(() => decodeModel(zlib.gzipSync(body.subarray(0, body.length - 3)))).toThrow(NerModelError);
    const wrongMagic = Buffer.from(body);
    wrongMagic.write('XXXXXXXX', 0, 'ascii');
    expect(() => decodeModel(zlib.gzipSync(wrongMagic))).toThrow(NerModelError);
  });

  it('refuses a model trained for other features or other labels', () => {
    const keys = Uint32Array.from([1, 2]);
    const weights = new Int16Array(2 * N_LABELS);
    expect(() => decodeModel(encodeModel(header({ featureVersion: FEATURE_VERSION + 1 }), keys, weights))).toThrow(
      NerModelError,
    );
    expect(() => decodeModel(encodeModel(header({ labels: ['O', 'B-PER'] }), keys, weights))).toThrow(NerModelError);
  });
});
