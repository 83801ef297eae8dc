// Config: defaults, every variable's validation, and the Neo4j selection by NEO4J_URI.
import { describe, expect, it } from 'vitest';
import path from 'node:path';
import { DEFAULTS, loadConfig } from '../../server/config.ts';
import { ConfigError } from '../../core/errors.ts';

describe('loadConfig', () => {
  it('uses the documented defaults on an empty environment', () => {
    const c = loadConfig({});
    expect(c.server.port).toBe(3000);
    expect(c.store.graphPath).toBe(path.resolve('data/graph.grafeo'));
    expect(c.store.neo4j).toBeNull();
    expect(c.query).toEqual({
      timeoutMs: 5000,
      rowLimit: 5000,
      graphLimit: 2000,
      checkBudgetMs: 5000,
      isolation: { enabled: true, workers: 2, memoryMb: 960, maxQueue: 16, perClient: 4 },
    });
    expect(c.seed.maxDocumentBytes).toBe(10 * 1024 * 1024);
    expect(c.seed.onStart).toBe(true);
    expect(c.logLevel).toBe('info');
    expect(c.server.corsOrigin).toBeNull();
  });

  it('reads every variable', () => {
    const c = loadConfig({
      PORT: '8080',
      GRAPH_PATH: '/tmp/g.grafeo',
      LOG_LEVEL: 'DEBUG',
      QUERY_TIMEOUT_MS: '1500',
      QUERY_ROW_LIMIT: '10',
      QUERY_GRAPH_LIMIT: '20',
      SEED_ON_START: 'no',
      MAX_DOCUMENT_BYTES: '100',
      CORS_ORIGIN: 'https://example.org',
      HOST: '127.0.0.1',
      QUERY_CHECK_MS: '900',
      QUERY_ISOLATION: 'off',
      QUERY_WORKERS: '3',
      QUERY_MEMORY_MB: '512',
      QUERY_QUEUE: '5',
      QUERY_PER_CLIENT: '1',
    });
    expect(c.server).toMatchObject({ port: 8080, host: '127.0.0.1', corsOrigin: 'https://example.org' });
    expect(c.store.graphPath).toBe('/tmp/g.grafeo');
    expect(c.logLevel).toBe('debug');
    expect(c.query).toEqual({
      timeoutMs: 1500,
      rowLimit: 10,
      graphLimit: 20,
      checkBudgetMs: 900,
      isolation: { enabled: false, workers: 3, memoryMb: 512, maxQueue: 5, perClient: 1 },
    });
    expect(c.seed).toMatchObject({ onStart: false, maxDocumentBytes: 100 });
  });

  it('selects Neo4j when NEO4J_URI is set, with the ecosystem’s variable names', () => {
    const c = loadConfig({
      NEO4J_URI: 'neo4j+s://abc.databases.neo4j.io',
      NEO4J_USERNAME: 'u',
      NEO4J_PASSWORD: 'p',
      NEO4J_DATABASE: 'graph',
    });
    expect(c.store.neo4j).toEqual({
      uri: 'neo4j+s://abc.databases.neo4j.io',
      username: 'u',
      password: 'p',
      database: 'graph',
    });
    expect(loadConfig({ NEO4J_URI: 'bolt://localhost:7687' }).store.neo4j).toMatchObject({
      username: DEFAULTS.NEO4J_USERNAME,
      database: 'neo4j',
    });
  });

  it.each([
    ['PORT', 'abc', /`PORT`.*integer from 0 to 65535/],
    ['PORT', '70000', /`PORT`.*integer/],
    ['QUERY_TIMEOUT_MS', '-5', /`QUERY_TIMEOUT_MS`/],
    ['QUERY_ROW_LIMIT', '0', /`QUERY_ROW_LIMIT`/],
    ['QUERY_MEMORY_MB', '10', /`QUERY_MEMORY_MB`/],
    ['QUERY_ISOLATION', 'sometimes', /`QUERY_ISOLATION`.*true or false/],
    ['LOG_LEVEL', 'loud', /`LOG_LEVEL`.*one of/],
    ['SEED_ON_START', 'maybe', /`SEED_ON_START`.*true or false/],
    ['NEO4J_URI', 'http://localhost:7474', /`NEO4J_URI`.*schemes/],
    ['NEO4J_URI', 'localhost:7687', /`NEO4J_URI`/],
  ])('stops on invalid %s=%s with a message naming it', (name, value, message) => {
    let err: unknown;
    try {
      loadConfig({ [name]: value });
    } catch (e) {
      err = e;
    }
    expect(err).toBeInstanceOf(ConfigError);
    expect((err as Error).message).toMatch(message);
  });
});
