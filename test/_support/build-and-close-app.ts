// Test helper, run as a child process by test/server/app-close.test.ts: builds the real app over the configured store
// (the embedded file at GRAPH_PATH, or Neo4j at NEO4J_URI), starts what a server starts (the guard's worker, a user-query
// process), answers one user query over HTTP, then closes the server, the app and the store, and returns: nothing else
// ends the process, so it exits only when nothing is left running.
import type { AddressInfo } from 'node:net';
import { createApp } from '../../server/create-app.ts';
import { createGraphStore } from '../../server/store/create-graph-store.ts';
import { NO_CLIENT, testConfig } from './api-app.ts';

const storeEnv = Object.fromEntries(
  Object.entries(process.env).filter((e): e is [string, string] => /^(NEO4J_|GRAPH_PATH$)/.test(e[0]) && !!e[1]),
);
const config = testConfig(storeEnv);
const store = await createGraphStore(config, () => {});
const app = createApp({ store, config, clientDir: NO_CLIENT, warmUp: true });
const server = app.listen(0, '127.0.0.1');
await new Promise((r) => server.once('listening', r));
const { port } = server.address() as AddressInfo;
const res = await fetch(`http://127.0.0.1:${port}/api/cypher`, {
  method: 'POST',
  headers: { 'content-type': 'application/json' },
  body: JSON.stringify({ query: 'RETURN 1 AS one' }),
});
process.stdout.write(`answered ${res.status} ${JSON.stringify(await res.json())}\n`);
server.closeAllConnections();
await new Promise((r) => server.close(r));
if (process.env.SKIP_APP_CLOSE !== '1') await app.close();
await store.close();
process.stdout.write('closed\n');
