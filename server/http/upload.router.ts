// POST /api/documents?name=<file or relative path>: add one document (.txt, .md, .html, .json, .jsonl) to the graph while the server
// runs. The body is the file as sent; the loader the composition root passed in (server/main.ts) reads and writes it
// with the same limits and per-record errors as `npm run load`. Uploads run one at a time: the server is the store's
// single writer.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import express, { Router } from 'express';
import { InvalidArgumentError, StoreUnavailableError } from '../../core/errors.ts';
import { type UploadResponse, uploadQuery } from '../../core/wire.ts';
import type { CorpusLoader } from '../startup.ts';
import type { RouterDeps } from './deps.ts';
import { parseRequest } from './validate.ts';

export const UPLOAD_EXTENSIONS = ['.txt', '.md', '.markdown', '.html', '.htm', '.json', '.jsonl'];

export function createUploadRouter(
  deps: Pick<RouterDeps, 'store' | 'config' | 'version'> & { loader?: CorpusLoader },
): Router {
  const router = Router();
  let queue: Promise<unknown> = Promise.resolve(); // one load at a time
  const raw = express.raw({ type: () => true, limit: deps.config.seed.maxDocumentBytes });
  router.post('/documents', raw, async (req, res) => {
    const { name } = parseRequest(uploadQuery, req.query, 'query');
    const ext = path.extname(name).toLowerCase();
    if (!UPLOAD_EXTENSIONS.includes(ext)) {
      throw new InvalidArgumentError(
        `“${name}” is not a document type the loader reads; send ${UPLOAD_EXTENSIONS.join(', ')}.`,
        { details: { field: 'name' } },
      );
    }
    if (req.body !== undefined && !Buffer.isBuffer(req.body)) {
      throw new InvalidArgumentError(
        'Send the file as it is, with content-type application/octet-stream (a JSON body is read as a request, not a document).',
        { details: { field: 'body' } },
      );
    }
    const body = Buffer.isBuffer(req.body) ? req.body : Buffer.alloc(0);
    if (!body.length)
      throw new InvalidArgumentError(`“${name}” is empty; send the file’s content as the request body.`, {
        details: { field: 'body' },
      });
    const loader = deps.loader;
    if (!loader)
      throw new StoreUnavailableError(
        'This server was started without the loader, so it cannot add documents; use npm run load with the server stopped.',
      );
    const run = queue.then(async () => {
      const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-upload-'));
      try {
        // a relative path keeps its folders under the load root, so the document id is the one npm run load gives
        // the same file (two report.md in different folders stay two documents); uploadQuery refused ".." and "/x"
        const file = path.join(dir, ...name.split('/'));
        if (!file.startsWith(dir + path.sep)) throw new InvalidArgumentError(`“${name}” is not a relative path.`);
        fs.mkdirSync(path.dirname(file), { recursive: true });
        fs.writeFileSync(file, body);
        const r = await loader(deps.store, [dir], {
          maxDocumentBytes: deps.config.seed.maxDocumentBytes,
          applySchema: false,
          log: () => {},
        });
        const result: UploadResponse = {
          file: name,
          loaded: r.loaded,
          replaced: r.replaced ?? 0,
          skipped: r.skipped ?? 0,
          failed: r.failed.map((f) => ({ file: name, reason: f.reason })),
          added: r.added ?? { entities: 0, statements: 0, relationships: 0 },
        };
        return result;
      } finally {
        fs.rmSync(dir, { recursive: true, force: true });
      }
    });
    queue = run.catch(() => undefined);
    const result = await run;
    deps.version.invalidate();
    res.json(result);
  });
  return router;
}
