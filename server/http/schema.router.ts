// GET /api/schema: labels and relationship types with counts, and property keys; cached until the graph changes.
import { Router } from 'express';
import { graphSchema } from '../query-services/graph-schema.ts';
import { VersionedCache } from '../query-services/graph-version.ts';
import type { RouterDeps } from './deps.ts';

export function createSchemaRouter(deps: Pick<RouterDeps, 'store' | 'version' | 'config'>): Router {
  const router = Router();
  const cache = new VersionedCache(deps.version, () => graphSchema(deps.store, deps.config.query.timeoutMs));
  router.get('/schema', async (_req, res) => {
    res.json(await cache.get());
  });
  return router;
}
