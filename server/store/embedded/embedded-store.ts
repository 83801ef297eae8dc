// The embedded graph store: Grafeo in this process, persisted to one file, behind the GraphStore contract.
import fs from 'node:fs';
import path from 'node:path';
import grafeo from '@grafeo-db/js';
import {
  ConflictError,
  QueryFailedError,
  QueryRejectedError,
  QuerySyntaxError,
  QueryTimeoutError,
  StoreError,
  StoreUnavailableError,
  WriteConflictError,
} from '../../../core/errors.ts';
import {
  BUMP_VERSION,
  EMPTY_COUNTERS,
  GRAPH_META_LABEL,
  StaleStateError,
  addCounters,
  hasWrites,
  type VersionState,
  type WriteBatchOptions,
  type GraphStore,
  type QueryLoad,
  type QueryResult,
  type RunOptions,
  type SchemaReport,
  type SchemaStatement,
  type Statement,
  type StoreHealth,
  type WriteCounters,
} from '../../../core/graph-store.ts';
import { PendingWork } from '../pending-work.ts';
import { QuerySlots } from '../query-slots.ts';
import { toGraphValue } from './map-value.ts';
import { readModeText } from './schema-keywords.ts';
import { isSchemaCommand, parseFulltextIndex, parseUniqueConstraint } from '../../../core/schema-statements.ts';
import { retiredConstraints } from '../neo4j/schema-drift.ts';

const { GrafeoDB } = grafeo;
type Db = InstanceType<typeof GrafeoDB>;
type Tx = ReturnType<Db['beginTransaction']>;
type RawResult = Awaited<ReturnType<Db['executeCypher']>>;

export interface EmbeddedStoreOptions {
  /** The graph file; its parent directory is created when missing. Omit for an in-memory graph. */
  path?: string;
  /** Default per-statement timeout in ms. Grafeo itself stops any query at 30 s. */
  defaultTimeoutMs?: number;
  /** How often a write that hits a write conflict is retried. */
  conflictRetries?: number;
  /** Statements (reads and writes) running on the engine at once; the rest wait their turn (QuerySlots). Default 8. */
  maxConcurrentQueries?: number;
  log?: (level: 'info' | 'warn', message: string) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000; // Grafeo's own limit; shorter ones are set per call
const CONFLICT_RETRIES = 3; // GRAFEO-T001 is transient once the other writer commits
/** Statements on the engine at once: its working memory is this process's (see QuerySlots and STORE_QUERY_SLOTS). */
export const EMBEDDED_QUERY_SLOTS = 8;

/** File paths (two or more segments, with or without file://) in a store message: never echoed to a client. */
const FILE_PATH = /(?:file:\/\/)?(?:\/[\w.@~-]+){2,}\/?/g;

/** A store message fit to show a person: the first line, without file paths or Grafeo's internal prefixes. */
export function storeMessage(msg: string): string {
  return msg
    .split('\n')[0]
    .replace(/^Query error:\s*/, '')
    .replace(/^GRAFEO-[A-Z]\d+:\s*/, '')
    .replace(FILE_PATH, '<path>');
}

/** Maps a Grafeo error to our error classes by its GQLSTATUS / GRAFEO code. */
export function mapGrafeoError(e: unknown, query?: string): Error {
  const err = e as Error & { gqlStatus?: string };
  const msg = String(err?.message ?? e);
  const short = storeMessage(msg);
  if (/UNIQUE constraint violation/i.test(msg))
    return new ConflictError(`That id is already taken: ${short}`, {
      cause: e,
      details: query ? { query } : undefined,
    });
  if (/GRAFEO-T001|write conflict/i.test(msg))
    return new WriteConflictError(`Another write touched the same data: ${short}`, { cause: e });
  if (err?.gqlStatus?.startsWith('42') || /GRAFEO-Q00[12]/.test(msg)) {
    return new QuerySyntaxError(msg.replace(FILE_PATH, '<path>').replace(/^Query error:\s*/, ''), {
      cause: e,
      details: query ? { query } : undefined,
    });
  }
  if (/timeout|timed out/i.test(msg)) return new QueryTimeoutError(`The query took too long: ${short}`, { cause: e });
  // Runtime errors of a valid query (division by zero, numeric overflow): the query's fault, not the store's.
  if (/GRAFEO-Q006/.test(msg) || err?.gqlStatus?.startsWith('22'))
    return new QueryFailedError(`The query failed while running: ${short}`, { cause: e });
  return new StoreError(`The graph store failed: ${short}`, { cause: e });
}

/** Raises the graph version inside tx (BUMP_VERSION) and returns the version before. */
async function bumpVersion(tx: Tx): Promise<number> {
  try {
    await tx.executeCypher(BUMP_VERSION.lock, {});
    const r = await tx.executeCypher(BUMP_VERSION.bump, {});
    return Number(r.toArray()[0]?.before ?? 0);
  } catch (e) {
    throw mapGrafeoError(e, BUMP_VERSION.bump);
  }
}

function counters(r: RawResult): WriteCounters {
  const c = r.counters;
  return {
    nodesCreated: c.nodesCreated,
    nodesDeleted: c.nodesDeleted,
    relationshipsCreated: c.edgesCreated,
    relationshipsDeleted: c.edgesDeleted,
    propertiesSet: c.propertiesSet,
    labelsAdded: c.labelsAdded,
    labelsRemoved: c.labelsRemoved,
  };
}

function toResult(r: RawResult): QueryResult {
  const columns = [...r.columns];
  const rows = r.toArray().map((row) => {
    const out: QueryResult['rows'][number] = {};
    for (const c of columns) out[c] = toGraphValue(row[c], `column ${c}`);
    return out;
  });
  return { columns, rows, counters: counters(r) };
}

export class EmbeddedGraphStore implements GraphStore {
  readonly kind = 'embedded' as const;
  private db: Db | null;
  private readonly location: string;
  private readonly defaultTimeoutMs: number;
  private readonly conflictRetries: number;
  private readonly log: NonNullable<EmbeddedStoreOptions['log']>;
  /** Writes run one after another: Grafeo fails concurrent writers to the same node at once (GRAFEO-T001). */
  private readonly pending = new PendingWork();
  private readonly slots: QuerySlots;

