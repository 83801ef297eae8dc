// The Neo4j graph store: a neo4j-driver connection (bolt://, neo4j://, neo4j+s:// for Aura) behind the GraphStore contract.
import neo4j, { type Driver, type ManagedTransaction } from 'neo4j-driver';
import type { Neo4jConfig } from '../../config.ts';
import { ConfigError, InvalidArgumentError, QueryRejectedError, StoreAuthError, StoreError, StoreUnavailableError } from '../../../core/errors.ts';
import {
  EMPTY_COUNTERS,
  addCounters,
  type EntitySearchHit,
  type EntitySearchOptions,
  type GraphNode,
  type GraphStore,
  type QueryResult,
  type RunOptions,
  type SchemaReport,
  type SchemaStatement,
  type Statement,
  type StoreHealth,
  type WriteCounters,
} from '../../../core/graph-store.ts';
import { PendingWork } from '../pending-work.ts';
import { buildFulltextQuery } from './fulltext-query.ts';
import { mapConnectError, mapNeo4jError, redactUri, type ErrorContext } from './map-error.ts';
import { toCounters, toRow, toSafeNumber } from './map-record.ts';
import { toNeo4jParams } from './params.ts';

export interface Neo4jStoreOptions {
  /** Default per-transaction timeout in ms, enforced by the server. */
  defaultTimeoutMs?: number;
  /** How long to wait for a connection to open (TCP + TLS + handshake). */
  connectTimeoutMs?: number;
  /** How long the driver retries transient failures (deadlocks, a server restarting, a leader change) before giving up. */
  maxRetryTimeMs?: number;
  /** false: return at once and let the first query connect, for a server that starts after us; health() tells whether it is up. */
  verify?: boolean;
  log?: (level: 'info' | 'warn', message: string) => void;
}

const DEFAULT_TIMEOUT_MS = 30_000; // same default as the embedded store
const CONNECT_TIMEOUT_MS = 10_000; // Aura's first TLS handshake can take a few seconds; a dead host should not hang start-up for the driver's 30 s
const MAX_RETRY_TIME_MS = 15_000; // executeRead/Write retry transient errors for this long (the driver's own default is 30 s)
const HEALTH_TIMEOUT_MS = 5_000; // counts come from Neo4j's count store: instant when the server is well
const INDEX_WAIT_SECONDS = 300; // new indexes populate in the background; searches fail until they are online
const ENTITY_INDEX = 'entity_search'; // cypher/schema/003_fulltext.cypher
const SEARCH_LIMIT = 10;

type Work<T> = (tx: ManagedTransaction) => Promise<T>;
type Params = Record<string, unknown>;

const firstLine = (e: unknown) => String((e as Error)?.message ?? e).split('\n')[0];

