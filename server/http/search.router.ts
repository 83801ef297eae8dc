// GET /api/search?q=&types=&limit=: entities ranked by how well their name or an alias matches.
import { Router } from 'express';
import { searchQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export function createSearchRouter(deps: Pick<RouterDeps, 'search'>): Router {
  const router = Router();
  router.get('/search', async (req, res) => {
    const q = parseRequest(searchQuery, req.query, 'query');
    res.json(await deps.search.search(q.q, { limit: q.limit, types: q.types }));
  });
  return router;
}
