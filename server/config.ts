// The only reader of process.env: settings grouped by concern, their defaults, and validation that names the variable.
import fs from 'node:fs';
import path from 'node:path';
import { ConfigError } from '../core/errors.ts';
import { SEED_DOCUMENTS_DIR } from '../core/project-paths.ts';

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

export interface Neo4jConfig {
  uri: string;
  username: string;
  password: string;
  database: string;
}

export interface Config {
  server: {
    port: number; // PORT
    host: string; // HOST
    corsOrigin: string | null; // CORS_ORIGIN: null = same-origin only
    bodyLimitBytes: number; // BODY_LIMIT_BYTES
    rateLimitPerMinute: number; // RATE_LIMIT_PER_MINUTE: reads per client a minute; 0 disables
    rateLimitBurst: number; // RATE_LIMIT_BURST: reads a client may send at once before the steady rate applies
    cypherRateLimitPerMinute: number; // CYPHER_RATE_LIMIT_PER_MINUTE: ad-hoc Cypher per client a minute; 0 disables
    cypherRateLimitBurst: number; // CYPHER_RATE_LIMIT_BURST: ad-hoc queries a client may send at once
  };
  store: {
    graphPath: string; // GRAPH_PATH: the embedded graph file
    neo4j: Neo4jConfig | null; // NEO4J_URI set → Neo4j is used instead of the embedded store
    querySlots: number; // STORE_QUERY_SLOTS: embedded store: statements on the engine at once (its memory is ours)
  };
  query: {
    timeoutMs: number; // QUERY_TIMEOUT_MS: per-query timeout for user queries
    rowLimit: number; // QUERY_ROW_LIMIT: rows returned before `truncated`
    graphLimit: number; // QUERY_GRAPH_LIMIT: nodes in a returned graph before `truncated`
    checkBudgetMs: number; // QUERY_CHECK_MS: longest the read-only guard may take to parse one query
    isolation: {
      enabled: boolean; // QUERY_ISOLATION: user queries on the embedded store in killable child processes
      workers: number; // QUERY_WORKERS: child processes running user queries at once
      memoryMb: number; // QUERY_MEMORY_MB: memory one user query may take before it is stopped
      maxQueue: number; // QUERY_QUEUE: user queries waiting before new ones get 503
      perClient: number; // QUERY_PER_CLIENT: user queries one client may have running or waiting
    };
  };
  seed: {
    dir: string; // SEED_DIR: the corpus loaded into an empty graph at start
    onStart: boolean; // SEED_ON_START: load the seed when the graph is empty
    maxDocumentBytes: number; // MAX_DOCUMENT_BYTES: larger documents are refused
  };
  logLevel: LogLevel; // LOG_LEVEL
}

export const DEFAULTS = {
  PORT: '3000', // the explorer's URL is http://localhost:3000
  HOST: '0.0.0.0', // all interfaces, so a container or VM can forward the port
  CORS_ORIGIN: '', // empty: same-origin only
  BODY_LIMIT_BYTES: '1048576', // 1 MiB request bodies
  RATE_LIMIT_PER_MINUTE: '600', // reads per client address: 10 a second, steady
  RATE_LIMIT_BURST: '300', // an explorer session's busiest moments send a few dozen requests at once
  CYPHER_RATE_LIMIT_PER_MINUTE: '60', // ad-hoc queries cost far more than reads: one a second, steady
  CYPHER_RATE_LIMIT_BURST: '20', // a person editing and re-running a query
  GRAPH_PATH: './data/graph.grafeo', // relative to the working directory
  STORE_QUERY_SLOTS: '8', // a bound for floods: 2 saved no memory under the memory bench and may cost throughput (BENCHMARKS.md)
  NEO4J_USERNAME: 'neo4j', // Neo4j's default user
  NEO4J_PASSWORD: '', // required with NEO4J_URI except for servers without auth
  NEO4J_DATABASE: 'neo4j', // Neo4j's default database
  QUERY_TIMEOUT_MS: '5000', // 5 s per user query
  QUERY_ROW_LIMIT: '5000', // rows
  QUERY_GRAPH_LIMIT: '2000', // nodes
  QUERY_ISOLATION: 'true', // kill runaway user queries (Grafeo cannot interrupt one)
  QUERY_WORKERS: '2', // one per core on a small machine
  QUERY_MEMORY_MB: '960', // per user query: under 1 GB with the 25 ms sampling's overshoot
  QUERY_QUEUE: '16', // a few seconds of waiting work
  QUERY_PER_CLIENT: '4', // a person with a few tabs
  QUERY_CHECK_MS: '5000', // parsing takes ~10–300 ms for real queries (more on a busy machine); past this the query is refused as too complex
  SEED_DIR: SEED_DOCUMENTS_DIR, // the shipped seed corpus
  SEED_ON_START: 'true', // load the seed into an empty graph
  MAX_DOCUMENT_BYTES: String(10 * 1024 * 1024), // 10 MB
  LOG_LEVEL: 'info', // pino level
} as const;

export type Env = Record<string, string | undefined>;

function intVar(env: Env, name: keyof typeof DEFAULTS, min: number, max: number): number {
  const raw = (env[name] ?? '').trim() || DEFAULTS[name];
  if (!/^\d+$/.test(raw))
    throw new ConfigError(
      `Config: invalid \`${name}\`=${JSON.stringify(raw)}. Expecting an integer from ${min} to ${max}.`,
    );
  const n = Number(raw);
  if (n < min || n > max)
    throw new ConfigError(`Config: invalid \`${name}\`=${raw}. Expecting an integer from ${min} to ${max}.`);
  return n;
}

