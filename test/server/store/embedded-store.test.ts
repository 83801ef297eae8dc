// Runs the shared store suite on the embedded (Grafeo) store on a file (in memory: graph-store.test.ts, with Neo4j).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { afterAll } from 'vitest';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';
import { describeGraphStore } from './graph-store.suite.ts';

const dirs: string[] = [];
afterAll(() => {
  for (const dir of dirs) fs.rmSync(dir, { recursive: true, force: true });
});

describeGraphStore('embedded, on a file', async () => {
  const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-store-'));
  dirs.push(dir);
  return EmbeddedGraphStore.open({ path: path.join(dir, 'nested', 'graph.grafeo') });
});
