// Composition root of `npm start`: config → store → schema → seed when empty → app → listen; SIGINT/SIGTERM close the
// app (user queries, the guard), the server, then the store.
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { ActorgraphError } from '../core/errors.ts';
import { createLogger } from './logger.ts';
import { type ActorgraphApp, createApp } from './create-app.ts';
import { createGraphStore } from './store/create-graph-store.ts';
import { applySchema, ensureClientBuilt, seedIfEmpty, type CorpusLoader } from './startup.ts';

// The one place the server meets the loader; imported only when the graph is empty, so a restart does not load it.
const loadCorpus: CorpusLoader = async (store, inputs, options) =>
  (await import('../seed/load-corpus.ts')).loadCorpus(store, inputs, options);

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  await ensureClientBuilt(log);
  const store = await createGraphStore(config, (level, message) => log[level](message));
  let app: ActorgraphApp | undefined;
  let server: Server | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`actorgraph: ${signal}: closing the server, then the store`);
    // Whatever still runs, the process ends within 5 s of the signal.
    setTimeout(() => {
      console.error(
        'actorgraph: work was still running 4.5 s after the signal; exiting anyway (stored data is safe: every write is one transaction)',
      );
      process.exit(1);
    }, 4_500).unref();
    // User queries are killed first (they may run for their whole timeout; app.close ends their processes and the
    // guard's worker), then connections are cut.
    await app?.close();
    if (server) {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      server.closeAllConnections?.();
      await closed;
    }
    await store.close();
    console.log('actorgraph: closed cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await applySchema(store, log);
  const seeded = await seedIfEmpty(store, config, log, loadCorpus);
  const health = await store.health();
  app = createApp({ store, config, logger: log, warmUp: true, loader: loadCorpus });
  server = app.listen(config.server.port, config.server.host);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const loaded = seeded ? `loaded the seed: ${seeded}` : 'reused the stored graph';
  console.log(
    `actorgraph: ${health.kind} store at ${health.location}; ${loaded}; ${health.counts.nodes} nodes, ${health.counts.relationships} relationships`,
  );
  console.log(`actorgraph: explorer and API on http://localhost:${port}`);
}

main().catch((e: unknown) => {
  const msg =
    e instanceof ActorgraphError ? `${e.name}: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e);
  console.error(`actorgraph could not start: ${msg}`);
  process.exit(1);
});
