// When `npm run load` finds the embedded store locked by a running server (the store has one writer at a time), it
// hands the documents to that server (POST /api/documents, one file at a time) instead of failing; when no server
// answers, it says what holds the store and what to do.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from '../server/config.ts';
import { EmbeddedGraphStore } from '../server/store/embedded/embedded-store.ts';
import { listInputFiles } from '../seed/io/walk.ts';
import { idFromPath } from '../seed/io/slug.ts';
import { EXIT_OK, EXIT_SOME_FAILED } from './cli-support.ts';

/** True when the embedded graph file is held by another process (opening it fails on its lock). */
export async function embeddedStoreLocked(config: Config): Promise<boolean> {
  if (config.store.neo4j || !fs.existsSync(config.store.graphPath)) return false;
  try {
    const probe = EmbeddedGraphStore.open({ path: config.store.graphPath });
    await probe.close();
    return false;
  } catch (e) {
    return /lock|another actorgraph process/i.test((e as Error).message);
  }
}

interface UploadResult {
  loaded: number;
  replaced: number;
  skipped: number;
  failed: { file: string; reason: string }[];
  added: { entities: number; statements: number; relationships: number };
}

/** Sends each input file to the server at `base`; prints a summary like the loader's; returns the exit code, or null when no server answers. */
export async function handToServer(
  config: Config,
  inputs: string[],
  base = `http://127.0.0.1:${config.server.port}`,
): Promise<number | null> {
  try {
    const health = await fetch(`${base}/api/health`, { signal: AbortSignal.timeout(2000) });
    if (!health.ok) return null;
  } catch {
    return null;
  }
  const { files, skipped } = listInputFiles(inputs);
  console.log(
    `The store is in use by the running server at ${base}; handing it ${files.length} file(s) (it is the store's single writer).`,
  );
  const total: UploadResult = {
    loaded: 0,
    replaced: 0,
    skipped: 0,
    failed: skipped.map((m) => ({ file: m.file, reason: m.reason })),
    added: { entities: 0, statements: 0, relationships: 0 },
  };
  const seen = new Map<string, string>(); // document id → file, as the loader refuses a second document of one id
  for (const f of files) {
    // the path under its load root, not the base name: the server makes the document id from it as a direct load
    // would, so a/report.md and b/report.md stay two documents (a base name made them one, the second replacing the first)
    const name = path.relative(f.root, f.file).split(path.sep).join('/');
    const ext = path.extname(f.file).toLowerCase();
    if (ext !== '.json' && ext !== '.jsonl') {
      const id = idFromPath(f.file, f.root);
      const earlier = seen.get(id);
      if (earlier !== undefined) {
        total.failed.push({
          file: f.file,
          reason: `duplicate document id ${JSON.stringify(id)} (already read from ${earlier})`,
        });
        continue;
      }
      seen.set(id, f.file);
    }
    try {
      const res = await fetch(`${base}/api/documents?name=${encodeURIComponent(name)}`, {
        method: 'POST',
        headers: { 'content-type': 'application/octet-stream' },
        body: fs.readFileSync(f.file),
      });
      const body = (await res.json()) as UploadResult | { error: { message: string } };
      if (!res.ok || 'error' in body) {
        total.failed.push({ file: f.file, reason: 'error' in body ? body.error.message : `HTTP ${res.status}` });
        continue;
      }
      total.loaded += body.loaded;
      total.replaced += body.replaced;
      total.skipped += body.skipped;
      total.failed.push(...body.failed.map((x) => ({ file: f.file, reason: x.reason })));
      for (const k of ['entities', 'statements', 'relationships'] as const) total.added[k] += body.added[k];
    } catch (e) {
      total.failed.push({ file: f.file, reason: (e as Error).message });
    }
  }
  const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));
  console.log(
    `this run:  ${total.loaded} documents loaded, ${total.replaced} replaced, ${total.skipped} unchanged (skipped), ${total.failed.length} failed (through the server)`,
  );
  console.log(
    `           ${signed(total.added.entities)} entities, ${signed(total.added.statements)} statements, ${signed(total.added.relationships)} relationships`,
  );
  if (total.failed.length) {
    console.log('failed:');
    for (const x of total.failed.slice(0, 50)) console.log(`  ${x.file}: ${x.reason}`);
  }
  return total.failed.length ? EXIT_SOME_FAILED : EXIT_OK;
}

export const LOCKED_HELP = (config: Config) =>
  `The graph file ${config.store.graphPath} is in use by another process, and no actorgraph server answers at http://127.0.0.1:${config.server.port}.\n` +
  'The embedded store has one writer at a time: stop the process that holds it (e.g. npm start) and run npm run load again, ' +
  'or start the server and add documents through the explorer (Add documents, or drop files on the canvas), or run npm run load again while it runs.';