async function runStatement(tx: ManagedTransaction, query: string, params: Params, readOnly: boolean): Promise<QueryResult> {
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
  private closing: Promise<void> | null = null;

  private constructor(driver: Driver, config: Neo4jConfig, options: Neo4jStoreOptions) {
    this.driver = driver;
    this.database = config.database;
    this.location = `${redactUri(config.uri)} (database ${config.database})`;
    this.defaultTimeoutMs = options.defaultTimeoutMs ?? DEFAULT_TIMEOUT_MS;
    this.log = options.log ?? (() => {});
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
      driver = neo4j.driver(config.uri, config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password), {
        userAgent: 'actorgraph',
        connectionTimeout: options.connectTimeoutMs ?? CONNECT_TIMEOUT_MS,
        maxTransactionRetryTime: options.maxRetryTimeMs ?? MAX_RETRY_TIME_MS,
        logging: { level: 'warn', logger: (level, message) => log(level === 'info' || level === 'debug' ? 'info' : 'warn', `neo4j-driver: ${message}`) },
      });
    } catch (e) {
      throw new ConfigError(`Neo4jStore.connect: invalid \`NEO4J_URI\`=${JSON.stringify(redactUri(config.uri))}: ${firstLine(e)}`, { cause: e });
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


  /**
   * One managed transaction in its own session. The timeout goes to the server, which rolls the transaction back
   * when it passes; the driver retries transient failures (deadlocks, leader changes) within MAX_RETRY_TIME_MS.
   */
  private async inTransaction<T>(mode: 'read' | 'write', work: Work<T>, timeoutMs: number, ctx: () => ErrorContext): Promise<T> {
    const driver = this.live(ctx().where);
    if (!Number.isFinite(timeoutMs) || timeoutMs <= 0) throw new InvalidArgumentError(`${ctx().where}: timeoutMs must be a positive number of milliseconds, got ${timeoutMs}`);
    const session = driver.session({ database: this.database, defaultAccessMode: mode === 'read' ? neo4j.session.READ : neo4j.session.WRITE });
    const config = { timeout: Math.ceil(timeoutMs), metadata: { app: 'actorgraph' } };
    try {
      return mode === 'read' ? await session.executeRead(work, config) : await session.executeWrite(work, config);
    } catch (e) {
      throw mapNeo4jError(e, ctx());
    } finally {
      await session.close().catch(() => undefined);
    }
  }

  async run(query: string, params: Params = {}, options: RunOptions = {}): Promise<QueryResult> {
    const mode = options.mode ?? 'read';
    const timeoutMs = options.timeoutMs ?? this.defaultTimeoutMs;
    const driverParams = toNeo4jParams(params);
    const ctx = () => ({ where: 'Neo4jStore.run', query });
    if (mode === 'read') return this.pending.track(this.inTransaction('read', (tx) => runStatement(tx, query, driverParams, true), timeoutMs, ctx));
    this.live('Neo4jStore.run');
    return this.pending.serialize(() => this.inTransaction('write', (tx) => runStatement(tx, query, driverParams, false), timeoutMs, ctx));
  }

  async writeBatch(statements: Statement[], options: { timeoutMs?: number } = {}): Promise<WriteCounters> {
    this.live('Neo4jStore.writeBatch');
    if (statements.length === 0) return { ...EMPTY_COUNTERS };
    const prepared = statements.map((s) => ({ query: s.query, params: toNeo4jParams(s.params ?? {}) }));
    let current = 0; // which statement failed, for the error message (prepared.length: the commit)
    const ctx = () =>
      current < prepared.length
        ? { where: `Neo4jStore.writeBatch (statement ${current + 1} of ${prepared.length}; the batch was rolled back)`, query: prepared[current].query }
        : { where: `Neo4jStore.writeBatch (commit of ${prepared.length} statements)` };
    return this.pending.serialize(() =>
      this.inTransaction(
        'write',
        async (tx) => {
          let total: WriteCounters = { ...EMPTY_COUNTERS };
          for (current = 0; current < prepared.length; current++) {
            const { query, params } = prepared[current];
            const { summary } = await tx.run(query, params);
            total = addCounters(total, toCounters(summary.counters));
          }
          return total;
        },
        options.timeoutMs ?? this.defaultTimeoutMs,
        ctx,
      ),
    );
  }

  async searchEntities(text: string, options: EntitySearchOptions = {}): Promise<EntitySearchHit[]> {
    const limit = options.limit ?? SEARCH_LIMIT;
    if (!Number.isSafeInteger(limit) || limit < 1) throw new InvalidArgumentError(`Neo4jStore.searchEntities: limit must be a positive integer, got ${limit}`);
    const q = buildFulltextQuery(text);
    if (q === null) return [];
    const labels = options.labels?.length ? options.labels : null;
    let result: QueryResult;
    try {
      result = await this.run(
        `CALL db.index.fulltext.queryNodes($index, $q) YIELD node, score
         WHERE $labels IS NULL OR any(l IN labels(node) WHERE l IN $labels)
         RETURN node, score ORDER BY score DESC LIMIT $limit`,
        { index: ENTITY_INDEX, q, labels, limit },
      );
    } catch (e) {
      if (e instanceof QueryRejectedError && /no such .*index|index .*not (found|online)/i.test(e.message)) {
        throw new StoreError(`Neo4jStore.searchEntities: the full-text index ${ENTITY_INDEX} is missing or not online; apply the schema (cypher/schema) first`, { cause: e });
      }
      throw e;
    }
    return result.rows.map((row) => ({ node: row.node as GraphNode, score: row.score as number }));
  }

  /** Runs each statement (all IF NOT EXISTS, so re-running is harmless), then waits for new indexes to come online. */
  async applySchema(statements: SchemaStatement[]): Promise<SchemaReport> {
    const report: SchemaReport = { applied: [], skipped: [], mapped: [] };
    for (const { file, statement } of statements) {
      try {
        await this.run(statement, {}, { mode: 'write' });
        report.applied.push(statement);
      } catch (e) {
        if (e instanceof StoreUnavailableError || e instanceof StoreAuthError) throw e; // not the statement's fault
        const reason = firstLine(e);
        report.skipped.push({ statement, reason });
        this.log('warn', `schema ${file}: skipped on Neo4j: ${reason}: ${statement}`);
      }
    }
    if (report.applied.length > 0) {
      try {
        await this.run(`CALL db.awaitIndexes(${INDEX_WAIT_SECONDS})`, {}, { timeoutMs: (INDEX_WAIT_SECONDS + 10) * 1000 });
      } catch (e) {
        this.log('warn', `schema: indexes are not all online yet (${firstLine(e)}); searches may fail until they are`);
      }
    }
    return report;
  }

  /** Counts from Neo4j's count store. Auto-commit queries, which the driver does not retry: a down server is reported at once. */
  async health(): Promise<StoreHealth> {
    const down = (error: string): StoreHealth => ({ kind: this.kind, ok: false, counts: { nodes: 0, relationships: 0 }, location: this.location, error });
    if (!this.driver) return down('closed');
    const session = this.driver.session({ database: this.database, defaultAccessMode: neo4j.session.READ });
    try {
      const count = async (query: string, what: string) => {
        const { records } = await session.run(query, {}, { timeout: HEALTH_TIMEOUT_MS });
        return toSafeNumber(records[0].get('c'), what);
      };
      const nodes = await this.pending.track(count('MATCH (n) RETURN count(n) AS c', 'node count'));
      const relationships = await this.pending.track(count('MATCH ()-[r]->() RETURN count(r) AS c', 'relationship count'));
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
