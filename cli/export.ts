// `npm run export -- --format json|graphml|csv [--out PATH]`: the whole graph; CSV is a directory of neo4j-admin import files.
import fs from 'node:fs';
import path from 'node:path';
import { Command, Option } from 'commander';
import { EXPORT_FORMATS, exportGraph, type ExportFormat } from '../server/export/export-graph.ts';
import type { Env } from '../server/config.ts';
import { EXIT_OK, parseArgs, runAsEntry, withStore } from './cli-support.ts';

export async function exportCommand(argv: string[], env?: Env): Promise<number> {
  const program = new Command('export')
    .description(
      'Export the whole graph. json and graphml: one file (stdout when --out is omitted); csv: a directory of\nneo4j-admin import files (nodes_*.csv, relationships_*.csv) and a README.txt with the import command.',
    )
    .addOption(new Option('--format <format>', 'output format').choices([...EXPORT_FORMATS]).makeOptionMandatory())
    .option('--out <path>', 'file to write (json, graphml) or directory (csv; default ./export-csv)')
    .showHelpAfterError();

  const stop = parseArgs(program, argv);
  if (stop !== null) return stop;
  const opts = program.opts<{ format: ExportFormat; out?: string }>();

  return withStore(async ({ store }) => {
    const result = await exportGraph(store, opts.format);
    if (opts.format === 'csv') {
      const dir = path.resolve(opts.out ?? 'export-csv');
      fs.mkdirSync(dir, { recursive: true });
      for (const f of result.files) fs.writeFileSync(path.join(dir, f.name), f.content);
      console.error(
        `export: ${result.nodes} nodes, ${result.relationships} relationships → ${dir} (${result.files.length - 1} CSV files)`,
      );
      console.log(`Import with (from ${dir}, Neo4j stopped):\n${result.command}`);
      return EXIT_OK;
    }
    const [file] = result.files;
    if (opts.out) {
      fs.mkdirSync(path.dirname(path.resolve(opts.out)), { recursive: true });
      fs.writeFileSync(opts.out, file.content);
      console.error(`export: ${result.nodes} nodes, ${result.relationships} relationships → ${path.resolve(opts.out)}`);
    } else process.stdout.write(file.content);
    return EXIT_OK;
  }, env);
}

runAsEntry(import.meta.url, (argv) => exportCommand(argv));