  private constructor(db: Db, location: string, options: EmbeddedStoreOptions) {
    this.slots = new QuerySlots(options.maxConcurrentQueries ?? EMBEDDED_QUERY_SLOTS);
    this.db = db;
    this.location = location;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.conflictRetries = options.conflictRetries ?? CONFLICT_RETRIES;
    this.log = options.log ?? (() => {});
  }

  /** Open the graph file, creating it (and its directory) when it does not exist. */
  static open(options: EmbeddedStoreOptions = {}): EmbeddedGraphStore {
    if (!options.path) return new EmbeddedGraphStore(GrafeoDB.create(), ':memory:', options);
    const file = path.resolve(options.path);
    fs.mkdirSync(path.dirname(file), { recursive: true });
    let db: Db;
    try {
      db = fs.existsSync(file) ? GrafeoDB.open(file) : GrafeoDB.create(file);
    } catch (e) {
      const msg = (e as Error).message;
      throw new StoreUnavailableError(
        `EmbeddedStore.open: cannot open ${file}: ${msg.split('\n')[0]}${/lock/i.test(msg) ? ' (is another actorgraph process using it?)' : ''}`,
        { cause: e },
      );
    }
    return new EmbeddedGraphStore(db, file, options);
  }

  private get handle(): Db {
    if (!this.db) throw new StoreUnavailableError('EmbeddedStore: the store is closed');
    return this.db;
  }

