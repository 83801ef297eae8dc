// createApp({ store, catalog, config, … }): the Express application without listen(), which tests drive directly;
// app.close() ends what it runs besides requests (the guard's worker, the user-query processes).
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import type { Config } from './config.ts';
import { CLIENT_DIST } from '../core/project-paths.ts';
import type { GraphStore } from '../core/graph-store.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';
import { errorHandler, notFoundHandler } from './http/errors.middleware.ts';
import { refuseDeepJson } from './http/json-depth.ts';
import { rateLimit } from './http/rate-limit.ts';
import { createHealthRouter } from './http/health.router.ts';
import { createSchemaRouter } from './http/schema.router.ts';
import { createSearchRouter } from './http/search.router.ts';
import { createEntitiesRouter } from './http/entities.router.ts';
import { createPathsRouter } from './http/paths.router.ts';
import { createStatementsRouter } from './http/statements.router.ts';
import { createOverviewRouter } from './http/overview.router.ts';
import { createCorrectionsRouter } from './http/corrections.router.ts';
import { createDocumentsRouter } from './http/documents.router.ts';
import { createQueriesRouter } from './http/queries.router.ts';
import { createCypherRouter } from './http/cypher.router.ts';
import { createExportRouter } from './http/export.router.ts';
import { createOpenApiRouter } from './http/openapi.router.ts';
import type { RouterDeps } from './http/deps.ts';
import { loadCatalog, type Catalog } from './queries/catalog.ts';
import { GraphVersion } from './query-services/graph-version.ts';
import { EntitySearch } from './query-services/entity-search.ts';
import { UserQueries } from './queries/user-queries.ts';
import { GuardPool } from './queries/guard-pool.ts';
import { InProcessExecutor, IsolatedExecutor, type QueryExecutor } from './queries/isolated-runner.ts';
import { EmbeddedGraphStore } from './store/embedded/embedded-store.ts';
import { createUploadRouter } from './http/upload.router.ts';
import type { CorpusLoader } from './startup.ts';

export interface AppDeps {
  store: GraphStore;
  config: Config;
  /** The built-in saved queries; loaded from cypher/queries when omitted. */
  catalog?: Catalog;
  logger?: Logger;
  /** The read-only guard of user Cypher; one is made from the config when omitted. */
  guard?: GuardPool;
  /** Where user queries run; made from the store and the config when omitted. */
  executor?: QueryExecutor;
  /** Start the guard's worker and a query process now rather than on the first user query (a server: yes; a test app: no). */
  warmUp?: boolean;
  /** The built explorer (index.html and assets); defaults to client/dist. */
  clientDir?: string;
  /** The loader, for documents uploaded while the server runs (POST /api/documents); without it that route answers 503. */
  loader?: CorpusLoader;
}

/** Queries waiting to be checked before new ones are answered 503: a few seconds of the guard's work. */
const GUARD_QUEUE = 32;

/** User queries on the embedded store run isolated (QUERY_ISOLATION, default on); Neo4j kills its own runaways. */
export function userQueryExecutor(store: GraphStore, config: Config): QueryExecutor {
  if (store instanceof EmbeddedGraphStore && config.query.isolation.enabled)
    return new IsolatedExecutor(store, config.query.isolation);
  return new InProcessExecutor(store);
}

function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    // Taken now: routers mounted under /api rewrite req.url (and so req.path) while the request travels.
    const urlPath = req.originalUrl.split('?')[0];
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.debug({ method: req.method, path: urlPath, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
    });
    next();
  };
}

/** Same-origin by default; CORS_ORIGIN allows one origin (or * for any). */
function cors(origin: string | null): RequestHandler {
  return (req, res, next) => {
    if (origin) {
      res.setHeader('Access-Control-Allow-Origin', origin);
      res.setHeader('Vary', 'Origin');
      res.setHeader('Access-Control-Allow-Methods', 'GET,POST,PUT,DELETE,OPTIONS');
      res.setHeader('Access-Control-Allow-Headers', 'Content-Type');
      if (req.method === 'OPTIONS') {
        res.status(204).end();
        return;
      }
    }
    next();
  };
}

