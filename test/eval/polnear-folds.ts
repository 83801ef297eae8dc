// PolNeAR train's two parts: the articles (one per base name, in the name order of their .ann files) at positions 5,
// 10, 15 … are set aside (`polnear-holdout`: figures only, never tuned on); the others may be developed on.
import fs from 'node:fs';
import path from 'node:path';

/** Each article's base name in order, and whether it is in the set-aside fifth. */
export function polnearFolds(dir: string): { base: string; held: boolean }[] {
  const bases: string[] = [];
  for (const ann of fs
    .readdirSync(path.join(dir, 'attributions'))
    .filter((f) => f.endsWith('.ann'))
    .sort()) {
    const base = ann.replace(/_[0-9a-f]{4}\.ann$/, '');
    if (!bases.includes(base)) bases.push(base);
  }
  return bases.map((base, i) => ({ base, held: (i + 1) % 5 === 0 }));
}

/** The text files of the part that may be developed on. */
export function polnearTuneTexts(dir: string): string[] {
  return polnearFolds(dir)
    .filter((f) => !f.held)
    .map((f) => path.join(dir, 'text', `${f.base}.txt`))
    .filter((f) => fs.existsSync(f));
}
