// What every CLI shares without a store: exit codes, usage errors, and running a command as the process entry. Kept
// apart from cli-support.ts (which opens stores) so a command without a store (extract) does not load the store drivers.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { CommanderError, type Command } from 'commander';

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
