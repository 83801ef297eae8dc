// Quotes never come out doubled, and counts agree with their noun.
import { describe, expect, it } from 'vitest';
import { count, quoted } from '../../client/src/text.ts';

describe('text helpers', () => {
  it('wraps a quote in one pair of curly quotes whatever it already carries', () => {
    expect(quoted('We are not selling them the best')).toBe('“We are not selling them the best”');
    expect(quoted('“We need to sell the Chinese enough”')).toBe('“We need to sell the Chinese enough”');
    expect(quoted('"That’s the logic,"')).toBe('“That’s the logic,”');
  });

  it('keeps quote marks inside the text', () => {
    expect(quoted('the “fourth-tier” chip')).toBe('“the “fourth-tier” chip”');
  });

  it('counts in the singular and the plural', () => {
    expect(count(1, 'path')).toBe('1 path');
    expect(count(3, 'path')).toBe('3 paths');
    expect(count(1200, 'node')).toBe('1,200 nodes');
    expect(count(2, 'entity', 'entities')).toBe('2 entities');
  });
});
