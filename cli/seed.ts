// `npm run seed`: loads the seed corpus (SEED_DIR, seed/documents by default) into the configured graph store.
import { Command } from 'commander';
import { parseArgs, withStore } from './cli-support.ts';
import { runLoad } from './load-command.ts';

const program = new Command('seed')
  .description('Load the seed corpus (SEED_DIR, default seed/documents) into the graph; unchanged documents are skipped.')
  .option('--force', 'rewrite every document even when unchanged')
  .option('--quiet', 'no progress bar')
  .showHelpAfterError();

parseArgs(program);
const opts = program.opts<{ force?: boolean; quiet?: boolean }>();
await withStore((session) => runLoad(session, [session.config.seed.dir], { force: opts.force, quiet: opts.quiet }));
