// The stores every store-facing suite runs on: embedded Grafeo always, Neo4j when NEO4J_TEST_URI names a test server.
// Neo4j safety: tests read only NEO4J_TEST_* (never NEO4J_URI, never .env), and wipe a database only when it carries
// the test marker (an index named actorgraph_test_marker) or is empty, in which case they claim it with the marker.
// Test files run in parallel processes but Neo4j Community has one user database: a lock file serializes its users.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, it } from 'vitest';
import neo4j from 'neo4j-driver';
import type { Neo4jConfig } from '../../server/config.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphStore, StoreKind } from '../../core/graph-store.ts';
import { SCHEMA_DIR } from '../../core/project-paths.ts';
import { readSchemaDir } from '../../core/schema-statements.ts';
import { Neo4jGraphStore } from '../../server/store/neo4j/neo4j-store.ts';

/** The test server, from the test-only variables (set by .ci/run to the launcher's URI, or by hand to a disposable database). */
export function neo4jTestConfig(): Neo4jConfig | null {
  const uri = (process.env.NEO4J_TEST_URI ?? '').trim();
  if (!uri) return null;
  return {
    uri,
    username: process.env.NEO4J_TEST_USERNAME ?? 'neo4j',
    password: process.env.NEO4J_TEST_PASSWORD ?? '',
    database: process.env.NEO4J_TEST_DATABASE ?? 'neo4j',
  };
}

/** The index that marks a Neo4j database as the tests' own (an index adds no node, so it changes no count or fingerprint). */
export const TEST_MARKER_INDEX = 'actorgraph_test_marker';

export interface TestStore {
  kind: StoreKind;
  /**
   * A fresh, empty store (no schema applied). On Neo4j: the test database, wiped, with this process holding the lock
   * until every store it opened is closed.
   */
  open(): Promise<GraphStore>;
  /**
   * Another connection to the store as it is, without wiping (Neo4j; call it while a store from open() is open, so
   * the lock is held). Embedded in-memory stores share nothing: a new empty one.
   */
  connect(): Promise<GraphStore>;
  /** Environment for a child process (CLI, server) that should use this store; embedded: nothing to add. */
  env(): Record<string, string>;
}

const embedded: TestStore = {
  kind: 'embedded',
  open: async () => EmbeddedGraphStore.open({}),
  connect: async () => EmbeddedGraphStore.open({}),
  env: () => ({}),
};

// ---- Neo4j: lock, ownership check, wipe -------------------------------------------------------------------------

const LOCK_WAIT_MS = 15 * 60_000;
let lockHolders = 0;
let lockDir: string | null = null;
let exitHookSet = false;

function lockPath(uri: string): string {
  return path.join(os.tmpdir(), `actorgraph-neo4j-test-${uri.replace(/[^a-z0-9]+/gi, '_')}.lock`);
}

function pidAlive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (e) {
    return (e as NodeJS.ErrnoException).code === 'EPERM';
  }
}

async function acquireLock(uri: string): Promise<void> {
  if (lockHolders++ > 0) return;
  const dir = lockPath(uri);
  const started = Date.now();
  for (;;) {
    try {
      fs.mkdirSync(dir);
      fs.writeFileSync(path.join(dir, 'pid'), String(process.pid));
      lockDir = dir;
      // Only while this process still holds it: a process that released the lock and exits later must not remove the
      // lock another process has taken since (the lock's path is the same for every process).
      if (!exitHookSet) {
        exitHookSet = true;
        process.once('exit', () => {
          if (lockDir) fs.rmSync(lockDir, { recursive: true, force: true });
        });
      }
      return;
    } catch (e) {
      if ((e as NodeJS.ErrnoException).code !== 'EEXIST') throw e;
    }
    const owner = Number(fs.readFileSync(path.join(dir, 'pid'), { encoding: 'utf8', flag: 'a+' }) || NaN);
    if (Number.isInteger(owner) && !pidAlive(owner)) {
      fs.rmSync(dir, { recursive: true, force: true }); // its holder died without releasing it
      continue;
    }
    if (Date.now() - started > LOCK_WAIT_MS)
      throw new Error(`waited ${LOCK_WAIT_MS / 60_000} min for the test Neo4j (lock ${dir}, held by pid ${owner})`);
    await new Promise((r) => setTimeout(r, 100));
  }
}

function releaseLock(): void {
  if (--lockHolders > 0 || !lockDir) return;
  fs.rmSync(lockDir, { recursive: true, force: true });
  lockDir = null;
}

/**
 * Empties the test database, or refuses: a database without the marker is wiped only if it is already empty (then
 * it is claimed with the marker). Drops every index and constraint except the marker, so each suite starts without schema.
 */
export async function wipeTestDatabase(config: Neo4jConfig): Promise<void> {
  // Neo4j may still be finishing what the previous suite started (a constraint's index being built, a child
  // process's last commit): a deadlock or a schema object changing under the wipe is retried, a refusal is not.
  for (let attempt = 1; ; attempt++) {
    try {
      return await wipeOnce(config);
    } catch (e) {
      const message = (e as Error).message ?? '';
      const transient =
        (e as { retriable?: boolean }).retriable === true ||
        /TransientError|DeadlockDetected|can't acquire|belongs to constraint|no such (index|constraint)/i.test(
          `${(e as { code?: string }).code ?? ''} ${message}`,
        );
      if (!transient || attempt >= 5) throw e;
      await new Promise((r) => setTimeout(r, 500 * attempt));
    }
  }
}

