// Undo returns the state before the last change, redo replays it, and a new change forgets the redo branch.
import { describe, expect, it } from 'vitest';
import { History } from '../../../client/src/state/history.ts';

describe('History', () => {
  it('undoes and redoes in order', () => {
    const h = new History<number>();
    h.record(1); // state was 1, became 2
    h.record(2); // became 3
    expect(h.undo(3)).toBe(2);
    expect(h.undo(2)).toBe(1);
    expect(h.undo(1)).toBeUndefined();
    expect(h.redo(1)).toBe(2);
    expect(h.redo(2)).toBe(3);
    expect(h.redo(3)).toBeUndefined();
  });

  it('forgets what could be redone after a new change', () => {
    const h = new History<string>();
    h.record('a');
    expect(h.undo('b')).toBe('a');
    expect(h.canRedo).toBe(true);
    h.record('a');
    expect(h.canRedo).toBe(false);
  });

  it('keeps at most `limit` steps', () => {
    const h = new History<number>(3);
    for (let i = 0; i < 10; i++) h.record(i);
    expect(h.undo(10)).toBe(9);
    expect(h.undo(9)).toBe(8);
    expect(h.undo(8)).toBe(7);
    expect(h.undo(7)).toBeUndefined();
  });

  it('refuses a nonsensical limit', () => {
    expect(() => new History(0)).toThrow(RangeError);
  });
});
