// Composition root of `npm start`: config → store → schema → seed when empty → app → listen; SIGINT/SIGTERM close the server, then the store.
import type { Server } from 'node:http';
import { loadConfig } from './config.ts';
import { ActorgraphError } from './errors.ts';
import { createLogger } from './logger.ts';
import { createApp } from './app.ts';
import { createGraphStore } from './store/create-graph-store.ts';
import { applySchema, ensureClientBuilt, seedIfEmpty } from './startup.ts';

/** SIGTERM/SIGINT to exit: a supervisor (or `kill -TERM` on `npm start`) sees the port free within 5 s. */
const SHUTDOWN_DEADLINE_MS = 4_000;

async function main(): Promise<void> {
  const config = loadConfig();
  const log = createLogger(config.logLevel);
  await ensureClientBuilt(log);
  const store = await createGraphStore(config, (level, message) => log[level](message));
  let server: Server | undefined;
  let closing = false;
  const shutdown = async (signal: string) => {
    if (closing) return;
    closing = true;
    console.log(`actorgraph: ${signal}: closing the server, then the store`);
    // A request that does not finish (a long query) must not keep the port: past the deadline the process exits anyway.
    setTimeout(() => {
      console.log(`actorgraph: not closed within ${SHUTDOWN_DEADLINE_MS} ms; exiting`);
      process.exit(1);
    }, SHUTDOWN_DEADLINE_MS).unref();
    if (server) {
      const closed = new Promise<void>((resolve) => server!.close(() => resolve()));
      // Requests still running get a moment to answer, then their connections are cut so close() can finish.
      const cut = setTimeout(() => server!.closeAllConnections(), SHUTDOWN_DEADLINE_MS / 3);
      await closed;
      clearTimeout(cut);
    }
    await store.close();
    console.log('actorgraph: closed cleanly');
    process.exit(0);
  };
  process.on('SIGINT', () => void shutdown('SIGINT'));
  process.on('SIGTERM', () => void shutdown('SIGTERM'));

  await applySchema(store, log);
  const seeded = await seedIfEmpty(store, config, log);
  const health = await store.health();
  const app = createApp({ store, config, logger: log });
  server = app.listen(config.server.port, config.server.host);
  await new Promise<void>((resolve, reject) => {
    server!.once('listening', resolve);
    server!.once('error', reject);
  });
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : config.server.port;
  const loaded = seeded ? `loaded the seed: ${seeded}` : 'reused the stored graph';
  console.log(`actorgraph: ${health.kind} store at ${health.location}; ${loaded}; ${health.counts.nodes} nodes, ${health.counts.relationships} relationships`);
  console.log(`actorgraph: explorer and API on http://localhost:${port}`);
}

main().catch((e: unknown) => {
  const msg = e instanceof ActorgraphError ? `${e.name}: ${e.message}` : e instanceof Error ? (e.stack ?? e.message) : String(e);
  console.error(`actorgraph could not start: ${msg}`);
  process.exit(1);
});