async function wipeOnce(config: Neo4jConfig): Promise<void> {
  const driver = neo4j.driver(
    config.uri,
    config.password === '' ? undefined : neo4j.auth.basic(config.username, config.password),
  );
  try {
    const q = (query: string) => driver.executeQuery(query, {}, { database: config.database });
    const marked =
      (await q(`SHOW INDEXES YIELD name WHERE name = '${TEST_MARKER_INDEX}' RETURN count(*) AS c`)).records[0]
        .get('c')
        .toNumber() > 0;
    if (!marked) {
      const nodes = (await q('MATCH (n) RETURN count(n) AS c')).records[0].get('c').toNumber();
      if (nodes > 0) {
        throw new Error(
          `NEO4J_TEST_URI=${config.uri} (database ${config.database}) holds ${nodes} nodes and is not marked as a test database ` +
            `(no index ${TEST_MARKER_INDEX}); the tests wipe their database, so they refuse this one. Point NEO4J_TEST_URI at a ` +
            `disposable server (npm run neo4j starts one).`,
        );
      }
      await q(`CREATE INDEX ${TEST_MARKER_INDEX} IF NOT EXISTS FOR (n:ActorgraphTestMarker) ON (n.marker)`);
    }
    const session = driver.session({ database: config.database }); // CALL … IN TRANSACTIONS needs an auto-commit query
    try {
      // relationships first: a hub's DETACH DELETE in one batch can pass the transaction memory limit (a bench graph)
      await session.run('MATCH ()-[r]->() CALL (r) { DELETE r } IN TRANSACTIONS OF 10000 ROWS');
      await session.run('MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS');
    } finally {
      await session.close();
    }
    for (const r of (await q('SHOW CONSTRAINTS YIELD name RETURN name')).records)
      await q(`DROP CONSTRAINT \`${r.get('name')}\` IF EXISTS`);
    const indexes = await q(
      `SHOW INDEXES YIELD name, type, owningConstraint WHERE type <> 'LOOKUP' AND owningConstraint IS NULL AND name <> '${TEST_MARKER_INDEX}' RETURN name`,
    );
    for (const r of indexes.records) await q(`DROP INDEX \`${r.get('name')}\` IF EXISTS`);
  } finally {
    await driver.close();
  }
}

function neo4jStore(config: Neo4jConfig): TestStore {
  return {
    kind: 'neo4j',
    async open() {
      await acquireLock(config.uri);
      try {
        await wipeTestDatabase(config);
        const store = await Neo4jGraphStore.connect(config);
        let released = false;
        const close = store.close.bind(store);
        store.close = async () => {
          await close();
          if (!released) {
            released = true;
            releaseLock();
          }
        };
        return store;
      } catch (e) {
        releaseLock();
        throw e;
      }
    },
    connect: () => Neo4jGraphStore.connect(config),
    env: () => ({
      NEO4J_URI: config.uri,
      NEO4J_USERNAME: config.username,
      NEO4J_PASSWORD: config.password,
      NEO4J_DATABASE: config.database,
    }),
  };
}

/** Holds the Neo4j test lock across a whole describe block (for suites that open and close several stores or child processes). */
export function holdNeo4jLock(): void {
  const config = neo4jTestConfig();
  if (!config) return;
  beforeAll(async () => {
    await acquireLock(config.uri);
  }, LOCK_WAIT_MS + 60_000);
  afterAll(() => releaseLock());
}

/** A fresh store from `open()` with the project's schema applied, as the app and the loader have it. */
export async function openWithSchema(ts: TestStore): Promise<GraphStore> {
  const store = await ts.open();
  await store.applySchema(readSchemaDir(SCHEMA_DIR));
  return store;
}

// ---- parametrisation ------------------------------------------------------------------------------------------------

const neo4jConfig = neo4jTestConfig();
export const STORES: TestStore[] = neo4jConfig ? [embedded, neo4jStore(neo4jConfig)] : [embedded];

let skipNoted = false;

/**
 * Runs `body` once per store, inside `describe('<title> [<kind>]')`. Without NEO4J_TEST_URI the Neo4j run is skipped
 * with a line saying so; on CI (CI set) a missing NEO4J_TEST_URI fails instead, so a broken launcher cannot pass unnoticed.
 */
export function forEachStore(title: string, body: (store: TestStore) => void): void {
  for (const store of STORES) describe(`${title} [${store.kind}]`, () => body(store));
  if (neo4jConfig) return;
  if (process.env.CI) {
    describe(`${title} [neo4j]`, () => {
      it('has a test Neo4j to run on', () => {
        throw new Error(
          'CI is set but NEO4J_TEST_URI is not: .ci/run starts the test Neo4j (test/neo4j/launcher.sh) and sets NEO4J_TEST_URI to its bolt:// URI',
        );
      });
    });
    return;
  }
  if (!skipNoted) {
    skipNoted = true;
    console.log(
      '[neo4j] NEO4J_TEST_URI not set: Neo4j runs skipped (npm run neo4j starts a test server; then NEO4J_TEST_URI=bolt://… npx vitest run)',
    );
  }
  describe.skip(`${title} [neo4j]`, () => {
    it('runs on Neo4j when NEO4J_TEST_URI is set', () => {});
  });
}
