// What the CLIs share: exit codes, usage errors, opening the store and closing it on every way out (SIGINT too), and
// running a command as the process entry. A command is a function argv → exit code, so tests run it in-process.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CommanderError, type Command } from 'commander';
import { ActorgraphError } from '../core/errors.ts';
import { loadConfig, type Config, type Env } from '../server/config.ts';
import { createGraphStore } from '../server/store/create-graph-store.ts';
import type { GraphStore } from '../core/graph-store.ts';

export const EXIT_OK = 0; // everything succeeded
export const EXIT_SOME_FAILED = 1; // ran, but some input failed (or the command failed)
export const EXIT_USAGE = 2; // bad arguments or configuration
export const EXIT_INTERRUPTED = 130; // stopped by SIGINT/SIGTERM after closing the store

/** Parses argv (node, script, args…); the exit code to stop with (2 on a usage error, 0 after --help), or null to go on. */
export function parseArgs(program: Command, argv: string[]): number | null {
  program.exitOverride();
  try {
    program.parse(argv);
    return null;
  } catch (e) {
    if (e instanceof CommanderError)
      return e.code === 'commander.helpDisplayed' || e.code === 'commander.version' || e.code === 'commander.help'
        ? EXIT_OK
        : EXIT_USAGE;
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
 * Runs a command with the configured store (from env; the process environment and .env when omitted) and always
 * closes the store before returning the exit code, so the embedded graph file is never left locked. A second
 * signal while closing forces the exit.
 */
export async function withStore(run: (s: StoreSession) => Promise<number>, env?: Env): Promise<number> {
  let config: Config;
  try {
    config = env ? loadConfig(env) : loadConfig();
  } catch (e) {
    console.error(e instanceof ActorgraphError ? `${e.name}: ${e.message}` : String(e));
    return EXIT_USAGE;
  }
  const controller = new AbortController();
  let signals = 0;
  const onSignal = (name: string) => {
    signals++;
    if (signals > 1) process.exit(EXIT_INTERRUPTED);
    console.error(`\n${name}: finishing the current document, then closing the store…`);
    controller.abort();
  };
  const onInt = () => onSignal('SIGINT');
  const onTerm = () => onSignal('SIGTERM');
  process.on('SIGINT', onInt);
  process.on('SIGTERM', onTerm);
  let store: GraphStore | undefined;
  let code: number;
  try {
    store = await createGraphStore(config, (level, message) =>
      level === 'warn' ? console.error(`store: ${message}`) : undefined,
    );
    code = await run({ config, store, signal: controller.signal });
    if (controller.signal.aborted) code = EXIT_INTERRUPTED;
  } catch (e) {
    console.error(
      e instanceof ActorgraphError
        ? `${e.name}: ${e.message}`
        : e instanceof Error
          ? (e.stack ?? e.message)
          : String(e),
    );
    code = EXIT_SOME_FAILED;
  } finally {
    await store?.close();
    process.off('SIGINT', onInt);
    process.off('SIGTERM', onTerm);
  }
  return code;
}

/** When moduleUrl is the script node was started with, runs the command on process.argv and exits with its code. */
export function runAsEntry(moduleUrl: string, command: (argv: string[]) => Promise<number>): void {
  const entry = process.argv[1];
  if (!entry || pathToFileURL(path.resolve(entry)).href !== moduleUrl) return;
  command(process.argv).then(
    (code) => process.exit(code),
    (e: unknown) => {
      console.error(e instanceof Error ? (e.stack ?? e.message) : String(e));
      process.exit(EXIT_SOME_FAILED);
    },
  );
}