  /**
   * Runs fn inside a transaction; commit decides, from the result, whether to keep it. On timeout the caller
   * is answered at once; the transaction is rolled back when Grafeo finishes the statement (it cannot be
   * interrupted), so a timed-out write never commits.
   */
  private inTransaction<T>(
    fn: (tx: Tx) => Promise<T>,
    keep: (value: T) => boolean,
    timeoutMs: number,
    what: string,
  ): Promise<T> {
    const db = this.handle;
    let timedOut = false;
    const work = (async () => {
      // The slot is held until the engine has finished, past a timeout too: the engine still works (and holds its
      // memory) until then. A statement whose caller gave up while it waited for a slot never starts.
      const release = await this.slots.acquire();
      try {
        if (timedOut) throw new QueryTimeoutError(`EmbeddedStore: ${what} waited longer than ${timeoutMs} ms to start`);
        const tx = db.beginTransaction();
        try {
          const value = await fn(tx);
          if (!timedOut && keep(value)) tx.commit();
          else tx.rollback();
          return value;
        } catch (e) {
          if (tx.isActive) tx.rollback();
          throw e;
        }
      } finally {
        release();
      }
    })();
    this.pending.track(work.catch(() => undefined));
    let timer: NodeJS.Timeout | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => {
        timedOut = true;
        reject(new QueryTimeoutError(`EmbeddedStore: ${what} took longer than ${timeoutMs} ms and was stopped`));
      }, timeoutMs);
    });
    return Promise.race([work, timeout]).finally(() => clearTimeout(timer));
  }

  async run(query: string, params: Record<string, unknown> = {}, options: RunOptions = {}): Promise<QueryResult> {
    const mode = options.mode ?? 'read';
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    if (mode === 'read') {
      const { text, forbidden } = readModeText(query);
      if (forbidden)
        throw new QueryRejectedError(`${forbidden} is not allowed: queries here can only read the graph.`, {
          details: { clause: forbidden },
        });
      const raw = await this.inTransaction(
        (tx) => tx.executeCypher(text, params).catch((e) => Promise.reject(mapGrafeoError(e, query))),
        () => false,
        timeoutMs,
        'the query',
      );
      const result = toResult(raw);
      if (hasWrites(result.counters))
        throw new QueryRejectedError(
          'The query tried to change the graph; queries here can only read it, and nothing was changed.',
        );
      // Grafeo hands over every row at once (no streaming); the cap still holds for the caller.
      if (options.maxRows !== undefined && result.rows.length > options.maxRows)
        result.rows = result.rows.slice(0, options.maxRows);
      return result;
    }
    return this.writeStatement(query, params, timeoutMs, !isSchemaCommand(query));
  }

  /** One write statement in its own transaction; `bump`: raise the graph version too (every data write; not schema). */
  private writeStatement(
    query: string,
    params: Record<string, unknown>,
    timeoutMs: number,
    bump: boolean,
  ): Promise<QueryResult> {
    return this.withConflictRetry(() =>
      this.pending.serialize(async () =>
        toResult(
          await this.inTransaction(
            async (tx) => {
              if (bump) await bumpVersion(tx);
              return tx.executeCypher(query, params).catch((e) => Promise.reject(mapGrafeoError(e, query)));
            },
            () => true,
            timeoutMs,
            'the write',
          ),
        ),
      ),
    );
  }

  async version(): Promise<number> {
    return (await this.versionState()).version;
  }

  async versionState(): Promise<VersionState> {
    const r = await this.run(BUMP_VERSION.read);
    return {
      version: r.rows.length ? Number(r.rows[0].version ?? 0) : 0,
      entitiesDeletedAt: r.rows.length ? Number(r.rows[0].entitiesDeletedAt ?? 0) : 0,
    };
  }

  async writeBatch(statements: Statement[], options: WriteBatchOptions = {}): Promise<WriteCounters> {
    if (statements.length === 0) return { ...EMPTY_COUNTERS };
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    return this.withConflictRetry(() =>
      this.pending.serialize(() =>
        this.inTransaction(
          async (tx) => {
            const before = await bumpVersion(tx);
            if (options.expectVersion !== undefined && before !== options.expectVersion)
              throw new StaleStateError(
                `The graph changed while this write was prepared (version ${options.expectVersion} read, ${before} now); nothing was written`,
                { details: { expected: options.expectVersion, found: before } },
              );
            let total: WriteCounters = { ...EMPTY_COUNTERS };
            for (const s of statements) {
              const r = await tx
                .executeCypher(s.query, s.params ?? {})
                .catch((e) => Promise.reject(mapGrafeoError(e, s.query)));
              total = addCounters(total, counters(r));
            }
            return total;
          },
          () => true,
          timeoutMs,
          `the batch of ${statements.length} statements`,
        ),
      ),
    );
  }

  private async withConflictRetry<T>(fn: () => Promise<T>): Promise<T> {
    for (let attempt = 0; ; attempt++) {
      try {
        return await fn();
      } catch (e) {
        if (!(e instanceof WriteConflictError) || e instanceof StaleStateError || attempt >= this.conflictRetries)
          throw e;
        await new Promise((r) => setTimeout(r, 10 * 2 ** attempt));
      }
    }
  }

  async applySchema(statements: SchemaStatement[]): Promise<SchemaReport> {
    const report: SchemaReport = { applied: [], skipped: [], mapped: [] };
    // A unique constraint the schema replaced by a plain index (see retiredConstraints) goes, with its key index.
    const existing = (await this.run('SHOW CONSTRAINTS')).rows.map((r) => ({
      name: String(r.name),
      labels: [String(r.label)],
      properties: String(r.properties ?? '')
        .split(',')
        .map((p) => p.trim()),
    }));
    for (const name of retiredConstraints(
      existing,
      statements.map((s) => s.statement),
    )) {
      const drop = `DROP CONSTRAINT ${name} IF EXISTS`;
      await this.writeStatement(drop, {}, this.defaultTimeoutMs, false);
      await this.writeStatement(`DROP INDEX ${name}_key IF EXISTS`, {}, this.defaultTimeoutMs, false).catch(
        () => undefined,
      );
      report.mapped.push({ statement: drop, as: `${drop} (the schema has a plain index there instead)` });
      this.log('warn', `schema: dropped ${name}, a unique constraint the schema has replaced by an index`);
    }
    for (const { file, statement } of statements) {
      const fulltext = parseFulltextIndex(statement);
      if (fulltext) {
        // The full-text index serves user Cypher on Neo4j (db.index.fulltext.queryNodes). Grafeo has neither the
        // index nor the procedure, and the app searches through its own name index on both stores, so nothing here
        // would read a Grafeo text index: none is built (it would cost every write for nothing).
        report.skipped.push({
          statement,
          reason: 'full-text indexes serve db.index.fulltext.queryNodes, which Grafeo lacks',
        });
        this.log(
          'info',
          `schema ${file}: ${fulltext.name} skipped on the embedded store (no full-text procedure to serve)`,
        );
        continue;
      }
      const unique = parseUniqueConstraint(statement);
      if (unique) {
        // Grafeo's unique constraint alone makes every MERGE scan the label (20,000 MERGEs: 102 s); with a
        // property index on the key created first, 0.4 s, and the constraint is still enforced.
        const index = `CREATE INDEX ${unique.name}_key IF NOT EXISTS FOR (n:${unique.label}) ON (n.${unique.property})`;
        try {
          await this.writeStatement(index, {}, this.defaultTimeoutMs, false);
          report.mapped.push({ statement, as: `${index}; ${statement}` });
        } catch (e) {
          this.log(
            'warn',
            `schema ${file}: could not create the key index before ${unique.name}: ${(e as Error).message.split('\n')[0]}`,
          );
        }
      }
      if (unique) {
        // Grafeo creates a unique constraint over data that already breaks it (quirk); Neo4j refuses. Refuse too:
        // the app must not run believing ids are unique when they are not.
        const dup = await this.run(
          `MATCH (n:${unique.label}) WHERE n.${unique.property} IS NOT NULL WITH n.${unique.property} AS v, count(*) AS c WHERE c > 1 RETURN v LIMIT 5`,
        );
        if (dup.rows.length > 0) {
          throw new StoreError(
            `Schema (${file}): the constraint ${unique.name} (${unique.label}.${unique.property} unique) cannot be created: duplicate ${unique.property} values ${dup.rows.map((r) => JSON.stringify(r.v)).join(', ')}. ` +
              'The app does not run without it; remove the duplicate nodes, then start again.',
            { details: { statement } },
          );
        }
      }
      try {
        await this.writeStatement(statement, {}, this.defaultTimeoutMs, false);
        if (!unique) report.applied.push(statement);
      } catch (e) {
        const reason = (e as Error).message.split('\n')[0];
        report.skipped.push({ statement, reason });
        this.log('warn', `schema ${file}: skipped on the embedded store: ${reason}: ${statement}`);
      }
    }
    return report;
  }

  /**
   * Writes a copy of the graph as it is now to `file` (a snapshot that GrafeoDB.openReadOnly can open in another
   * process), between writes so no half-applied batch is copied.
   */
  snapshot(file: string): Promise<void> {
    return this.pending.serialize(async () => {
      this.handle.save(file);
    });
  }

  private async metaNodes(): Promise<number> {
    return Number((await this.run(`MATCH (n:${GRAPH_META_LABEL}) RETURN count(n) AS c`)).rows[0]?.c ?? 0);
  }

  async health(): Promise<StoreHealth> {
    if (!this.db)
      return {
        kind: this.kind,
        ok: false,
        counts: { nodes: 0, relationships: 0 },
        location: this.location,
        error: 'closed',
      };
    return {
      kind: this.kind,
      ok: true,
      // data nodes: the version node (bookkeeping) is left out
      counts: { nodes: this.db.nodeCount() - (await this.metaNodes()), relationships: this.db.edgeCount() },
      epoch: Number(this.db.currentEpoch()),
      location: this.location,
    };
  }

  queryLoad(): QueryLoad {
    return this.slots.load();
  }

  async close(): Promise<void> {
    const db = this.db;
    if (!db) return;
    this.db = null; // new calls fail from now on; running ones finish first
    await this.pending.drain();
    db.close();
  }
}
