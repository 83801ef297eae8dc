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
  it('finds every kept feature, however its keys collide in the lookup table, and nothing for a dropped one', () => {
    // 3,000 keys, a third of them above 2^31 (the table stores keys as signed integers), many sharing their low bits.
    const keys = Uint32Array.from({ length: 3000 }, (_, i) =>
      i % 3 === 0 ? 0x80000000 + i * 4096 : i * 4096 + (i % 7),
    );
    const weights = new Int16Array(keys.length * N_LABELS).map((_, i) => (i % 2000) - 1000);
    const m = decodeModel(encodeModel(header({ bits: 32, rows: keys.length }), keys, weights));
    keys.forEach((k, r) => {
      expect(m.row(k)).toBe(r * N_LABELS);
      const scores = new Float64Array(N_LABELS);
      m.add(Uint32Array.from([k, k + 1]), 2, scores, 0);
      expect([...scores]).toEqual([...weights.slice(r * N_LABELS, (r + 1) * N_LABELS)]);
    });
    expect(m.row(1)).toBe(-1);
    expect(m.row(0x80000001)).toBe(-1);
  });

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
