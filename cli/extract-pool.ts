// The extract command's documents spread over threads, results in input order. The main thread reads, keeps order
// and writes; it also extracts whenever every worker already has enough queued (and always while the pool has not
// started), so one thread's worth of work never waits. Workers start only once the input has passed a size where
// their start-up (loading the compiled bundle, the lexicon, the gazetteer; then warming up) pays: one small document
// runs exactly as it did on one thread. Workers run the command's compiled bundle (cli/compiled-bundle.mjs), never
// TypeScript through tsx. Output is the same bytes as on one thread: each extraction is a pure function of its
// document, and results are written strictly in input order, an error where its document was.
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { setImmediate as nextTurn } from 'node:timers/promises';
import { Worker } from 'node:worker_threads';
import type { PipelineContext, SourceDocument } from '../seed/analysis.ts';
import { toExtractionOutput } from '../seed/extract.ts';
import { analyzeDocument } from '../seed/pipeline.ts';
import type { ExtractAnswer, ExtractJob } from './extract-worker.ts';

/** Text read before workers start (about a third of a second of extraction, what one worker's start-up costs). */
export const START_AFTER_CHARS = 64 * 1024;
/** Documents queued on one worker: enough that it never idles while the main thread extracts one itself. */
const PER_WORKER = 3;
/** Results held for order (read but not yet written) before reading waits: bounds memory on any input length. */
const MAX_PENDING = 64;

/** The most threads worth asking for: each holds its own lexicon, gazetteer and compiled code. */
export const MAX_THREADS = 8;
/**
 * The default thread count: the machine's cores (at most MAX_THREADS). Once V8's tiering budget was raised
 * (cli/run-compiled.mjs), its compiler threads no longer fill the second core, and on a quiet 2-core machine two threads
 * ran `--jsonl` on 2 MB in 3.5–4.4 s wall against 4.5–4.9 s on one (BENCHMARKS.md); they cost more CPU in all (each
 * thread warms up the pipeline), which `--threads 1` saves on a shared machine.
 */
export const DEFAULT_THREADS = Math.max(1, Math.min(MAX_THREADS, os.availableParallelism()));

/** The workers' compiled bundle: built on first use, rebuilt when a source changes (compiled-bundle.mjs); its path. */
export async function workerBundle(): Promise<string> {
  const entry = fileURLToPath(new URL('./extract-worker.ts', import.meta.url));
  const builder = new URL('./compiled-bundle.mjs', import.meta.url).href;
  const { compiledBundle } = (await import(builder)) as { compiledBundle(entry: string): Promise<string> };
  return compiledBundle(entry);
}

export interface ExtractPoolOptions {
  /** Threads extracting, the main one included; 1 extracts everything on the main thread. */
  threads: number;
  /** What the main thread extracts with. */
  context: PipelineContext;
  /** The gazetteer directory the workers load (the shipped one when absent), as the main thread's context. */
  gazetteerDir?: string;
  /** Results as JSON text (a result line) instead of output objects. */
  asLine: boolean;
  /** Receives each result, strictly in input order. */
  write: (result: unknown) => void;
  /** Told when the workers cannot start (the main thread then extracts everything; the output is the same). */
  warn?: (message: string) => void;
}

interface Slot {
  done: boolean;
  value?: unknown;
  error?: Error;
  settled?: Promise<void>;
  settle?: () => void;
}

interface Lane {
  worker: Worker;
  inflight: Map<number, Slot>;
  alive: boolean;
}

export class ExtractPool {
  private readonly slots: Slot[] = [];
  private lanes: Lane[] = [];
  private starting = false;
  private chars = 0;
  private seq = 0;
  private failed = false;
  /** Documents extracted on the main thread and sent to workers so far. */
  readonly counts = { here: 0, onWorkers: 0 };

  constructor(private readonly options: ExtractPoolOptions) {}

  /** Queues a result that needs no extraction (an input line's error), in its place. */
  pass(value: unknown): void {
    this.slots.push({ done: true, value });
    this.flush();
  }

