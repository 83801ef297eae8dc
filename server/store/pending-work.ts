// Bookkeeping both stores share: writes run one after another, and close() can wait for everything still running.

export class PendingWork {
  private writeQueue: Promise<unknown> = Promise.resolve();
  private readonly inFlight = new Set<Promise<unknown>>();

  /** Keeps track of p so drain() waits for it; returns p. */
  track<T>(p: Promise<T>): Promise<T> {
    this.inFlight.add(p);
    const done = () => this.inFlight.delete(p);
    p.then(done, done);
    return p;
  }

  /** Runs fn after every write queued before it has settled (whatever their outcome). */
  serialize<T>(fn: () => Promise<T>): Promise<T> {
    const run = this.writeQueue.then(fn, fn);
    this.writeQueue = run.catch(() => undefined);
    return this.track(run);
  }

  /** Settles when the queued writes and all tracked work have settled. */
  async drain(): Promise<void> {
    await Promise.allSettled([this.writeQueue, ...this.inFlight]);
  }
}
