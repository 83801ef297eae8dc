// The loader's library entry: files and directories → documents → analysis → one atomic write per document, with a report.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { ActorgraphError, StoreUnavailableError } from '../core/errors.ts';
import type { GraphStore } from '../core/graph-store.ts';
import { readSchemaDir } from '../core/schema-statements.ts';
import { SCHEMA_DIR } from '../core/project-paths.ts';
import { ENTITY_LABELS, RELATION_TYPES } from '../core/graph-model.ts';
import type { Analysis, SourceDocument } from './analysis.ts';
import { applyCorrections, listCorrections } from '../core/corrections.ts';
import { correctAnalysis } from './corrections/correct-analysis.ts';
import { readInputFile } from './io/read-documents.ts';
import { listInputFiles } from './io/walk.ts';
import { EntityAliasIndex } from './write/alias-index.ts';
import { writeDocument } from './write/write-document.ts';

export type Analyzer = (doc: SourceDocument) => Analysis;

export interface LoadProgress {
  filesDone: number;
  filesTotal: number;
  /** Documents read so far (loaded, replaced, skipped or failed). */
  documents: number;
  loaded: number;
  skipped: number;
  failed: number;
  file: string;
}

export interface LoadFailure {
  file: string;
  /** JSON Lines line or JSON array position of the record. */
  line?: number;
  docId?: string;
  reason: string;
}

export interface LoadReport {
  /** Documents written for the first time. */
  loaded: number;
  /** Documents whose content changed since the last load: their old facts were replaced. */
  replaced: number;
  /** Documents already in the store with the same content hash. */
  skipped: number;
  failed: LoadFailure[];
  /** What the store holds after the load. */
  entitiesByType: Record<string, number>;
  statements: number;
  /** Typed relationships between entities (RELATION_TYPES). */
  relationships: number;
  warnings: string[];
  seconds: number;
  /** True when the signal stopped the load before every file was read. */
  interrupted: boolean;
  /** What this run changed, as the difference of the store's totals before and after it (negative when replaced documents held more). */
  added: { entities: number; statements: number; relationships: number };
  /** Users' corrections (seed/corrections) applied after the load, so fixes survive re-extraction. */
  corrections: number;
}

export interface LoadOptions {
  maxDocumentBytes: number;
  onProgress?: (p: LoadProgress) => void;
  log?: (level: 'info' | 'warn', message: string) => void;
  /** Re-analyze and rewrite documents even when their content is unchanged. */
  force?: boolean;
  /** The analysis; seed/pipeline.ts's analyzeDocument by default. */
  analyze?: Analyzer;
  /** Stops the load between two documents (each document is written whole or not at all). */
  signal?: AbortSignal;
  /** Schema directory applied before loading; cypher/schema by default. */
  schemaDir?: string;
  /** False when the caller applied the schema already (start-up does, once); true by default. */
  applySchema?: boolean;
}

/**
 * The analysis a module exports as `analyzeDocument` (seed/pipeline.ts by default), loaded when first needed so the
 * readers and the writer work, and are tested, on their own.
 */
export async function loadAnalyzer(
  modulePath: string = new URL('./pipeline.ts', import.meta.url).href,
): Promise<Analyzer> {
  const spec = /^[a-z]+:/.test(modulePath) ? modulePath : pathToFileURL(path.resolve(modulePath)).href;
  let mod: { analyzeDocument?: (doc: SourceDocument, context?: unknown) => Analysis; loadGazetteer?: () => unknown };
  try {
    mod = await import(spec);
  } catch (e) {
    throw new ActorgraphError(
      `loadCorpus: cannot load the analysis from ${modulePath}: ${(e as Error).message.split('\n')[0]}`,
      { cause: e },
    );
  }
  const analyzeDocument = mod.analyzeDocument;
  if (typeof analyzeDocument !== 'function')
    throw new ActorgraphError(`loadCorpus: ${modulePath} does not export analyzeDocument(doc, context?)`);
  if (!mod.loadGazetteer) return (doc) => analyzeDocument(doc);
  // Loaded once per load, not per document; accepted either as the context itself or as its gazetteer.
  const loaded = await mod.loadGazetteer();
  const context = loaded && typeof loaded === 'object' && 'gazetteer' in loaded ? loaded : { gazetteer: loaded };
  return (doc) => analyzeDocument(doc, context);
}

/**
 * Counts of what the store holds: entities by type, statements, typed relationships. One label or relationship type at
 * a time (Neo4j's count store answers each at once), never a scan of every entity or relationship.
 */
