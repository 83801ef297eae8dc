// POST /api/cypher {query, params}: ad-hoc read-only Cypher, with the same result shape as a saved query's run.
import { Router } from 'express';
import { runReadOnly } from '../queries/run-query.ts';
import { cypherBody } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export function createCypherRouter(deps: Pick<RouterDeps, 'executor' | 'config' | 'guard'>): Router {
  const router = Router();
  router.post('/cypher', async (req, res) => {
    const body = parseRequest(cypherBody, req.body, 'body');
    res.json(await runReadOnly(deps.executor, deps.guard, body.query, body.params, deps.config.query, req.ip));
  });
  return router;
}
