// GET /api/entities/:id (the entity in full) and /api/entities/:id/neighbors (its neighbourhood, with counts before truncation).
import { Router } from 'express';
import { entityDetails } from '../query-services/entity-details.ts';
import { neighborhood } from '../query-services/neighborhood.ts';
import { entityId, neighborsQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

const EXPLORE_FACTOR = 10; // relationships read per level, as a multiple of the graph limit

export function createEntitiesRouter(deps: Pick<RouterDeps, 'store' | 'config'>): Router {
  const router = Router();
  const { timeoutMs, graphLimit } = deps.config.query;
  router.get('/entities/:id', async (req, res) => {
    const id = parseRequest(entityId, req.params.id, 'path');
    res.json(await entityDetails(deps.store, id, timeoutMs));
  });
  router.get('/entities/:id/neighbors', async (req, res) => {
    const id = parseRequest(entityId, req.params.id, 'path');
    const q = parseRequest(neighborsQuery, req.query, 'query');
    res.json(
      await neighborhood(deps.store, id, {
        ...q,
        limit: Math.min(q.limit, graphLimit),
        timeoutMs,
        exploreLimit: graphLimit * EXPLORE_FACTOR,
      }),
    );
  });
  return router;
}
