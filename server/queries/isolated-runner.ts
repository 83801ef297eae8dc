// Runs user Cypher (ad-hoc and saved queries) where a runaway cannot hurt anyone else.
//
// Why: Grafeo cannot interrupt a running query. Before this, a query answered 504 at its timeout kept two cores
// busy for minutes and could take gigabytes, and twenty of them starved every other user. Here, on the embedded
// store, each user query runs in a child process over a read-only snapshot of the graph (GrafeoDB.save, then
// openReadOnly: a snapshot cannot be written, and its schema cannot change). The parent kills the child at the
// query's timeout or when its resident memory passes the limit, so a query costs at most its timeout of CPU and
// the memory limit; a new child takes the next query. Admission control bounds the rest: a small pool of children,
// a per-client cap and a bounded queue answered with 503 + Retry-After. The snapshot is taken again when the
// graph has changed (its commit epoch moved) before the next query, so results follow writes. Neo4j needs none of
// this (its transactions time out and are killed server-side): InProcessExecutor runs them on the store.
import { fork, type ChildProcess } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { BusyError, QueryRejectedError, QueryResourceError, QueryTimeoutError, StoreError } from '../../core/errors.ts';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { type EmbeddedGraphStore, mapGrafeoError } from '../store/embedded/embedded-store.ts';
import { EMPTY_COUNTERS, type GraphStore, type GraphValue, type QueryResult } from '../../core/graph-store.ts';

export interface ExecuteOptions {
  timeoutMs: number;
  /** Rows wanted; one more is fetched to tell whether the result was cut. */
  rowLimit: number;
  /** Who asks (the client address), for the per-client cap. */
  client?: string;
}

/** Runs checked, read-only user Cypher. */
export interface QueryExecutor {
  run(text: string, params: Record<string, unknown>, options: ExecuteOptions): Promise<QueryResult>;
  /** Gets ready for the first query now (starts what it runs queries in). */
  warm(): Promise<void>;
  close(): Promise<void>;
}

/** On the store itself, in read mode with the store's own timeout: for Neo4j, whose transactions are killed server-side. */
export class InProcessExecutor implements QueryExecutor {
  constructor(private readonly store: GraphStore) {}
  run(text: string, params: Record<string, unknown>, options: ExecuteOptions): Promise<QueryResult> {
    // One attempt (a heavy query must not run again past its timeout), and rows stream only up to the cap.
    return this.store.run(text, params, {
      mode: 'read',
      timeoutMs: options.timeoutMs,
      retry: false,
      maxRows: options.rowLimit + 1,
    });
  }
  async warm(): Promise<void> {}
  async close(): Promise<void> {}
}

export interface IsolationOptions {
  /** Child processes running user queries at once. */
  workers: number;
  /** Resident memory a child may reach while running a query before it is killed. */
  memoryMb: number;
  /** Queries waiting for a child before new ones are refused with 503. */
  maxQueue: number;
  /** Queries one client may have running or waiting at once. */
  perClient: number;
}

interface Job {
  text: string;
  params: Record<string, unknown>;
  options: ExecuteOptions;
  resolve: (r: QueryResult) => void;
  reject: (e: Error) => void;
}

type ChildMessage =
  | { type: 'ready' }
  | { type: 'opened'; path: string }
  | { type: 'open-failed'; message: string }
  | { type: 'result'; id: number; columns: string[]; rows: Record<string, GraphValue>[]; total: number }
  | { type: 'error'; id: number; name: string; message: string; gqlStatus?: string; details?: unknown };

const CHILD = path.join(PROJECT_ROOT, 'server', 'queries', 'query-child.ts');
const PAGE_BYTES = 4096;
const MEMORY_POLL_MS = 25;
/** Scheduling priority of query processes (0 normal, 19 lowest). */
const QUERY_NICENESS = 19;

/**
 * Lowers every thread of a started query process to QUERY_NICENESS. On Linux a priority belongs to a thread, so the
 * threads the runtime started before this call (the engine's, libuv's) are lowered one by one, and the ones started
 * later inherit it. It runs once the process is ready: its start-up (loading the runtime and the engine, our own
 * code) runs at normal priority, since at nice 19 on a busy machine it could take a minute.
 */
function lowerPriority(pid: number): void {
  let threads: number[] = [pid];
  try {
    threads = fs.readdirSync(`/proc/${pid}/task`).map(Number);
  } catch {
    // no /proc: the main thread only
  }
  for (const tid of threads) {
    try {
      os.setPriority(tid, QUERY_NICENESS);
    } catch {
      // not permitted here, or the thread has ended: the queries still run, at normal priority
    }
  }
}

/** Resident memory of a process in bytes, from /proc (Linux); null where /proc is not there. */
function residentBytes(pid: number): number | null {
  try {
    const statm = fs.readFileSync(`/proc/${pid}/statm`, 'utf8').split(' ');
    return Number(statm[1]) * PAGE_BYTES;
  } catch {
    return null;
  }
}

