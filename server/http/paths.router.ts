// GET /api/paths?from=&to=&maxHops=&types=&mode=&limit=: paths between two entities with each hop's evidence.
import { Router } from 'express';
import { findPaths } from '../query-services/find-paths.ts';
import { pathsQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export function createPathsRouter(deps: Pick<RouterDeps, 'store' | 'config'>): Router {
  const router = Router();
  router.get('/paths', async (req, res) => {
    const q = parseRequest(pathsQuery, req.query, 'query');
    res.json(await findPaths(deps.store, { ...q, timeoutMs: deps.config.query.timeoutMs }));
  });
  return router;
}
