// GET /api/overview (the first screen: most connected actors and their typed links) and GET /api/subgraph?ids=
// (the nodes a link names and the relationships among them): the explorer's own views, so it sends no Cypher.
// The first screen is cached until the graph's version moves.
import { Router } from 'express';
import { OverviewCache, subgraph } from '../query-services/overview.ts';
import { overviewQuery, subgraphQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export function createOverviewRouter(deps: Pick<RouterDeps, 'store' | 'version' | 'config'>): Router {
  const router = Router();
  const { timeoutMs, graphLimit } = deps.config.query;
  const screens = new OverviewCache(deps.store, deps.version); // ranked once per graph version, not per request
  router.get('/overview', async (req, res) => {
    const q = parseRequest(overviewQuery, req.query, 'query');
    res.json(await screens.get({ ...q, timeoutMs }));
  });
  router.get('/subgraph', async (req, res) => {
    const q = parseRequest(subgraphQuery, req.query, 'query');
    res.json(await subgraph(deps.store, q.ids, { nodeLimit: graphLimit, timeoutMs }));
  });
  return router;
}
