// Document text is cut at span boundaries without losing or reordering a character, and the focus range is marked.
import { describe, expect, it } from 'vitest';
import { segmentText } from '../../../client/src/panels/segments.ts';

describe('segmentText', () => {
  const text = 'Lutnick said the H20 is fine. Nvidia agreed.';

  it('concatenates back to the original text', () => {
    const segs = segmentText(
      text,
      [
        { start: 0, end: 7, kind: 'mention' },
        { start: 17, end: 20, kind: 'mention' },
        { start: 13, end: 28, kind: 'statement' },
      ],
      [13, 28],
    );
    expect(segs.map((s) => s.text).join('')).toBe(text);
  });

  it('marks overlapping spans with every kind that covers them', () => {
    const segs = segmentText(text, [
      { start: 13, end: 28, kind: 'statement' },
      { start: 17, end: 20, kind: 'mention', label: 'H20' },
    ]);
    const h20 = segs.find((s) => s.text === 'H20')!;
    expect(h20.kinds.sort()).toEqual(['mention', 'statement']);
    expect(h20.labels).toEqual(['H20']);
    expect(segs.find((s) => s.text === 'Lutnick said ')!.kinds).toEqual([]);
  });

  it('marks only the focus range as focus', () => {
    const segs = segmentText(text, [], [30, 36]);
    expect(segs.filter((s) => s.focus).map((s) => s.text)).toEqual(['Nvidia']);
  });

  it('clips spans outside the text and ignores empty ones', () => {
    const segs = segmentText('abc', [
      { start: -5, end: 1, kind: 'mention' },
      { start: 2, end: 99, kind: 'evidence' },
      { start: 1, end: 1, kind: 'mention' },
    ]);
    expect(segs.map((s) => [s.text, s.kinds])).toEqual([
      ['a', ['mention']],
      ['b', []],
      ['c', ['evidence']],
    ]);
  });
});
