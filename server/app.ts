// createApp({ store, config, … }): the Express application without listen(), which tests drive directly.
import fs from 'node:fs';
import path from 'node:path';
import express, { type Express, type RequestHandler } from 'express';
import helmet from 'helmet';
import compression from 'compression';
import { rateLimit } from 'express-rate-limit';
import { PROJECT_ROOT, type Config } from './config.ts';
import type { GraphStore } from './store/graph-store.ts';
import type { Logger } from './logger.ts';
import { createLogger } from './logger.ts';
import { errorHandler, notFoundHandler } from './http/errors.middleware.ts';
import { createHealthRouter } from './http/health.router.ts';

export interface AppDeps {
  store: GraphStore;
  config: Config;
  logger?: Logger;
  /** The built explorer (index.html and assets); defaults to client/dist. */
  clientDir?: string;
}

export const CLIENT_DIST = path.join(PROJECT_ROOT, 'client', 'dist');

function requestLog(log: Logger): RequestHandler {
  return (req, res, next) => {
    const started = process.hrtime.bigint();
    res.on('finish', () => {
      const ms = Number(process.hrtime.bigint() - started) / 1e6;
      log.debug({ method: req.method, path: req.path, status: res.statusCode, ms: Math.round(ms * 10) / 10 }, 'request');
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

export function createApp(deps: AppDeps): Express {
  const { store, config } = deps;
  const log = deps.logger ?? createLogger(config.logLevel);
  const app = express();
  app.disable('x-powered-by');
  app.set('trust proxy', 'loopback');
  app.use(helmet());
  app.use(compression());
  app.use(requestLog(log));

  const api = express.Router();
  api.use(cors(config.server.corsOrigin));
  if (config.server.rateLimitPerMinute > 0) {
    api.use(
      rateLimit({
        windowMs: 60_000,
        limit: config.server.rateLimitPerMinute,
        standardHeaders: 'draft-8',
        legacyHeaders: false,
        handler: (_req, res) => {
          res.status(429).json({ error: { code: 'rate_limited', message: `More than ${config.server.rateLimitPerMinute} requests a minute; try again shortly` } });
        },
      }),
    );
  }
  api.use(express.json({ limit: config.server.bodyLimitBytes }));
  api.use(createHealthRouter({ store }));
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
  return app;
}
