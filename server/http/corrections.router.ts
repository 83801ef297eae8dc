// Corrections: GET /api/corrections (every correction, with who/when/why: the export), POST /api/corrections (make
// one; it is applied at once and by every later load), POST /api/corrections/:id/undo. Writes only through these
// validated routes; user Cypher stays read-only.
import { Router } from 'express';
import { addCorrection, listCorrections, undoCorrection } from '../../core/corrections.ts';
import { correctionBody } from '../../core/wire.ts';
import { z } from 'zod';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

const correctionId = z.string().uuid('a correction id');

export function createCorrectionsRouter(deps: Pick<RouterDeps, 'store' | 'version'>): Router {
  const router = Router();
  router.get('/corrections', async (_req, res) => {
    res.json({ corrections: await listCorrections(deps.store) });
  });
  router.post('/corrections', async (req, res) => {
    const body = parseRequest(correctionBody, req.body, 'body');
    const c = await addCorrection(deps.store, body);
    deps.version.invalidate();
    res.status(201).json(c);
  });
  router.post('/corrections/:id/undo', async (req, res) => {
    const id = parseRequest(correctionId, req.params.id, 'path');
    const c = await undoCorrection(deps.store, id);
    deps.version.invalidate();
    res.json(c);
  });
  return router;
}
