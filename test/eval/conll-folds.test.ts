// The CoNLL cross-validation folds never reach the set-aside fifth that conll-holdout.ts scores.
import { describe, expect, it } from 'vitest';
import { innerFold, isSetAside } from './conll-folds.ts';

describe('conll-folds', () => {
  it('splits the documents that are not set aside into four inner folds, and sets aside every fifth', () => {
    const folds = new Map<number, number[]>();
    for (let i = 0; i < 50; i++) {
      if (isSetAside(i)) continue;
      const f = innerFold(i);
      folds.set(f, [...(folds.get(f) ?? []), i]);
    }
    expect([...folds.keys()].sort()).toEqual([0, 1, 2, 3]);
    expect([...folds.values()].flat()).toHaveLength(40);
    expect([4, 9, 14, 49].every(isSetAside)).toBe(true);
  });
});