export async function graphTotals(
  store: GraphStore,
): Promise<Pick<LoadReport, 'entitiesByType' | 'statements' | 'relationships'>> {
  const count = async (q: string) => Number((await store.run(q)).rows[0]?.n ?? 0);
  const entitiesByType: Record<string, number> = {};
  for (const label of ENTITY_LABELS) entitiesByType[label] = await count(`MATCH (e:${label}) RETURN count(e) AS n`);
  const statements = await count('MATCH (s:Statement) RETURN count(s) AS n');
  let relationships = 0; // the typed relationships join entities only (seed/write writes them so)
  for (const type of RELATION_TYPES) relationships += await count(`MATCH ()-[r:${type}]->() RETURN count(r) AS n`);
  return { entitiesByType, statements, relationships };
}

/**
 * Loads files and directories into the store. Bad files and records are reported in `failed` and the rest still
 * load; a document whose analysis or write fails leaves nothing of itself. Only a store that becomes unavailable
 * stops the load (the error is thrown).
 */
export async function loadCorpus(store: GraphStore, inputs: string[], options: LoadOptions): Promise<LoadReport> {
  const started = performance.now();
  const log = options.log ?? (() => {});
  const report: LoadReport = {
    loaded: 0,
    replaced: 0,
    skipped: 0,
    failed: [],
    entitiesByType: {},
    statements: 0,
    relationships: 0,
    warnings: [],
    seconds: 0,
    interrupted: false,
    added: { entities: 0, statements: 0, relationships: 0 },
    corrections: 0,
  };
  if (options.applySchema !== false) {
    const schema = await store.applySchema(readSchemaDir(options.schemaDir ?? SCHEMA_DIR));
    for (const s of schema.skipped) report.warnings.push(`schema statement skipped: ${s.reason}: ${s.statement}`);
  }
  const before = await graphTotals(store);
  // users' corrections: applied to each analysis before it is written, then across the store after the load
  const corrections = await listCorrections(store);
  const analyze = options.analyze ?? (await loadAnalyzer());
  const { files, skipped } = listInputFiles(inputs);
  for (const m of skipped) report.failed.push(m.toFailure());
  const seen = new Map<string, string>(); // document id → file it came from in this load
  const aliasIndex = new EntityAliasIndex(); // read again whenever another writer committed in between
  let documents = 0;
  let filesDone = 0;
  for (const input of files) {
    if (options.signal?.aborted) {
      report.interrupted = true;
      break;
    }
    const read = readInputFile(input, options.maxDocumentBytes);
    report.failed.push(...read.failures);
    report.warnings.push(...read.warnings);
    documents += read.failures.length;
    for (const doc of read.documents) {
      if (options.signal?.aborted) {
        report.interrupted = true;
        break;
      }
      documents++;
      const fail = (reason: string) => {
        report.failed.push({ file: doc.file ?? input.file, docId: doc.id, reason });
        log('warn', `${doc.file ?? input.file} (${doc.id}): ${reason}`);
      };
      const earlier = seen.get(doc.id);
      if (earlier !== undefined) {
        fail(`duplicate document id ${JSON.stringify(doc.id)} (already read from ${earlier})`);
        continue;
      }
      seen.set(doc.id, doc.file ?? input.file);
      let analysis: Analysis;
      try {
        analysis = correctAnalysis(analyze(doc), corrections);
      } catch (e) {
        fail(`analysis failed: ${(e as Error).message}`);
        continue;
      }
      try {
        const result = await writeDocument(store, analysis, { force: options.force, aliasIndex });
        report.warnings.push(...result.warnings);
        if (result.status === 'loaded') report.loaded++;
        else if (result.status === 'replaced') report.replaced++;
        else report.skipped++;
      } catch (e) {
        if (e instanceof StoreUnavailableError) throw e;
        fail(`write failed (nothing of it was written): ${(e as Error).message.split('\n')[0]}`);
      }
    }
    filesDone++;
    options.onProgress?.({
      filesDone,
      filesTotal: files.length,
      documents,
      loaded: report.loaded + report.replaced,
      skipped: report.skipped,
      failed: report.failed.length,
      file: input.file,
    });
  }
  // every later load re-applies the users' corrections, so a fix survives re-extraction of its documents
  if (report.loaded + report.replaced > 0) report.corrections = await applyCorrections(store);
  Object.assign(report, await graphTotals(store));
  const sum = (t: Record<string, number>) => Object.values(t).reduce((a, b) => a + b, 0);
  report.added = {
    entities: sum(report.entitiesByType) - sum(before.entitiesByType),
    statements: report.statements - before.statements,
    relationships: report.relationships - before.relationships,
  };
  report.seconds = (performance.now() - started) / 1000;
  log(
    'info',
    `loaded ${report.loaded}, replaced ${report.replaced}, skipped ${report.skipped} unchanged, ${report.failed.length} failed in ${report.seconds.toFixed(1)} s`,
  );
  return report;
}
