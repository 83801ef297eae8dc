// Test helper, run as a child process by test/server/app-close.test.ts: builds the real app over the configured store
// (the embedded file at GRAPH_PATH, or Neo4j at NEO4J_URI), starts what a server starts (the guard's worker, a user-query
// process), answers one user query over HTTP, then closes the server, the app and the store, and returns: nothing else
// ends the process, so it exits only when nothing is left running (or, with EXIT_AFTER_CLOSED=1, calls process.exit).
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
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
// The user-query processes read a snapshot of the graph in the temporary directory: how many such directories there are.
const snapshotDirs = fs.readdirSync(os.tmpdir()).filter((f) => f.startsWith('actorgraph-snapshots-')).length;
process.stdout.write(`snapshot directories ${snapshotDirs}\n`);
server.closeAllConnections();
await new Promise((r) => server.close(r));
if (process.env.SKIP_APP_CLOSE !== '1') await app.close();
await store.close();
process.stdout.write('closed\n');
// A script that ends itself without closing the app: its snapshot directory must still be removed at exit.
if (process.env.EXIT_AFTER_CLOSED === '1') process.exit(0);