/** One child process: started when first needed, killed when a query overruns, started again for the next. */
class QueryChild {
  private proc: ChildProcess | null = null;
  private started: Promise<void> | null = null;
  opened: string | null = null;
  private nextId = 1;
  private waiting: ((m: ChildMessage) => void) | null = null;
  private onExit: ((e: Error) => void) | null = null;

  private start(): Promise<void> {
    if (this.started) return this.started;
    this.started = new Promise<void>((resolve, reject) => {
      const proc = fork(CHILD, [], {
        cwd: PROJECT_ROOT,
        execArgv: ['--import', 'tsx'],
        serialization: 'advanced',
        stdio: ['ignore', 'ignore', 'pipe', 'ipc'],
      });
      let stderr = '';
      proc.stderr?.on('data', (d: Buffer) => {
        stderr = (stderr + d.toString()).slice(-2000);
      });
      this.proc = proc;
      proc.on('message', (m: ChildMessage) => {
        if (m.type === 'ready') {
          // User queries yield the CPU to everything else the server does: at nice 19 a query process gets about
          // 1.5% of a core the server's own requests want (Linux weights 15 against 1024), and all the idle rest.
          if (proc.pid) lowerPriority(proc.pid);
          resolve();
        } else this.waiting?.(m);
      });
      proc.on('exit', (code, signal) => {
        if (this.proc === proc) this.reset();
        const e = new Error(
          `the query process ended (${signal ?? `code ${code}`})${stderr ? `: ${stderr.trim().split('\n').pop()}` : ''}`,
        );
        reject(e);
        this.onExit?.(e);
      });
    });
    return this.started;
  }

  private reset(): void {
    this.proc = null;
    this.started = null;
    this.opened = null;
  }

  private request(message: object): Promise<ChildMessage> {
    return new Promise<ChildMessage>((resolve, reject) => {
      this.waiting = (m) => {
        this.waiting = null;
        this.onExit = null;
        resolve(m);
      };
      this.onExit = (e) => {
        this.waiting = null;
        this.onExit = null;
        reject(e);
      };
      this.proc!.send(message);
    });
  }

  async open(snapshot: string): Promise<void> {
    await this.start();
    const m = await this.request({ type: 'open', path: snapshot });
    if (m.type !== 'opened')
      throw new StoreError(
        `The query process could not open the graph snapshot: ${m.type === 'open-failed' ? m.message : m.type}`,
      );
    this.opened = snapshot;
  }

  /** Runs one query; kills the process at the timeout or past the memory limit. */
  async run(job: Job, memoryBytes: number): Promise<QueryResult> {
    await this.start();
    const proc = this.proc!;
    const id = this.nextId++;
    let killedFor: 'time' | 'memory' | null = null;
    let peak = 0;
    const kill = (why: 'time' | 'memory') => {
      if (killedFor) return;
      killedFor = why;
      proc.kill('SIGKILL');
    };
    const timer = setTimeout(() => kill('time'), job.options.timeoutMs);
    const poll = setInterval(() => {
      const rss = residentBytes(proc.pid!);
      if (rss !== null) peak = Math.max(peak, rss);
      if (rss !== null && rss > memoryBytes) kill('memory');
    }, MEMORY_POLL_MS);
    try {
      const m = await this.request({
        type: 'run',
        id,
        text: job.text,
        params: job.params,
        rowLimit: job.options.rowLimit,
      });
      if (m.type === 'result') return { columns: m.columns, rows: m.rows, counters: { ...EMPTY_COUNTERS } };
      if (m.type === 'error') throw childError(m);
      throw new StoreError(`The query process answered ${m.type}`);
    } catch (e) {
      if (killedFor === 'time')
        throw new QueryTimeoutError(
          `The query took longer than ${job.options.timeoutMs} ms and was stopped. Narrow the MATCH, add LIMIT, or bound variable-length patterns.`,
        );
      if (killedFor === 'memory') {
        throw new QueryResourceError(
          `The query needed more than ${Math.round(memoryBytes / 2 ** 20)} MB of memory and was stopped. Narrow the MATCH, add LIMIT, or return fewer columns.`,
          { details: { peakMb: Math.round(peak / 2 ** 20) } },
        );
      }
      throw e;
    } finally {
      clearTimeout(timer);
      clearInterval(poll);
    }
  }

  kill(): void {
    this.proc?.kill('SIGKILL');
    this.reset();
  }
}

/** The child's error, as the error class the store would have thrown for it. */
function childError(m: { name: string; message: string; gqlStatus?: string; details?: unknown }): Error {
  if (m.name === 'ValueRangeError' || m.name === 'QueryRejectedError') return new QueryRejectedError(m.message);
  // A write or schema change reaching a read-only snapshot: refused, as read mode refuses it on the store.
  if (/GRAFEO-T003|read-only/i.test(m.message))
    return new QueryRejectedError(
      'The query tried to change the graph; queries here can only read it, and nothing was changed.',
    );
  return mapGrafeoError(Object.assign(new Error(m.message), { gqlStatus: m.gqlStatus }));
}

/**
 * Snapshot directories of executors not closed yet: removed when the process exits normally, so a script or test that
 * never calls close() does not leave copies of the graph in the temporary directory.
 */
