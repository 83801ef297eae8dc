// GET /api/statements?speaker=&about=&q=&since=&until=&limit=&cursor=: who said what, newest first, paged;
// /api/statements/graph?speaker=|about=: the same as a graph; /api/statements/:id: one statement and its graph.
import { Router } from 'express';
import { listStatements, statementById, statementsGraph } from '../query-services/statement-search.ts';
import { statementId, statementsGraphQuery, statementsQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export function createStatementsRouter(deps: Pick<RouterDeps, 'store' | 'config'>): Router {
  const router = Router();
  router.get('/statements', async (req, res) => {
    const q = parseRequest(statementsQuery, req.query, 'query');
    res.json(await listStatements(deps.store, { ...q, timeoutMs: deps.config.query.timeoutMs }));
  });
  // before /statements/:id, which would otherwise take "graph" for an id
  router.get('/statements/graph', async (req, res) => {
    const q = parseRequest(statementsGraphQuery, req.query, 'query');
    res.json(
      await statementsGraph(deps.store, {
        ...q,
        limit: Math.min(q.limit, deps.config.query.graphLimit),
        timeoutMs: deps.config.query.timeoutMs,
      }),
    );
  });
  router.get('/statements/:id', async (req, res) => {
    const id = parseRequest(statementId, req.params.id, 'path');
    res.json(await statementById(deps.store, id, deps.config.query.timeoutMs));
  });
  return router;
}
