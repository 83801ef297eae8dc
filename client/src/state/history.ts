// Undo/redo of canvas states: snapshots taken before each change, bounded so a long session does not grow without limit.

export class History<T> {
  private past: T[] = [];
  private future: T[] = [];
  constructor(private readonly limit = 50) {
    // 50 steps: enough to back out of an exploration, small in memory
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError('History: invalid `limit`. Expecting a positive integer.');
  }

  /** Remember the state as it was before a change; a new change forgets what could be redone. */
  record(before: T): void {
    this.past.push(before);
    if (this.past.length > this.limit) this.past.shift();
    this.future = [];
  }

  /** The state to go back to, given the current one; undefined when there is nothing to undo. */
  undo(current: T): T | undefined {
    const prev = this.past.pop();
    if (prev === undefined) return undefined;
    this.future.push(current);
    return prev;
  }

  redo(current: T): T | undefined {
    const next = this.future.pop();
    if (next === undefined) return undefined;
    this.past.push(current);
    return next;
  }

  get canUndo(): boolean {
    return this.past.length > 0;
  }

  get canRedo(): boolean {
    return this.future.length > 0;
  }

  clear(): void {
    this.past = [];
    this.future = [];
  }
}