function boolVar(env: Env, name: keyof typeof DEFAULTS): boolean {
  const raw = ((env[name] ?? '').trim() || DEFAULTS[name]).toLowerCase();
  if (['1', 'true', 'yes', 'on'].includes(raw)) return true;
  if (['0', 'false', 'no', 'off'].includes(raw)) return false;
  throw new ConfigError(`Config: invalid \`${name}\`=${JSON.stringify(raw)}. Expecting true or false.`);
}

function strVar(env: Env, name: keyof typeof DEFAULTS): string {
  const v = env[name];
  return v === undefined || v.trim() === '' ? DEFAULTS[name] : v.trim();
}

const LOG_LEVELS: LogLevel[] = ['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'];
const NEO4J_SCHEMES = ['bolt', 'bolt+s', 'bolt+ssc', 'neo4j', 'neo4j+s', 'neo4j+ssc'];

function neo4jConfig(env: Env): Neo4jConfig | null {
  const uri = (env.NEO4J_URI ?? '').trim();
  if (!uri) return null;
  const scheme = uri.split('://')[0];
  if (!uri.includes('://') || !NEO4J_SCHEMES.includes(scheme)) {
    throw new ConfigError(
      `Config: invalid \`NEO4J_URI\`=${JSON.stringify(uri)}. Expecting a URL with one of the schemes ${NEO4J_SCHEMES.join(', ')} (e.g. neo4j+s://xxxx.databases.neo4j.io).`,
    );
  }
  return {
    uri,
    username: strVar(env, 'NEO4J_USERNAME'),
    password: env.NEO4J_PASSWORD ?? DEFAULTS.NEO4J_PASSWORD,
    database: strVar(env, 'NEO4J_DATABASE'),
  };
}

/** Resolve and validate a Config from an environment (process.env by default). */
export function loadConfig(env: Env = readEnvironment()): Config {
  const logLevel = strVar(env, 'LOG_LEVEL').toLowerCase() as LogLevel;
  if (!LOG_LEVELS.includes(logLevel))
    throw new ConfigError(
      `Config: invalid \`LOG_LEVEL\`=${JSON.stringify(logLevel)}. Expecting one of ${LOG_LEVELS.join(', ')}.`,
    );
  const cors = strVar(env, 'CORS_ORIGIN');
  return {
    server: {
      port: intVar(env, 'PORT', 0, 65535),
      host: strVar(env, 'HOST'),
      corsOrigin: cors === '' ? null : cors,
      bodyLimitBytes: intVar(env, 'BODY_LIMIT_BYTES', 1024, 100 * 1024 * 1024),
      rateLimitPerMinute: intVar(env, 'RATE_LIMIT_PER_MINUTE', 0, 1_000_000),
      rateLimitBurst: intVar(env, 'RATE_LIMIT_BURST', 1, 1_000_000),
      cypherRateLimitPerMinute: intVar(env, 'CYPHER_RATE_LIMIT_PER_MINUTE', 0, 1_000_000),
      cypherRateLimitBurst: intVar(env, 'CYPHER_RATE_LIMIT_BURST', 1, 1_000_000),
    },
    store: {
      graphPath: path.resolve(strVar(env, 'GRAPH_PATH')),
      neo4j: neo4jConfig(env),
      querySlots: intVar(env, 'STORE_QUERY_SLOTS', 1, 64),
    },
    query: {
      timeoutMs: intVar(env, 'QUERY_TIMEOUT_MS', 100, 600_000),
      rowLimit: intVar(env, 'QUERY_ROW_LIMIT', 1, 1_000_000),
      graphLimit: intVar(env, 'QUERY_GRAPH_LIMIT', 1, 1_000_000),
      checkBudgetMs: intVar(env, 'QUERY_CHECK_MS', 100, 60_000),
      isolation: {
        enabled: boolVar(env, 'QUERY_ISOLATION'),
        workers: intVar(env, 'QUERY_WORKERS', 1, 64),
        memoryMb: intVar(env, 'QUERY_MEMORY_MB', 64, 1_048_576),
        maxQueue: intVar(env, 'QUERY_QUEUE', 0, 10_000),
        perClient: intVar(env, 'QUERY_PER_CLIENT', 1, 10_000),
      },
    },
    seed: {
      dir: path.resolve(strVar(env, 'SEED_DIR')),
      onStart: boolVar(env, 'SEED_ON_START'),
      maxDocumentBytes: intVar(env, 'MAX_DOCUMENT_BYTES', 1, 1024 * 1024 * 1024),
    },
    logLevel,
  };
}

/** process.env, after an optional ./.env file has filled the variables that are not already set. */
export function readEnvironment(): Env {
  const file = path.resolve('.env');
  if (fs.existsSync(file)) {
    try {
      process.loadEnvFile(file); // never overrides variables already set
    } catch (e) {
      throw new ConfigError(`Config: cannot read ${file}: ${(e as Error).message}`);
    }
  }
  return process.env;
}

/** Settings tests and tools may read without touching process.env themselves. */
export function envFlag(name: 'CI' | 'CHROMIUM_PATH' | 'NEO4J_URI'): string | undefined {
  return readEnvironment()[name];
}
