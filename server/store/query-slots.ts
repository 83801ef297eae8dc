import type { QueryLoad } from '../../core/graph-store.ts';

// At most N statements of this process on the graph store at once; the rest wait their turn, first come first served.
//
// Why: on the embedded store every statement runs on an engine thread of this process with working memory of its own
// (its intermediate rows, its materialized result), and the allocator keeps the peak. Neighbourhoods of the busiest
// entities of a 2,448-node graph, run in a bare process: ten at once left 407 MB resident, two at once 212 MB. A cap on
// statements at once caps that part (limit × one statement's working memory) under any flood of requests. It is not
// what sets the server's plateau under the bench's ten connections (BENCHMARKS.md, memory): there a cap of 2 saved no
// memory, and its runs served half the requests (on a machine whose load also differed), so the default
// (STORE_QUERY_SLOTS, 8) is a bound for floods, close to the uncapped behaviour under ordinary load.
export class QuerySlots {
  private running = 0;
  private peakRunning = 0;
  private readonly waiting: (() => void)[] = [];

  constructor(readonly limit: number) {
    if (!Number.isInteger(limit) || limit < 1)
      throw new RangeError(`QuerySlots: the limit must be a positive integer, got ${limit}`);
  }

  /**
   * Resolves with the slot's release (call it when the statement has finished on the store; a second call does
   * nothing). With `waitMs`, a statement that has not got a slot by then is dropped from the queue and rejected with
   * `timedOut()`.
   */
  acquire(wait?: { waitMs: number; timedOut: () => Error }): Promise<() => void> {
    return new Promise((resolve, reject) => {
      let timer: NodeJS.Timeout | undefined;
      const take = () => {
        clearTimeout(timer);
        this.running++;
        this.peakRunning = Math.max(this.peakRunning, this.running);
        let released = false;
        resolve(() => {
          if (released) return;
          released = true;
          this.running--;
          this.waiting.shift()?.();
        });
      };
      if (this.running < this.limit) return take();
      this.waiting.push(take);
      if (wait)
        timer = setTimeout(() => {
          const at = this.waiting.indexOf(take);
          if (at < 0) return;
          this.waiting.splice(at, 1);
          reject(wait.timedOut());
        }, wait.waitMs);
    });
  }

  load(): QueryLoad {
    return { running: this.running, waiting: this.waiting.length, peakRunning: this.peakRunning, limit: this.limit };
  }
}
