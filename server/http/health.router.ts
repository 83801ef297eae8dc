// GET /api/health: whether the store answers, which kind it is, and how big the graph is.
import { Router } from 'express';
import type { GraphStore } from '../../core/graph-store.ts';

export function createHealthRouter(deps: { store: GraphStore }): Router {
  const router = Router();
  router.get('/health', async (_req, res) => {
    const h = await deps.store.health();
    res.status(h.ok ? 200 : 503).json({
      status: h.ok ? 'ok' : 'unavailable',
      store: { kind: h.kind, ok: h.ok, ...(h.error ? { error: h.error } : {}) },
      counts: h.counts,
    });
  });
  return router;
}
