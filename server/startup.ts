// Start-up steps of `npm start`, each testable alone: build the explorer when missing, apply the schema, seed an empty graph.
import fs from 'node:fs';
import path from 'node:path';
import type { Config } from './config.ts';
import { CLIENT_ROOT, SCHEMA_DIR } from '../core/project-paths.ts';
import type { GraphStore, SchemaReport } from '../core/graph-store.ts';
import { readSchemaDir } from '../core/schema-statements.ts';
import type { Logger } from './logger.ts';

/** Newest modification time of the files under dir (0 when it does not exist). */
function newestMtime(dir: string): number {
  if (!fs.existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) newest = Math.max(newest, fs.statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
  }
  return newest;
}

/** Why the explorer needs a build: client/dist missing, or sources newer than it; null when the build is current. */
export function clientBuildReason(clientRoot: string): string | null {
  const built = path.join(clientRoot, 'dist', 'index.html');
  if (!fs.existsSync(built)) return 'client/dist is missing';
  const sources = Math.max(
    newestMtime(path.join(clientRoot, 'src')),
    fs.statSync(path.join(clientRoot, 'index.html')).mtimeMs,
  );
  return sources > fs.statSync(built).mtimeMs ? 'client sources changed since the last build' : null;
}

/** Builds client/ with Vite when it is missing or older than its sources; returns whether it built. */
export async function ensureClientBuilt(log: Logger, clientRoot = CLIENT_ROOT): Promise<boolean> {
  const reason = clientBuildReason(clientRoot);
  if (!reason) return false;
  log.info(`building the explorer (${reason})…`);
  const { build } = await import('vite');
  await build({ configFile: path.join(clientRoot, 'vite.config.ts'), logLevel: 'warn' });
  return true;
}

export async function applySchema(store: GraphStore, log: Logger, dir = SCHEMA_DIR): Promise<SchemaReport> {
  const report = await store.applySchema(readSchemaDir(dir));
  for (const s of report.skipped) log.warn({ statement: s.statement }, `schema statement skipped: ${s.reason}`);
  log.info(
    `schema: ${report.applied.length} applied, ${report.mapped.length} mapped, ${report.skipped.length} skipped`,
  );
  return report;
}

/**
 * The loader as start-up uses it (seed/load-corpus.ts's loadCorpus fits). The server does not import the loader: the
 * composition root (server/main.ts) passes it in.
 */
export type CorpusLoader = (
  store: GraphStore,
  inputs: string[],
  options: { maxDocumentBytes: number; applySchema: false; log: (level: 'info' | 'warn', message: string) => void },
) => Promise<{
  loaded: number;
  replaced?: number;
  skipped?: number;
  added?: { entities: number; statements: number; relationships: number };
  failed: { file: string; reason: string }[];
  entitiesByType: Record<string, number>;
  statements: number;
  relationships: number;
  seconds: number;
}>;

/** Loads the seed corpus when the graph holds no documents; returns a one-line summary, or null when nothing was loaded. */
export async function seedIfEmpty(
  store: GraphStore,
  config: Config,
  log: Logger,
  loadCorpus: CorpusLoader,
): Promise<string | null> {
  if (!config.seed.onStart) return null;
  const r = await store.run('MATCH (d:Document) RETURN count(d) AS documents');
  if ((r.rows[0]?.documents as number) > 0) return null;
  const report = await loadCorpus(store, [config.seed.dir], {
    maxDocumentBytes: config.seed.maxDocumentBytes,
    applySchema: false, // applied once, by applySchema, before this
    log: (level, message) => log[level](message),
  });
  for (const f of report.failed) log.warn(`seed: ${f.file}: ${f.reason}`);
  const entities = Object.values(report.entitiesByType).reduce((a, b) => a + b, 0);
  return `${report.loaded} documents, ${entities} entities, ${report.statements} statements, ${report.relationships} relationships${report.failed.length ? `, ${report.failed.length} failed` : ''} in ${report.seconds.toFixed(1)} s`;
}
