// The body of `npm run load` and `npm run seed`: load inputs with a progress bar, then print the summary; returns the exit code.
import cliProgress from 'cli-progress';
import { loadCorpus, type Analyzer, type LoadReport } from '../seed/load-corpus.ts';
import { EXIT_OK, EXIT_SOME_FAILED, type StoreSession } from './cli-support.ts';

export interface LoadCommandOptions {
  force?: boolean;
  quiet?: boolean;
  maxDocumentBytes?: number;
  analyze?: Analyzer;
}

/** The end-of-load summary printed by the CLIs. */
export function formatSummary(r: LoadReport): string {
  const signed = (n: number) => (n >= 0 ? `+${n}` : String(n));
  const lines = [
    `this run:  ${r.loaded} documents loaded, ${r.replaced} replaced, ${r.skipped} unchanged (skipped), ${r.failed.length} failed${r.interrupted ? ' — interrupted' : ''}`,
    `           ${signed(r.added.entities)} entities, ${signed(r.added.statements)} statements, ${signed(r.added.relationships)} relationships${r.corrections ? `; ${r.corrections} correction(s) re-applied` : ''}`,
    `store now: entities ${
      Object.entries(r.entitiesByType)
        .filter(([, n]) => n > 0)
        .map(([t, n]) => `${t} ${n}`)
        .join(', ') || 'none'
    }`,
    `           statements: ${r.statements}`,
    `           relationships: ${r.relationships}`,
    `warnings: ${r.warnings.length}`,
    `seconds: ${r.seconds.toFixed(2)}`,
  ];
  if (r.failed.length) {
    lines.push('failed:');
    for (const f of r.failed.slice(0, 50))
      lines.push(
        `  ${f.file}${f.line === undefined ? '' : `:${f.line}`}${f.docId ? ` (${f.docId})` : ''}: ${f.reason}`,
      );
    if (r.failed.length > 50) lines.push(`  … and ${r.failed.length - 50} more`);
  }
  return lines.join('\n');
}

export async function runLoad(
  { config, store, signal }: StoreSession,
  inputs: string[],
  options: LoadCommandOptions,
): Promise<number> {
  const bar = new cliProgress.SingleBar(
    {
      format: 'loading [{bar}] {value}/{total} files | {docs} docs | {rate} docs/s | ETA {eta_formatted}',
      hideCursor: true,
      clearOnComplete: true,
      stream: process.stderr,
    },
    cliProgress.Presets.shades_classic,
  );
  const started = performance.now();
  let barStarted = false;
  const report = await loadCorpus(store, inputs, {
    maxDocumentBytes: options.maxDocumentBytes ?? config.seed.maxDocumentBytes,
    force: options.force,
    analyze: options.analyze,
    signal,
    log: (level, message) =>
      level === 'warn' && !options.quiet && !process.stderr.isTTY ? console.error(message) : undefined,
    onProgress: (p) => {
      if (options.quiet) {
        // One parseable line per file for pipes and tests (the bar only draws on a terminal).
        if (!process.stderr.isTTY) process.stdout.write(`progress ${p.filesDone}/${p.filesTotal} ${p.documents}\n`);
        return;
      }
      const rate = (p.documents / Math.max(0.001, (performance.now() - started) / 1000)).toFixed(1);
      if (!barStarted) {
        bar.start(p.filesTotal, 0, { docs: 0, rate: '0' });
        barStarted = true;
      }
      bar.update(p.filesDone, { docs: p.documents, rate });
    },
  });
  if (barStarted) bar.stop();
  console.log(formatSummary(report));
  return report.failed.length ? EXIT_SOME_FAILED : EXIT_OK;
}
