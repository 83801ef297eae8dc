// The server of `npm run bench:memory`, in a child process of its own so its RSS is its own: the embedded store at
// GRAPH_PATH (seeded when empty), the real app on 127.0.0.1, and its memory on request over IPC.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/create-app.ts';
import { loadConfig } from '../../server/config.ts';
import { createLogger } from '../../server/logger.ts';
import { createGraphStore } from '../../server/store/create-graph-store.ts';
import { applySchema, seedIfEmpty } from '../../server/startup.ts';

const config = loadConfig({
  ...process.env,
  LOG_LEVEL: 'warn',
  RATE_LIMIT_PER_MINUTE: '0',
  CYPHER_RATE_LIMIT_PER_MINUTE: '0',
});
const log = createLogger(config.logLevel);
const store = await createGraphStore(config, (level, message) => log[level](message));
await applySchema(store, log);
await seedIfEmpty(store, config, log, async (st, inputs, options) =>
  (await import('../../seed/load-corpus.ts')).loadCorpus(st, inputs, options),
);
const health = await store.health();
const app = createApp({ store, config, logger: log });
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
process.send!({
  ready: true,
  port: (server.address() as AddressInfo).port,
  nodes: health.counts.nodes,
  relationships: health.counts.relationships,
});
process.on('message', (m: { mem?: boolean; gc?: boolean; stop?: boolean }) => {
  if (m.gc) globalThis.gc?.();
  if (m.mem || m.gc) process.send!({ mem: process.memoryUsage() });
  if (m.stop) server.close(() => void app.close().then(() => store.close().then(() => process.exit(0))));
});
