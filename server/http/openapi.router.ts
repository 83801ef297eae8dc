// GET /api/openapi.json (the OpenAPI document) and GET /api/docs (the same, as a readable page).
import { Router } from 'express';
import { openApiDocument } from '../query-services/openapi.ts';
import { renderDocsPage } from './docs-page.ts';

export function createOpenApiRouter(): Router {
  const router = Router();
  const doc = openApiDocument();
  const page = renderDocsPage(doc);
  router.get('/openapi.json', (_req, res) => {
    res.json(doc);
  });
  router.get('/docs', (_req, res) => {
    res.type('html').send(page);
  });
  return router;
}
