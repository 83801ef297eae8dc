// `npm run seed`: loads the seed corpus (SEED_DIR, seed/documents by default) into the configured graph store.
import { Command } from 'commander';
import type { Env } from '../server/config.ts';
import { parseArgs, runAsEntry, withStore } from './cli-support.ts';
import { runLoad } from './load-command.ts';

export async function seedCommand(argv: string[], env?: Env): Promise<number> {
  const program = new Command('seed')
    .description(
      'Load the seed corpus (SEED_DIR, default seed/documents) into the graph; unchanged documents are skipped.',
    )
    .option('--force', 'rewrite every document even when unchanged')
    .option('--quiet', 'no progress bar')
    .showHelpAfterError();
  const stop = parseArgs(program, argv);
  if (stop !== null) return stop;
  const opts = program.opts<{ force?: boolean; quiet?: boolean }>();
  return withStore(
    (session) => runLoad(session, [session.config.seed.dir], { force: opts.force, quiet: opts.quiet }),
    env,
  );
}

runAsEntry(import.meta.url, (argv) => seedCommand(argv));
