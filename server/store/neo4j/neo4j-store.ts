// The Neo4j graph store: a neo4j-driver connection (bolt://, neo4j://, neo4j+s:// for Aura) behind the GraphStore contract.
import neo4j, { type BookmarkManager, type Driver, type ManagedTransaction, type Transaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.ts';
import {
  type ActorgraphError,
  ConfigError,
  InvalidArgumentError,
  QueryRejectedError,
  QueryTimeoutError,
  StoreAuthError,
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
  type GraphStore,
  type QueryLoad,
  type VersionState,
  type WriteBatchOptions,
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
import { mapConnectError, mapNeo4jError, redactUri, type ErrorContext } from './map-error.ts';
import { toCounters, toRow, toSafeNumber } from './map-record.ts';
import { toNeo4jParams } from './params.ts';
import {
  retiredConstraints,
  sameSchemaObject,
  schemaObjectOf,
  schemaObjectsFrom,
  type SchemaObject,
} from './schema-drift.ts';
import { isSchemaCommand } from '../../../core/schema-statements.ts';

export interface Neo4jStoreOptions {
  /** Default per-transaction timeout in ms, enforced by the server. */
  defaultTimeoutMs?: number;
  /** How long to wait for a connection to open (TCP + TLS + handshake). */
  connectTimeoutMs?: number;
  /** How long the driver retries transient failures (deadlocks, a server restarting, a leader change) before giving up. */
  maxRetryTimeMs?: number;
  /** Most connections open at once; requests past it wait for one (default 50). */
  maxConnectionPoolSize?: number;
  /**
   * Statements of this store running at once (default: the pool size); the rest wait their turn, as long as a
   * connection may be waited for (then 503). Neo4j's working memory is the server's: the pool is the cap here.
   */
  maxConcurrentQueries?: number;
  /**
   * How long a request waits for a free connection before it fails with StoreUnavailableError (503). Default: the
   * default timeout: a request should not wait for a connection longer than its query may run.
   */
  acquisitionTimeoutMs?: number;
  /** false: return at once and let the first query connect, for a server that starts after us; health() tells whether it is up. */
  verify?: boolean;
  log?: (level: 'info' | 'warn', message: string) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000; // same default as the embedded store
const CONNECT_TIMEOUT_MS = 10_000; // Aura's first TLS handshake can take a few seconds; a dead host should not hang start-up for the driver's 30 s
const MAX_RETRY_TIME_MS = 15_000; // executeRead/Write retry transient errors for this long (the driver's own default is 30 s)
const HEALTH_TIMEOUT_MS = 5_000; // counts come from Neo4j's count store: instant when the server is well
const INDEX_WAIT_SECONDS = 300; // new indexes populate in the background; searches fail until they are online
const MAX_POOL_SIZE = 50;
const BATCH_ATTEMPTS = 4; // a batch whose transaction failed before its commit (a deadlock) is safe to run again
const FETCH_SIZE = 1000; // rows per network round trip when streaming

type Work<T> = (tx: ManagedTransaction) => Promise<T>;
type Params = Record<string, unknown>;

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

function checkTimeout(timeoutMs: number, where: string): void {
  if (!Number.isFinite(timeoutMs) || timeoutMs <= 0)
    throw new InvalidArgumentError(`${where}: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
}

/** Raises the graph version inside tx (BUMP_VERSION) and returns the version before. */
async function bumpVersion(tx: { run: ManagedTransaction['run'] }): Promise<number> {
  await tx.run(BUMP_VERSION.lock);
  const { records } = await tx.run(BUMP_VERSION.bump);
  return toSafeNumber(records[0].get('before'), 'graph version');
}

async function runStatement(
  tx: ManagedTransaction,
  query: string,
  params: Params,
  readOnly: boolean,
): Promise<QueryResult> {
  const result = tx.run(query, params);
  const columns = (await result.keys()).map(String);
  const { records, summary } = await result;
  // Neo4j refuses writes in a READ transaction itself (AccessMode); this check guards servers that would not.
  // Throwing inside the transaction function rolls the transaction back.
  if (readOnly && (summary.counters.containsUpdates() || summary.counters.containsSystemUpdates())) {
    throw new QueryRejectedError('Neo4jStore.run: the query tried to write in read mode; nothing was changed');
  }
  return { columns, rows: records.map(toRow), counters: toCounters(summary.counters) };
}

export class Neo4jGraphStore implements GraphStore {
  readonly kind = 'neo4j' as const;
  private driver: Driver | null;
  private readonly database: string;
  private readonly location: string;
  private readonly defaultTimeoutMs: number;
  private readonly log: NonNullable<Neo4jStoreOptions['log']>;
  private readonly pending = new PendingWork();
  private readonly slots: QuerySlots;
  private readonly slotWaitMs: number;
  private closing: Promise<void> | null = null;
  private versionConstraint: Promise<void> | null = null;
  /**
   * One bookmark manager for every session of this store: a read after a write sees the write, on a cluster too
   * (each session waits until the server it reads from has the writes this store made).
   */
  private readonly bookmarks: BookmarkManager = neo4j.bookmarkManager();

  private constructor(driver: Driver, config: Neo4jConfig, options: Neo4jStoreOptions) {
    this.driver = driver;
    this.database = config.database;
    this.location = `${redactUri(config.uri)} (database ${config.database})`;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.log = options.log ?? (() => {});
    this.slots = new QuerySlots(options.maxConcurrentQueries ?? options.maxConnectionPoolSize ?? MAX_POOL_SIZE);
    this.slotWaitMs = options.acquisitionTimeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
  }

  /**
   * A session with a slot (QuerySlots): waits as long as a connection may be waited for, then 503 as the pool does.
   * Close the session, then call release.
   */
  private async slotSession(where: string, mode: 'read' | 'write', fetchSize?: number) {
    const release = await this.slots.acquire({
      waitMs: this.slotWaitMs,
      timedOut: () =>
        new StoreUnavailableError(
          `${where}: every connection to Neo4j is busy; try again shortly (waited ${this.slotWaitMs} ms)`,
          { details: { poolExhausted: true } },
        ),
    });
    try {
      return { session: this.session(mode, fetchSize), release };
    } catch (e) {
      release();
      throw e;
    }
  }

  queryLoad(): QueryLoad {
    return this.slots.load();
  }

  /**
   * Connects and proves the connection before returning: the server answers, accepts the credentials, and the
   * database exists. Fails with StoreUnavailableError (unreachable, no such database) or StoreAuthError.
   */
  static async connect(config: Neo4jConfig, options: Neo4jStoreOptions = {}): Promise<Neo4jGraphStore> {
    const log = options.log ?? (() => {});
    const target = { uri: config.uri, username: config.username, database: config.database };
    let driver: Driver;
    try {
      // An empty password means a server without authentication: the driver then sends the 'none' scheme.
      driver = neo4j.driver(
        config.uri,
        config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password),
        {
          userAgent: 'actorgraph',
          connectionTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
          maxTransactionRetryTime: options.maxRetryTimeMs ?? MAX_RETRY_TIME_MS,
          maxConnectionPoolSize: options.maxConnectionPoolSize ?? MAX_POOL_SIZE,
          connectionAcquisitionTimeout: options.acquisitionTimeoutMs ?? options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS,
          logging: {
            level: 'warn',
            logger: (level, message) =>
              log(level === 'info' || level === 'debug' ? 'info' : 'warn', `neo4j-driver: ${message}`),
          },
        },
      );
    } catch (e) {
      throw new ConfigError(
        `Neo4jStore.connect: invalid \`NEO4J_URI\`=${JSON.stringify(redactUri(config.uri))}: ${firstLine(e)}`,
        { cause: e },
      );
    }
    if (options.verify === false) return new Neo4jGraphStore(driver, config, options);
    try {
      const info = await driver.getServerInfo({ database: config.database }); // opens a connection: reachability and credentials
      const session = driver.session({ database: config.database, defaultAccessMode: neo4j.session.READ });
      try {
        await session.executeRead((tx) => tx.run('RETURN 1'), { timeout: HEALTH_TIMEOUT_MS });
      } finally {
        await session.close();
      }
      log('info', `connected to ${info.agent ?? 'Neo4j'} at ${redactUri(config.uri)}, database ${config.database}`);
    } catch (e) {
      await driver.close().catch(() => undefined);
      throw mapConnectError(e, target);
    }
    return new Neo4jGraphStore(driver, config, options);
  }

  private live(where: string): Driver {
    if (!this.driver) throw new StoreUnavailableError(`${where}: the store is closed`);
    return this.driver;
  }

  private session(mode: 'read' | 'write', fetchSize?: number) {
    return this.live('Neo4jStore').session({
      database: this.database,
      defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE,
      bookmarkManager: this.bookmarks,
      ...(fetchSize ? { fetchSize } : {}),
    });
  }

  /** What the store's bookmark manager holds: proof that reads are chained after this store's writes. */
  async lastBookmarks(): Promise<string[]> {
    return [...(await this.bookmarks.getBookmarks())];
  }

  /**
   * One managed transaction in its own session. The timeout goes to the server, which rolls the transaction back
   * when it passes; the driver retries transient failures (deadlocks, leader changes) within MAX_RETRY_TIME_MS.
   */
  private async inTransaction<T>(
    mode: 'read' | 'write',
    work: Work<T>,
    timeoutMs: number,
    ctx: () => ErrorContext,
  ): Promise<T> {
    this.live(ctx().where);
    checkTimeout(timeoutMs, ctx().where);
    const { session, release } = await this.slotSession(ctx().where, mode);
    const config = { timeout: Math.ceil(timeoutMs), metadata: { app: 'actorgraph' } };
    try {
      return mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (e) {
      throw mapNeo4jError(e, { ...ctx(), mode });
    } finally {
      await session.close().catch(() => undefined);
      release();
    }
  }

  /**
   * One read in an explicit transaction: one attempt (no driver retry), rows streamed and read only up to maxRows
   * (the server stops producing the rest), and always rolled back, so nothing it did can be kept.
   */
  private async readOnce(
    query: string,
    params: Params,
    timeoutMs: number,
    maxRows: number,
    ctx: () => ErrorContext,
  ): Promise<QueryResult> {
    this.live(ctx().where);
    checkTimeout(timeoutMs, ctx().where);
    const { session, release } = await this.slotSession(
      ctx().where,
      'read',
      Math.max(1, Math.min(FETCH_SIZE, maxRows + 1)),
    );
    let tx: Transaction | null = null;
    try {
      tx = session.beginTransaction({ timeout: Math.ceil(timeoutMs), metadata: { app: 'actorgraph' } });
      const result = tx.run(query, params);
      const columns = (await result.keys()).map(String);
      const rows: QueryResult['rows'] = [];
      let complete = true;
      if (maxRows > 0) {
        for await (const record of result) {
          rows.push(toRow(record));
          if (rows.length >= maxRows) {
            complete = false;
            break; // ends the stream: the server discards the rest
          }
        }
      } else complete = false;
      if (complete) {
        const summary = await result.summary();
        if (summary.counters.containsUpdates() || summary.counters.containsSystemUpdates()) {
          throw new QueryRejectedError('Neo4jStore.run: the query tried to write in read mode; nothing was changed');
        }
      }
      return { columns, rows, counters: { ...EMPTY_COUNTERS } };
    } catch (e) {
      throw mapNeo4jError(e, { ...ctx(), mode: 'read' });
    } finally {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close().catch(() => undefined);
      release();
    }
  }

  async run(query: string, params: Params = {}, options: RunOptions = {}): Promise<QueryResult> {
    const mode = options.mode ?? 'read';
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const driverParams = toNeo4jParams(params);
    const ctx = () => ({ where: 'Neo4jStore.run', query });
    if (mode === 'read') {
      if (options.maxRows !== undefined && (!Number.isSafeInteger(options.maxRows) || options.maxRows < 0)) {
        throw new InvalidArgumentError(
          `Neo4jStore.run: maxRows must be a non-negative integer, got ${options.maxRows}`,
        );
      }
      if (options.retry === false || options.maxRows !== undefined) {
        return this.pending.track(
          this.readOnce(query, driverParams, timeoutMs, options.maxRows ?? Number.MAX_SAFE_INTEGER, ctx),
        );
      }
      return this.pending.track(
        this.inTransaction('read', (tx) => runStatement(tx, query, driverParams, true), timeoutMs, ctx),
      );
    }
    this.live('Neo4jStore.run');
    if (isSchemaCommand(query)) return this.runSchema(query);
    await this.ensureVersionConstraint();
    if (options.retry === false)
      return this.pending.serialize(() =>
        this.writeOnce([{ query, params: driverParams }], timeoutMs, () => ctx(), {}).then((r) => r.result),
      );
    return this.pending.serialize(() =>
      this.inTransaction(
        'write',
        async (tx) => {
          await bumpVersion(tx);
          return runStatement(tx, query, driverParams, false);
        },
        timeoutMs,
        ctx,
      ),
    );
  }

  /** A schema statement (CREATE/DROP INDEX or CONSTRAINT): Neo4j runs it in a transaction of its own, without data writes. */
  private runSchema(statement: string): Promise<QueryResult> {
    const ctx = () => ({ where: 'Neo4jStore.applySchema', query: statement });
    return this.pending.serialize(() =>
      this.inTransaction('write', (tx) => runStatement(tx, statement, {}, false), this.defaultTimeoutMs, ctx),
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

  /**
   * Statements in one explicit write transaction, committed once. Never retried by the driver: when the connection
   * drops during the commit, nobody knows whether it took effect, and running the batch again could apply it twice
   * (CREATE, `mentionCount + delta`). The error says so; the caller (the loader) compares content hashes next time.
   */
  private async writeOnce(
    prepared: { query: string; params: Params }[],
    timeoutMs: number,
    ctx: (i: number) => ErrorContext,
    options: { expectVersion?: number },
  ): Promise<{ result: QueryResult; counters: WriteCounters }> {
    this.live(ctx(0).where);
    checkTimeout(timeoutMs, ctx(0).where);
    const { session, release } = await this.slotSession(ctx(0).where, 'write');
    let current = 0;
    let tx: Transaction | null = null;
    try {
      tx = session.beginTransaction({ timeout: Math.ceil(timeoutMs), metadata: { app: 'actorgraph' } });
      const before = await bumpVersion(tx);
      if (options.expectVersion !== undefined && before !== options.expectVersion)
        throw new StaleStateError(
          `The graph changed while this write was prepared (version ${options.expectVersion} read, ${before} now); nothing was written`,
          { details: { expected: options.expectVersion, found: before } },
        );
      let total: WriteCounters = { ...EMPTY_COUNTERS };
      let last: QueryResult = { columns: [], rows: [], counters: { ...EMPTY_COUNTERS } };
      for (current = 0; current < prepared.length; current++) {
        const result = tx.run(prepared[current].query, prepared[current].params);
        const columns = (await result.keys()).map(String);
        const { records, summary } = await result;
        last = { columns, rows: records.map(toRow), counters: toCounters(summary.counters) };
        total = addCounters(total, last.counters);
      }
      current = prepared.length;
      await tx.commit();
      return { result: last, counters: total };
    } catch (e) {
      if (e instanceof StaleStateError) throw e;
      const mapped = mapNeo4jError(e, { ...ctx(current), mode: 'write' });
      if (current >= prepared.length && !(mapped instanceof QueryTimeoutError)) {
        // Lost during the commit: the outcome is unknown, so it is not retried.
        mapped.details = { ...((mapped.details as object | undefined) ?? {}), commitOutcomeUnknown: true };
      }
      throw mapped;
    } finally {
      if (tx?.isOpen()) await tx.rollback().catch(() => undefined);
      await session.close().catch(() => undefined);
      release();
    }
  }

  /**
   * The version node must be one node: MERGE alone does not keep two processes from creating it twice on an empty
   * database (Neo4j locks a MERGE only with a unique constraint). The schema creates the constraint too; this makes
   * sure of it before the first write of this store, even when the schema was not applied (a bare database, tests).
   */
  private ensureVersionConstraint(): Promise<void> {
    this.versionConstraint ??= this.runSchema(
      'CREATE CONSTRAINT graph_meta_id_unique IF NOT EXISTS FOR (n:GraphMeta) REQUIRE n.id IS UNIQUE',
    ).then(
      () => undefined,
      async (e: unknown) => {
        // another process created it at the same moment: fine once it is there
        const r = await this.run(
          "SHOW CONSTRAINTS YIELD labelsOrTypes, properties WHERE labelsOrTypes = ['GraphMeta'] AND properties = ['id'] RETURN count(*) AS c",
        );
        if (!Number(r.rows[0]?.c)) {
          this.versionConstraint = null;
          throw e;
        }
      },
    );
    return this.versionConstraint;
  }

  async writeBatch(statements: Statement[], options: WriteBatchOptions = {}): Promise<WriteCounters> {
    this.live('Neo4jStore.writeBatch');
    if (statements.length === 0) return { ...EMPTY_COUNTERS };
    await this.ensureVersionConstraint();
    const prepared = statements.map((s) => ({ query: s.query, params: toNeo4jParams(s.params ?? {}) }));
    const ctx = (current: number) =>
      current < prepared.length
        ? {
            where: `Neo4jStore.writeBatch (statement ${current + 1} of ${prepared.length}; the batch was rolled back)`,
            query: prepared[current].query,
          }
        : {
            where: `Neo4jStore.writeBatch (commit of ${prepared.length} statements; whether it took effect is unknown)`,
          };
    return this.pending.serialize(async () => {
      for (let attempt = 1; ; attempt++) {
        try {
          return (await this.writeOnce(prepared, options.timeoutMs ?? this.defaultTimeoutMs, ctx, options)).counters;
        } catch (e) {
          // Only a failure before the commit (a deadlock, a lock timeout) rolled everything back: safe to run again.
          const beforeCommit = !((e as ActorgraphError).details as { commitOutcomeUnknown?: boolean } | undefined)
            ?.commitOutcomeUnknown;
          if (
            !(e instanceof WriteConflictError) ||
            e instanceof StaleStateError ||
            !beforeCommit ||
            attempt >= BATCH_ATTEMPTS
          )
            throw e;
          await new Promise((r) => setTimeout(r, 50 * attempt));
        }
      }
    });
  }

  /**
   * Makes the database's indexes and constraints what the statements say: a missing one is created, a same-named one
   * with other labels or properties (drift, which IF NOT EXISTS would keep) is dropped and created again. A
   * constraint that cannot be created (duplicate ids in the data) stops with a StoreError: the app must not run
   * without it. Then waits for new indexes to come online.
   */
  async applySchema(statements: SchemaStatement[]): Promise<SchemaReport> {
    const report: SchemaReport = { applied: [], skipped: [], mapped: [] };
    let existing = await this.schemaObjects();
    const retired = retiredConstraints(
      [...existing.values()].filter((o) => o.kind === 'constraint'),
      statements.map((s) => s.statement),
    );
    for (const name of retired) {
      const drop = `DROP CONSTRAINT \`${name}\` IF EXISTS`;
      await this.runSchema(drop);
      report.mapped.push({ statement: drop, as: `${drop} (the schema has a plain index there instead)` });
      this.log('warn', `schema: dropped ${name}, a unique constraint the schema has replaced by an index`);
    }
    if (retired.length) existing = await this.schemaObjects();
    for (const { file, statement } of statements) {
      const want = schemaObjectOf(statement);
      const have = want ? existing.get(want.name) : undefined;
      if (want && have && !sameSchemaObject(have, want)) {
        const drop =
          have.kind === 'constraint'
            ? `DROP CONSTRAINT \`${have.name}\` IF EXISTS`
            : `DROP INDEX \`${have.name}\` IF EXISTS`;
        try {
          await this.runSchema(drop);
        } catch (e) {
          // seen mid-creation by another process (a constraint's index before it is owned): look again
          const now = (await this.schemaObjects()).get(want.name);
          if (!now || !sameSchemaObject(now, want)) throw e;
          report.applied.push(statement);
          continue;
        }
        report.mapped.push({
          statement,
          as: `${drop}; ${statement} (it was ${have.type} on ${have.labels.join('|')}(${have.properties.join(', ')}))`,
        });
        this.log(
          'warn',
          `schema ${file}: ${have.name} had drifted (${have.type} on ${have.labels.join('|')}(${have.properties.join(', ')})); recreated as the schema says`,
        );
      }
      try {
        await this.runSchema(statement);
        report.applied.push(statement);
      } catch (e) {
        if (e instanceof StoreUnavailableError || e instanceof StoreAuthError) throw e; // not the statement's fault
        // Another process applying the schema at the same moment created it first: what the statement wants is there.
        const now = want ? (await this.schemaObjects()).get(want.name) : undefined;
        if (want && now && sameSchemaObject(now, want)) {
          report.applied.push(statement);
          continue;
        }
        const reason = firstLine(e);
        if (want?.kind === 'constraint') {
          throw new StoreError(
            `Schema (${file}): the constraint ${want.name} (${want.labels.join('|')}.${want.properties.join(', ')} unique) cannot be created on Neo4j: ${reason}. ` +
              'The app does not run without it; remove the duplicate nodes it names, then start again.',
            { cause: e, details: { statement } },
          );
        }
        report.skipped.push({ statement, reason });
        this.log('warn', `schema ${file}: skipped on Neo4j: ${reason}: ${statement}`);
      }
    }
    if (report.applied.length > 0) {
      try {
        await this.run(
          `CALL db.awaitIndexes(${INDEX_WAIT_SECONDS})`,
          {},
          { timeoutMs: (INDEX_WAIT_SECONDS + 10) * 1000 },
        );
      } catch (e) {
        this.log('warn', `schema: indexes are not all online yet (${firstLine(e)}); searches may fail until they are`);
      }
    }
    return report;
  }

  /** The indexes and constraints the database has, by name. */
  private async schemaObjects(): Promise<Map<string, SchemaObject>> {
    const constraints = await this.run(
      'SHOW CONSTRAINTS YIELD name, type, labelsOrTypes, properties RETURN name, type, labelsOrTypes, properties',
    );
    const indexes = await this.run(
      'SHOW INDEXES YIELD name, type, labelsOrTypes, properties, owningConstraint RETURN name, type, labelsOrTypes, properties, owningConstraint',
    );
    return schemaObjectsFrom(constraints.rows as never, indexes.rows as never);
  }

  /** Counts from Neo4j's count store. Auto-commit queries, which the driver does not retry: a down server is reported at once. */
  async health(): Promise<StoreHealth> {
    const down = (error: string): StoreHealth => ({
      kind: this.kind,
      ok: false,
      counts: { nodes: 0, relationships: 0 },
      location: this.location,
      error,
    });
    if (!this.driver) return down('closed');
    const session = this.session('read');
    try {
      const count = async (query: string, what: string) => {
        const { records } = await session.run(query, {}, { timeout: HEALTH_TIMEOUT_MS });
        return toSafeNumber(records[0].get('c'), what);
      };
      // data nodes: the version node (bookkeeping) is left out; both counts come from the count store
      const nodes =
        (await this.pending.track(count('MATCH (n) RETURN count(n) AS c', 'node count'))) -
        (await this.pending.track(count(`MATCH (n:${GRAPH_META_LABEL}) RETURN count(n) AS c`, 'node count')));
      const relationships = await this.pending.track(
        count('MATCH ()-[r]->() RETURN count(r) AS c', 'relationship count'),
      );
      return { kind: this.kind, ok: true, counts: { nodes, relationships }, location: this.location };
    } catch (e) {
      return down(mapNeo4jError(e, { where: 'Neo4jStore.health' }).message);
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  /** Refuses new work at once, lets running work finish, then closes the driver's connections. Safe to call twice. */
  close(): Promise<void> {
    if (!this.closing) {
      const driver = this.driver;
      this.driver = null;
      this.closing = (async () => {
        await this.pending.drain();
        await driver?.close();
      })();
    }
    return this.closing;
  }
}
