// What the CLIs with a store share: opening the store and closing it on every way out (SIGINT too), plus (re-exported
// from cli-args.ts) exit codes, usage errors and running a command as the process entry. A command is a function
// argv → exit code, so tests run it in-process.
import { ActorgraphError } from '../core/errors.ts';
import { loadConfig, type Config, type Env } from '../server/config.ts';
import { createGraphStore } from '../server/store/create-graph-store.ts';
import type { GraphStore } from '../core/graph-store.ts';

export { EXIT_INTERRUPTED, EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, parseArgs, runAsEntry } from './cli-args.ts';
import { EXIT_INTERRUPTED, EXIT_SOME_FAILED, EXIT_USAGE } from './cli-args.ts';

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
