// Runs the shared store suite on the embedded (Grafeo) store, in memory and on a file.
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';
import { describeGraphStore } from './graph-store.suite.ts';

describeGraphStore('embedded, in memory', async () => EmbeddedGraphStore.open({}));

describeGraphStore('embedded, on a file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-store-'));
  return EmbeddedGraphStore.open({ path: path.join(dir, 'nested', 'graph.grafeo') });
});
