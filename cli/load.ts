// `npm run load -- <files|dirs…>`: loads documents into the configured graph store; exit 0 all ok, 1 some failed, 2 usage error.
import { Command, InvalidArgumentError } from 'commander';
import type { Env } from '../server/config.ts';
import { EXIT_SOME_FAILED, parseArgs, runAsEntry, withStore } from './cli-support.ts';
import { embeddedStoreLocked, handToServer, LOCKED_HELP } from './hand-off.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { runLoad } from './load-command.ts';
import { loadAnalyzer } from '../seed/load-corpus.ts';

/** The command: argv as node gives it (node, script, args…); env configures the store (the process's when omitted). */
export async function loadCommand(argv: string[], env?: Env): Promise<number> {
  const program = new Command('load')
    .description(
      'Load .txt, .md, .html, .json and .jsonl documents (files or directories, walked recursively) into the graph.\nUnchanged documents are skipped; changed ones replace their old facts. Store: GRAPH_PATH or NEO4J_URI.',
    )
    .argument('<inputs...>', 'files or directories to load')
    .option('--force', 'rewrite documents even when their content is unchanged (after the analysis changed)')
    .option('--max-bytes <n>', 'refuse documents larger than this (default: MAX_DOCUMENT_BYTES, 10 MB)', (v) => {
      if (!/^\d+$/.test(v) || Number(v) < 1) throw new InvalidArgumentError('expecting a positive integer');
      return Number(v);
    })
    .option(
      '--analyzer <module>',
      'use the analyzeDocument exported by this module instead of seed/pipeline.ts (tests, benchmarks)',
    )
    .option('--quiet', 'no progress bar; one "progress files/total documents" line per file when not on a terminal')
    .showHelpAfterError();
  const stop = parseArgs(program, argv);
  if (stop !== null) return stop;
  const opts = program.opts<{ force?: boolean; maxBytes?: number; quiet?: boolean; analyzer?: string }>();
  // the embedded store is single-writer: when a running server holds it, hand the documents to that server
  let config: Config | undefined;
  try {
    config = env ? loadConfig(env) : loadConfig();
  } catch {
    config = undefined; // withStore reports the configuration error
  }
  if (config && (await embeddedStoreLocked(config))) {
    const handed = await handToServer(config, program.args);
    if (handed !== null) return handed;
    console.error(LOCKED_HELP(config));
    return EXIT_SOME_FAILED;
  }
  return withStore(
    async (session) =>
      runLoad(session, program.args, {
        force: opts.force,
        quiet: opts.quiet,
        maxDocumentBytes: opts.maxBytes,
        analyze: opts.analyzer ? await loadAnalyzer(opts.analyzer) : undefined,
      }),
    env,
  );
}

runAsEntry(import.meta.url, (argv) => loadCommand(argv));
