// GET /api/export?format=json|graphml|csv&scope=all|entity:<id>: the graph (or one entity with its neighbours) as a download.
import { Router } from 'express';
import { NotFoundError } from '../../core/errors.ts';
import { exportGraph } from '../export/export-graph.ts';
import { exportQuery } from '../../core/wire.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';
import { tar } from './tar.ts';

export function createExportRouter(deps: Pick<RouterDeps, 'store' | 'config'>): Router {
  const router = Router();
  router.get('/export', async (req, res) => {
    const q = parseRequest(exportQuery, req.query, 'query');
    let nodeIds: string[] | undefined;
    let stem = 'actorgraph';
    if (q.scope.startsWith('entity:')) {
      const id = q.scope.slice('entity:'.length);
      // An entity's scope: the entity and the nodes one hop away, with the relationships among them.
      const r = await deps.store.run(
        'MATCH (e:Entity {id: $id}) OPTIONAL MATCH (e)--(n) RETURN e.id AS id, collect(DISTINCT n.id) AS neighbours',
        { id },
        { timeoutMs: deps.config.query.timeoutMs },
      );
      if (!r.rows[0]) throw new NotFoundError(`Export: no entity "${id}".`, { details: { id } });
      nodeIds = [id, ...(r.rows[0].neighbours as (string | null)[]).filter((x): x is string => typeof x === 'string')];
      stem = `actorgraph-${id.replace(/[^a-z0-9-]+/gi, '-')}`;
    }
    const result = await exportGraph(deps.store, q.format, nodeIds ? { nodeIds } : {});
    res.setHeader('X-Export-Nodes', String(result.nodes));
    res.setHeader('X-Export-Relationships', String(result.relationships));
    if (result.files.length === 1) {
      const [file] = result.files;
      const ext = file.name.split('.').pop();
      res.type(file.mediaType).attachment(`${stem}.${ext}`).send(file.content);
      return;
    }
    res.type('application/x-tar').attachment(`${stem}-${q.format}.tar`).send(tar(result.files));
  });
  return router;
}
