// /api/queries: the saved-query catalog (built-in files, read-only here) and user queries (SavedQuery nodes), listed, run, saved, changed, deleted.
import { Router } from 'express';
import { NotFoundError } from '../../core/errors.ts';
import { coerceParams } from '../queries/catalog.ts';
import type { SavedQuery } from '../../core/saved-query.ts';
import { runReadOnly } from '../queries/run-query.ts';
import type { UserQuery } from '../queries/user-queries.ts';
import { runQueryBody, saveQueryBody, type SavedQueryView } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

function view(q: SavedQuery | UserQuery, user: boolean): SavedQueryView {
  const out: SavedQueryView = {
    id: q.id,
    name: q.name,
    description: q.description,
    cypher: q.cypher,
    params: q.params.map((p) => ({
      name: p.name,
      type: p.type,
      ...(p.label ? { label: p.label } : {}),
      ...(p.default !== undefined ? { default: p.default } : {}),
      description: p.description,
    })),
    view: q.view,
    tags: q.tags,
    user,
  };
  if ('createdAt' in q) Object.assign(out, { createdAt: q.createdAt, updatedAt: q.updatedAt });
  return out;
}

export function createQueriesRouter(
  deps: Pick<RouterDeps, 'executor' | 'config' | 'catalog' | 'userQueries' | 'version' | 'guard'>,
): Router {
  const router = Router();
  const { catalog, userQueries } = deps;

  async function find(id: string): Promise<{ query: SavedQuery | UserQuery; user: boolean }> {
    const builtin = catalog.get(id);
    if (builtin) return { query: builtin, user: false };
    const user = await userQueries.get(id);
    if (user) return { query: user, user: true };
    throw new NotFoundError(`Queries: no saved query "${id}".`, { details: { id } });
  }

  router.get('/queries', async (_req, res) => {
    const users = await userQueries.list();
    res.json({ queries: [...catalog.queries.map((q) => view(q, false)), ...users.map((q) => view(q, true))] });
  });

  router.get('/queries/:id', async (req, res) => {
    const { query, user } = await find(req.params.id);
    res.json(view(query, user));
  });

  router.post('/queries/:id/run', async (req, res) => {
    const { query } = await find(req.params.id);
    const body = parseRequest(runQueryBody, req.body, 'body');
    const params = coerceParams(query, body.params);
    res.json(await runReadOnly(deps.executor, deps.guard, query.cypher, params, deps.config.query, req.ip));
  });

  router.post('/queries', async (req, res) => {
    const body = parseRequest(saveQueryBody, req.body, 'body');
    const saved = await userQueries.create(body);
    deps.version.invalidate();
    res
      .status(201)
      .location(`/api/queries/${encodeURIComponent(saved.id)}`)
      .json(view(saved, true));
  });

  router.put('/queries/:id', async (req, res) => {
    userQueries.assertEditable(req.params.id);
    const body = parseRequest(saveQueryBody, req.body, 'body');
    res.json(view(await userQueries.update(req.params.id, body), true));
  });

  router.delete('/queries/:id', async (req, res) => {
    await userQueries.delete(req.params.id);
    deps.version.invalidate();
    res.status(204).end();
  });
  return router;
}
