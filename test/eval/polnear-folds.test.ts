// PolNeAR train's folds: every fifth article (one per base name, several annotators' files counted once) is set aside.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { polnearFolds, polnearTuneTexts } from './polnear-folds.ts';

const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'polnear-folds-'));
afterAll(() => fs.rmSync(dir, { recursive: true, force: true }));

describe('polnearFolds', () => {
  it('sets aside the articles at positions 5, 10 … in name order, counting an article once', () => {
    fs.mkdirSync(path.join(dir, 'attributions'));
    fs.mkdirSync(path.join(dir, 'text'));
    const bases = Array.from({ length: 11 }, (_, i) => `site_2016-01-${String(i + 1).padStart(2, '0')}_story`);
    for (const b of bases) {
      fs.writeFileSync(path.join(dir, 'attributions', `${b}_4e07.ann`), '');
      fs.writeFileSync(path.join(dir, 'text', `${b}.txt`), 'x');
    }
    fs.writeFileSync(path.join(dir, 'attributions', `${bases[2]}_d473.ann`), ''); // a second annotator
    const folds = polnearFolds(dir);
    expect(folds.map((f) => f.base)).toEqual(bases);
    expect(folds.filter((f) => f.held).map((f) => f.base)).toEqual([bases[4], bases[9]]);
    const tune = polnearTuneTexts(dir).map((f) => path.basename(f, '.txt'));
    expect(tune).toHaveLength(9);
    expect(tune).not.toContain(bases[4]);
  });
});
