// GET /api/statements?speaker=&about=&q=&since=&until=&limit=&cursor=: who said what, newest first, paged.
import { Router } from 'express';
import { listStatements } from '../query-services/statements.ts';
import { statementsQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export function createStatementsRouter(deps: Pick<RouterDeps, 'store' | 'config'>): Router {
  const router = Router();
  router.get('/statements', async (req, res) => {
    const q = parseRequest(statementsQuery, req.query, 'query');
    res.json(await listStatements(deps.store, { ...q, timeoutMs: deps.config.query.timeoutMs }));
  });
  return router;
}
