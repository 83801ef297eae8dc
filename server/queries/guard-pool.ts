// Runs the read-only guard for request paths: the cheap checks here, the parse in a worker with a time budget.
//
// Why a worker: Neo4j's parser and semantic analysis take tens to hundreds of ms on ordinary queries and grow
// steeply with nesting and length; on the main thread one crafted request froze every other request for seconds.
// The lexer, size and nesting caps (precheck) run here first in linear time; the parse runs in one worker thread,
// one query at a time, and a parse over the budget terminates the worker (a new one starts for the next query)
// and answers 400. A bounded queue answers 503 with Retry-After when full instead of growing without end.
import { createRequire } from 'node:module';
import { pathToFileURL } from 'node:url';
import { Worker } from 'node:worker_threads';
import {
  ActorgraphError,
  BusyError,
  QueryRejectedError,
  QuerySyntaxError,
  QueryTooComplexError,
} from '../../core/errors.ts';
import { acceptedBefore, precheck, remember } from './read-only-guard.ts';

export interface GuardPoolOptions {
  /** Longest a parse may take before the query is refused as too complex. */
  budgetMs: number;
  /** Queries waiting for the worker before new ones are answered 503. */
  maxQueue: number;
}

interface Job {
  id: number;
  query: string;
  text: string;
  resolve: (text: string) => void;
  reject: (e: Error) => void;
}

const ERROR_CLASSES: Record<string, new (message: string, options?: { details?: unknown }) => ActorgraphError> = {
  QueryRejectedError,
  QuerySyntaxError,
  QueryTooComplexError,
};

const WORKER_URL = new URL('./guard-worker.ts', import.meta.url).href;
/** The worker is TypeScript like the rest: it registers tsx's loader first (execArgv `--import` does not reach workers on Node 20). */
// (require.resolve finds the package's CommonJS build; its ES module build sits beside it as .mjs.)
const TSX_API = pathToFileURL(
  createRequire(import.meta.url)
    .resolve('tsx/esm/api')
    .replace(/\.cjs$/, '.mjs'),
).href;
const BOOT = `import(${JSON.stringify(TSX_API)}).then(({ register }) => { register(); return import(${JSON.stringify(WORKER_URL)}); });`;

export class GuardPool {
  private worker: Worker | null = null;
  private ready = false;
  private current: Job | null = null;
  private readonly queue: Job[] = [];
  private timer: NodeJS.Timeout | undefined;
  private nextId = 1;
  private closed = false;

  constructor(private readonly options: GuardPoolOptions) {}

  /** Resolves to the canonical text to run, or rejects with the guard's error (4xx), BusyError (503) when the queue is full. */
  check(query: string): Promise<string> {
    const cached = acceptedBefore(query);
    if (cached !== undefined) return Promise.resolve(cached);
    let text: string;
    try {
      text = precheck(query).text;
    } catch (e) {
      return Promise.reject(e);
    }
    if (this.closed) return Promise.reject(new BusyError('The server is shutting down.'));
    if (this.queue.length >= this.options.maxQueue)
      return Promise.reject(new BusyError('Too many queries are waiting to be checked; try again in a moment.', 1));
    return new Promise<string>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, query, text, resolve, reject });
      this.pump();
    });
  }

  /**
   * Remembers a query already checked elsewhere (the built-in catalog, checked when it was loaded) with its
   * canonical text, so running it never waits for the worker.
   */
  trust(query: string): void {
    if (acceptedBefore(query) === undefined) remember(query, precheck(query).text);
  }

  /** Starts the worker now, so the first user query does not wait for it (a server, not every test app, wants this). */
  warm(): void {
    if (!this.worker && !this.closed) this.worker = this.spawn();
  }

  /** Stops the worker; waiting queries are refused. */
  async close(): Promise<void> {
    this.closed = true;
    clearTimeout(this.timer);
    for (const job of this.queue.splice(0)) job.reject(new BusyError('The server is shutting down.'));
    this.current?.reject(new BusyError('The server is shutting down.'));
    this.current = null;
    const w = this.worker;
    this.worker = null;
    if (w) await w.terminate();
  }

  private spawn(): Worker {
    const w = new Worker(BOOT, { eval: true });
    w.unref();
    this.ready = false;
    w.on(
      'message',
      (m: {
        ready?: true;
        id?: number;
        ok?: boolean;
        error?: { name: string; message: string; details?: unknown };
      }) => {
        if (w !== this.worker) return;
        if (m.ready) {
          this.ready = true;
          this.pump();
          return;
        }
        const job = this.current;
        if (!job || job.id !== m.id) return;
        clearTimeout(this.timer);
        this.current = null;
        if (m.ok) {
          remember(job.query, job.text);
          job.resolve(job.text);
        } else {
          const Cls = ERROR_CLASSES[m.error?.name ?? ''] ?? QuerySyntaxError;
          job.reject(new Cls(m.error?.message ?? 'The query could not be checked.', { details: m.error?.details }));
        }
        this.pump();
      },
    );
    w.on('error', (e) => this.lose(w, e));
    w.on('exit', (code) => this.lose(w, new Error(`the guard worker exited with code ${code}`)));
    return w;
  }

  /** The worker died (a crash, not a timeout): the query it held is refused and a new worker takes the queue. */
  private lose(w: Worker, cause: Error): void {
    if (w !== this.worker) return;
    this.worker = null;
    clearTimeout(this.timer);
    if (!this.ready) {
      // It never started: refuse what waits rather than start worker after worker.
      for (const job of this.queue.splice(0))
        job.reject(new BusyError(`The query checker could not start (${cause.message}); try again.`, 5));
      return;
    }
    const job = this.current;
    this.current = null;
    job?.reject(
      new QueryTooComplexError('The query could not be checked: it exhausted the checker. Simplify it.', {
        details: { cause: cause.message },
      }),
    );
    this.pump();
  }

  private pump(): void {
    if (this.closed || this.current || this.queue.length === 0) return;
    if (!this.worker) this.worker = this.spawn();
    if (!this.ready) return;
    const job = this.queue.shift()!;
    this.current = job;
    this.timer = setTimeout(() => {
      const w = this.worker;
      this.worker = null;
      this.current = null;
      void w?.terminate();
      job.reject(
        new QueryTooComplexError(
          `The query took longer than ${this.options.budgetMs} ms to check and was refused; simplify it (fewer nested expressions, shorter literals).`,
        ),
      );
      this.pump();
    }, this.options.budgetMs);
    this.worker.postMessage({ id: job.id, text: job.text });
  }
}
