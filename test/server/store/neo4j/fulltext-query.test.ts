// Proves user search text becomes a safe Lucene query: escaped, lower-cased, each word exact, prefix or fuzzy.
import { describe, expect, it } from 'vitest';
import { buildFulltextQuery, escapeLucene } from '../../../../server/store/neo4j/fulltext-query.ts';

describe('buildFulltextQuery', () => {
  it('searches each word as exact (boosted), prefix and fuzzy, all words required', () => {
    expect(buildFulltextQuery('Jensen Huang')).toBe(
      '(jensen^3 OR jensen* OR jensen~1) AND (huang^3 OR huang* OR huang~1)',
    );
  });

  it('skips fuzzy matching for one- and two-letter words', () => {
    expect(buildFulltextQuery('TS')).toBe('(ts^3 OR ts*)');
  });

  it('escapes every Lucene operator so no input is a syntax error', () => {
    expect(escapeLucene('a+b-c&&d||e!(f){g}[h]^i"j~k*l?m:n\\o/p')).toBe(
      'a\\+b\\-c\\&\\&d\\|\\|e\\!\\(f\\)\\{g\\}\\[h\\]\\^i\\"j\\~k\\*l\\?m\\:n\\\\o\\/p',
    );
    expect(buildFulltextQuery('H20*')).toBe('(h20\\*^3 OR h20\\** OR h20\\*~1)');
    expect(buildFulltextQuery('U.S.-China')).toContain('u.s.\\-china*');
  });

  it('lower-cases AND/OR/NOT so they are words, not operators', () => {
    expect(buildFulltextQuery('AND')).toBe('(and^3 OR and* OR and~1)');
  });

  it('returns null for text without letters or digits', () => {
    expect(buildFulltextQuery('   ')).toBeNull();
    expect(buildFulltextQuery('-- ** ??')).toBeNull();
    expect(buildFulltextQuery('华为')).toBe('(华为^3 OR 华为*)');
  });
});