  /** Queues a document's extraction; resolves when more input may be read; rejects with an extraction's error, in order. */
  async push(doc: SourceDocument): Promise<void> {
    this.chars += doc.raw.length;
    if (!this.starting && this.options.threads > 1 && this.chars > START_AFTER_CHARS) this.start();
    const lane = this.freeLane();
    if (lane) {
      const slot: Slot = { done: false };
      slot.settled = new Promise<void>((resolve) => (slot.settle = resolve));
      const seq = this.seq++;
      lane.inflight.set(seq, slot);
      this.counts.onWorkers++;
      this.slots.push(slot);
      lane.worker.postMessage({ seq, doc, line: this.options.asLine } satisfies ExtractJob);
    } else {
      this.counts.here++;
      this.slots.push(this.extractHere(doc));
      // Lets the workers' answers in (they arrive as events, which buffered input lines would otherwise starve).
      if (this.starting) await nextTurn();
    }
    this.flush();
    while (this.failed || this.slots.length >= MAX_PENDING) await this.waitForHead();
  }

  /** Waits for every queued result and writes it; rejects with the first extraction error, after the results before it. */
  async drain(): Promise<void> {
    while (this.slots.length) await this.waitForHead();
  }

  /** Stops the workers. */
  async close(): Promise<void> {
    const lanes = this.lanes;
    this.lanes = [];
    for (const lane of lanes) lane.alive = false;
    await Promise.all(lanes.map((l) => l.worker.terminate()));
  }

  private extractHere(doc: SourceDocument): Slot {
    try {
      const out = toExtractionOutput(analyzeDocument(doc, this.options.context));
      return { done: true, value: this.options.asLine ? JSON.stringify(out) : out };
    } catch (e) {
      this.failed = true;
      return { done: true, error: e as Error };
    }
  }

  private async waitForHead(): Promise<void> {
    const head = this.slots[0];
    if (!head) return;
    if (!head.done) await head.settled;
    if (head.error) throw head.error;
    this.flush();
  }

  /** Writes the settled results at the head of the queue, stopping at an error (thrown by waitForHead, in its place). */
  private flush(): void {
    while (this.slots.length && this.slots[0].done && !this.slots[0].error)
      this.options.write((this.slots.shift() as Slot).value);
  }

  private freeLane(): Lane | undefined {
    let best: Lane | undefined;
    for (const lane of this.lanes)
      if (lane.alive && lane.inflight.size < PER_WORKER && (!best || lane.inflight.size < best.inflight.size))
        best = lane;
    return best;
  }

  private start(): void {
    this.starting = true;
    workerBundle()
      .then((bundle) => {
        for (let i = 1; i < this.options.threads; i++) this.lanes.push(this.spawn(bundle));
      })
      // Without workers the main thread extracts everything, as with one thread: the output is the same.
      .catch((e: unknown) =>
        this.options.warn?.(
          `could not start extraction threads (${e instanceof Error ? e.message : String(e)}); extracting on one thread`,
        ),
      );
  }

  private spawn(bundle: string): Lane {
    const worker = new Worker(path.resolve(bundle), { workerData: { gazetteerDir: this.options.gazetteerDir } });
    const lane: Lane = { worker, inflight: new Map(), alive: true };
    worker.on('message', (answer: ExtractAnswer) => {
      const slot = lane.inflight.get(answer.seq);
      if (!slot) return;
      lane.inflight.delete(answer.seq);
      if ('error' in answer) {
        slot.error = new Error(answer.error);
        this.failed = true;
      } else slot.value = answer.result;
      slot.done = true;
      slot.settle?.();
      this.flush();
    });
    const lose = (why: string) => {
      if (!lane.alive) return;
      lane.alive = false;
      for (const slot of lane.inflight.values()) {
        slot.error = new Error(`an extraction thread stopped (${why})`);
        slot.done = true;
        slot.settle?.();
      }
      if (lane.inflight.size) this.failed = true;
      lane.inflight.clear();
    };
    worker.on('error', (e) => lose(e.message));
    worker.on('exit', (code) => lose(`exit code ${code}`));
    return lane;
  }
}
