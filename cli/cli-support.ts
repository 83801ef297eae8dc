// What the loader's CLIs share: exit codes, usage errors, opening the store, closing it on every way out (SIGINT too).
import { CommanderError, type Command } from 'commander';
import { ActorgraphError } from '../core/errors.ts';
import { loadConfig, type Config } from '../server/config.ts';
import { createGraphStore } from '../server/store/create-graph-store.ts';
import type { GraphStore } from '../core/graph-store.ts';

export const EXIT_OK = 0; // everything succeeded
export const EXIT_SOME_FAILED = 1; // ran, but some input failed (or the command failed)
export const EXIT_USAGE = 2; // bad arguments or configuration
export const EXIT_INTERRUPTED = 130; // stopped by SIGINT/SIGTERM after closing the store

/** Parses argv; a usage error exits with 2, --help and --version with 0. */
export function parseArgs(program: Command, argv: string[] = process.argv): void {
  program.exitOverride();
  try {
    program.parse(argv);
  } catch (e) {
    if (e instanceof CommanderError) process.exit(e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help' ? EXIT_OK : EXIT_USAGE);
    throw e;
  }
}

export interface StoreSession {
  config: Config;
  store: GraphStore;
  /** Aborted on SIGINT/SIGTERM: the command stops between documents, then closes the store. */
  signal: AbortSignal;
}

/**
 * Runs a command with the configured store and always closes it before exiting, so the embedded graph file is
 * never left locked. A second signal while closing forces the exit.
 */
export async function withStore(run: (s: StoreSession) => Promise<number>): Promise<never> {
  let config: Config;
  try {
    config = loadConfig();
  } catch (e) {
    console.error(e instanceof ActorgraphError ? `${e.name}: ${e.message}` : String(e));
    process.exit(EXIT_USAGE);
  }
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: string) => {
    signals++;
    if (signals > 1) process.exit(EXIT_INTERRUPTED);
    console.error(`\n${name}: finishing the current document, then closing the store…`);
    controller.abort();
  };
  process.on('SIGINT', () => onSignal('SIGINT'));
  process.on('SIGTERM', () => onSignal('SIGTERM'));
  let store: GraphStore | undefined;
  let code: number;
  try {
    store = await createGraphStore(config, (level, message) => (level === 'warn' ? console.error(`store: ${message}`) : undefined));
    code = await run({ config, store, signal: controller.signal });
    if (controller.signal.aborted) code = EXIT_INTERRUPTED;
  } catch (e) {
    console.error(e instanceof ActorgraphError ? `${e.name}: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e));
    code = EXIT_SOME_FAILED;
  } finally {
    await store?.close();
  }
  process.exit(code);
}
