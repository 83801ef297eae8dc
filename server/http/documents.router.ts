// GET /api/documents/:id: the document's text with its mention, statement and evidence spans.
import { Router } from 'express';
import { z } from 'zod';
import { documentView } from '../query-services/document-view.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

const documentId = z.string().min(1).max(300);

export function createDocumentsRouter(deps: Pick<RouterDeps, 'store' | 'config'>): Router {
  const router = Router();
  router.get('/documents/:id', async (req, res) => {
    const id = parseRequest(documentId, req.params.id, 'path');
    res.json(await documentView(deps.store, id, deps.config.query.timeoutMs));
  });
  return router;
}
