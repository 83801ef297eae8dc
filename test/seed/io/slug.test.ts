// Slugs are entity keys and document ids: the ASCII fast path must give what the Unicode folding gives.
import { describe, expect, it } from 'vitest';
import { slugify } from '../../../seed/io/slug.ts';

/** The folding without the ASCII shortcut. */
const unicodeSlug = (t: string) =>
  t
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-+|-+$/g, '');

describe('slugify', () => {
  it('folds accents and joins words with dashes', () => {
    expect(slugify('Nvidia H20')).toBe('nvidia-h20');
    expect(slugify('  Société Générale ')).toBe('societe-generale');
    expect(slugify('ﬁnance Ⅻ')).toBe('finance-xii');
    expect(slugify('--U.S.--')).toBe('u-s');
  });

  it('gives the Unicode folding for every character up to U+2FFF, alone and inside words', () => {
    for (let c = 0; c < 0x3000; c++)
      for (const w of [String.fromCharCode(c), `a${String.fromCharCode(c)}b`, `Ab ${String.fromCharCode(c)}`])
        expect(slugify(w), `U+${c.toString(16)}`).toBe(unicodeSlug(w));
  });
});