const SNAPSHOT_DIRS = new Set<string>();
process.once('exit', () => {
  for (const d of SNAPSHOT_DIRS) fs.rmSync(d, { recursive: true, force: true });
});

/** The embedded store's user queries in killable child processes over a read-only snapshot. */
export class IsolatedExecutor implements QueryExecutor {
  private readonly children: QueryChild[];
  private readonly idle: QueryChild[];
  private readonly queue: Job[] = [];
  private readonly perClient = new Map<string, number>();
  /** Made at the first snapshot, so an app that never runs a user query leaves no directory behind. */
  private dirPath: string | null = null;
  private snapshot: { epoch: number; path: string } | null = null;
  private snapshotting: Promise<string> | null = null;
  private generation = 0;
  private closed = false;

  constructor(
    private readonly store: EmbeddedGraphStore,
    private readonly options: IsolationOptions,
  ) {
    this.children = Array.from({ length: Math.max(1, options.workers) }, () => new QueryChild());
    this.idle = [...this.children];
  }

  private get dir(): string {
    if (this.dirPath === null) {
      this.dirPath = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-snapshots-'));
      SNAPSHOT_DIRS.add(this.dirPath);
    }
    return this.dirPath;
  }

  run(text: string, params: Record<string, unknown>, options: ExecuteOptions): Promise<QueryResult> {
    if (this.closed) return Promise.reject(new BusyError('The server is shutting down.'));
    const client = options.client ?? '';
    const mine = this.perClient.get(client) ?? 0;
    if (mine >= this.options.perClient) {
      return Promise.reject(
        new BusyError(`You already have ${mine} queries running or waiting; wait for one to finish.`, 2),
      );
    }
    if (this.queue.length >= this.options.maxQueue)
      return Promise.reject(new BusyError('Too many queries are waiting to run; try again shortly.', 2));
    this.perClient.set(client, mine + 1);
    return new Promise<QueryResult>((resolve, reject) => {
      const done = () => {
        const n = (this.perClient.get(client) ?? 1) - 1;
        if (n <= 0) this.perClient.delete(client);
        else this.perClient.set(client, n);
      };
      this.queue.push({
        text,
        params,
        options,
        resolve: (r) => {
          done();
          resolve(r);
        },
        reject: (e) => {
          done();
          reject(e);
        },
      });
      this.pump();
    });
  }

  private pump(): void {
    while (!this.closed && this.queue.length > 0 && this.idle.length > 0) {
      const child = this.idle.pop()!;
      const job = this.queue.shift()!;
      void this.serve(child, job);
    }
  }

  private async serve(child: QueryChild, job: Job): Promise<void> {
    try {
      const snapshot = await this.currentSnapshot();
      if (child.opened !== snapshot) await child.open(snapshot);
      job.resolve(await child.run(job, this.options.memoryMb * 2 ** 20));
    } catch (e) {
      job.reject(e as Error);
    } finally {
      this.idle.push(child);
      this.removeStaleSnapshots();
      this.pump();
    }
  }

  /** The snapshot file for the graph as it is now, taken again when a write has committed since the last one. */
  private async currentSnapshot(): Promise<string> {
    const epoch = (await this.store.health()).epoch ?? 0;
    if (this.snapshot && this.snapshot.epoch === epoch) return this.snapshot.path;
    if (this.closed) throw new BusyError('The server is shutting down.');
    if (!this.snapshotting) {
      const file = path.join(this.dir, `graph-${++this.generation}.grafeo`);
      this.snapshotting = this.store
        .snapshot(file)
        .then(() => {
          this.snapshot = { epoch, path: file };
          return file;
        })
        .finally(() => {
          this.snapshotting = null;
        });
    }
    return this.snapshotting;
  }

  private removeStaleSnapshots(): void {
    if (this.dirPath === null) return;
    const inUse = new Set([this.snapshot?.path, ...this.children.map((c) => c.opened)].filter(Boolean));
    for (const f of fs.readdirSync(this.dir)) {
      const full = path.join(this.dir, f);
      const base = full.replace(/\.wal$/, '');
      if (!inUse.has(base) && !(this.snapshotting && f.startsWith(`graph-${this.generation}.`)))
        fs.rmSync(full, { recursive: true, force: true });
    }
  }

  /** Starts one query process on a snapshot of the graph as it is now. */
  async warm(): Promise<void> {
    const child = this.idle.pop(); // out of the pool while it starts, so no query talks to it at the same time
    if (!child) return;
    try {
      if (!this.closed) await child.open(await this.currentSnapshot());
    } finally {
      this.idle.push(child);
      this.pump();
    }
  }

  async close(): Promise<void> {
    this.closed = true;
    for (const job of this.queue.splice(0)) job.reject(new BusyError('The server is shutting down.'));
    for (const c of this.children) c.kill();
    if (this.dirPath !== null) {
      fs.rmSync(this.dirPath, { recursive: true, force: true });
      SNAPSHOT_DIRS.delete(this.dirPath);
      this.dirPath = null;
    }
  }
}