/**
 * The app, with `close()`: it ends the guard's worker thread and the user-query processes (with their snapshot
 * files), whether createApp made them or they were passed in, and refuses user queries from then on. A script that
 * builds the app calls it to exit by itself. The HTTP server (from listen) and the store stay the caller's: close the
 * server first, then the app, then the store. Calling it twice is fine.
 */
export interface ActorgraphApp extends Express {
  close(): Promise<void>;
}

export function createApp(deps: AppDeps): ActorgraphApp {
  const { store, config } = deps;
  const log = deps.logger ?? createLogger(config.logLevel);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet());
  app.use(compression());
  // Mounted only when debug logging is on: otherwise its timer and listener would sit on every request for nothing.
  if (log.isLevelEnabled('debug')) app.use(requestLog(log));

  const api = express.Router();
  api.use(cors(config.server.corsOrigin));
  // Health is never limited (monitors and load balancers poll it); ad-hoc Cypher has its own, stricter bucket.
  const reads = rateLimit({
    name: 'API',
    perMinute: config.server.rateLimitPerMinute,
    burst: config.server.rateLimitBurst,
  });
  const adHoc = rateLimit({
    name: 'ad-hoc Cypher',
    perMinute: config.server.cypherRateLimitPerMinute,
    burst: config.server.cypherRateLimitBurst,
  });
  api.use((req, res, next) => {
    if (req.path === '/health') next();
    else if (req.path === '/cypher') adHoc(req, res, next);
    else reads(req, res, next);
  });
  const json = express.json({ limit: config.server.bodyLimitBytes, verify: refuseDeepJson });
  // Only requests that may carry a body go through the JSON parser.
  api.use((req, res, next) => (req.method === 'GET' || req.method === 'HEAD' ? next() : json(req, res, next)));
  const catalog = deps.catalog ?? loadCatalog();
  const version = new GraphVersion(store);
  const guard = deps.guard ?? new GuardPool({ budgetMs: config.query.checkBudgetMs, maxQueue: GUARD_QUEUE });
  // The built-in queries passed the guard when the catalog was loaded: their runs need no second parse.
  for (const q of catalog.queries) guard.trust(q.cypher);
  const executor = deps.executor ?? userQueryExecutor(store, config);
  if (deps.warmUp) {
    guard.warm();
    executor
      .warm()
      .catch((e: unknown) =>
        log.warn({ err: e }, 'the user-query process did not start; it will be tried again on the first query'),
      );
  }
  const routerDeps: RouterDeps = {
    store,
    config,
    catalog,
    version,
    guard,
    executor,
    search: new EntitySearch(store, version),
    userQueries: new UserQueries(store, catalog, guard),
  };
  api.use(createHealthRouter({ store }));
  api.use(createSchemaRouter(routerDeps));
  api.use(createSearchRouter(routerDeps));
  api.use(createEntitiesRouter(routerDeps));
  api.use(createPathsRouter(routerDeps));
  api.use(createStatementsRouter(routerDeps));
  api.use(createOverviewRouter(routerDeps));
  api.use(createCorrectionsRouter(routerDeps));
  api.use(createUploadRouter({ ...routerDeps, loader: deps.loader }));
  api.use(createDocumentsRouter(routerDeps));
  api.use(createQueriesRouter(routerDeps));
  api.use(createCypherRouter(routerDeps));
  api.use(createExportRouter(routerDeps));
  api.use(createOpenApiRouter());
  api.use(notFoundHandler);
  app.use('/api', api);

  const clientDir = deps.clientDir ?? CLIENT_DIST;
  if (fs.existsSync(path.join(clientDir, 'index.html'))) {
    app.use(express.static(clientDir, { index: 'index.html', maxAge: '1h' }));
    // The explorer encodes its view in the URL: any other GET serves the app.
    app.get(/^\/(?!api\/).*/, (_req, res) => res.sendFile(path.join(clientDir, 'index.html')));
  }
  app.use(notFoundHandler);
  app.use(errorHandler(log));
  let closing: Promise<void> | null = null;
  // User queries first (a running one may hold a process for its whole timeout), then the guard's worker.
  const close = () => (closing ??= executor.close().finally(() => guard.close()));
  return Object.assign(app, { close });
}
