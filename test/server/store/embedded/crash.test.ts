// Kills a real child process in the middle of writing and proves the graph file reopens with whole transactions only.
import { describe, expect, it } from 'vitest';
import { spawn } from 'node:child_process';
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { EmbeddedGraphStore } from '../../../../server/store/embedded/embedded-store.ts';
import { PROJECT_ROOT } from '../../../../core/project-paths.ts';

const WRITER = path.join(PROJECT_ROOT, 'test', '_support', 'write-forever.ts');
const BATCH = 50; // nodes per transaction in the writer

describe('embedded store after an unclean kill', () => {
  it('reopens, holds only whole batches, and takes new writes', async () => {
    const dir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-crash-'));
    const file = path.join(dir, 'graph.grafeo');
    const child = spawn(process.execPath, ['--import', 'tsx', WRITER, file, String(BATCH)], {
      cwd: PROJECT_ROOT,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    let batches = 0;
    await new Promise<void>((resolve, reject) => {
      child.stdout.on('data', (chunk: Buffer) => {
        batches += chunk
          .toString()
          .split('\n')
          .filter((l) => l.startsWith('batch')).length;
        if (batches >= 5) resolve();
      });
      child.on('exit', (code) => reject(new Error(`writer exited early with ${code}`)));
    });
    child.kill('SIGKILL');
    await new Promise((r) => child.once('exit', r));

    const store = EmbeddedGraphStore.open({ path: file });
    const r = await store.run('MATCH (n:Chip) RETURN count(n) AS n, count(DISTINCT n.batch) AS batches');
    const { n, batches: whole } = r.rows[0] as { n: number; batches: number };
    expect(n).toBeGreaterThanOrEqual(5 * BATCH);
    expect(n).toBe(whole * BATCH); // no half-written batch survives
    await store.run("CREATE (:Chip {id: 'after-crash', batch: -1})", {}, { mode: 'write' });
    await store.close();
    const again = EmbeddedGraphStore.open({ path: file });
    expect((await again.run("MATCH (n:Chip {id: 'after-crash'}) RETURN count(n) AS c")).rows[0].c).toBe(1);
    await again.close();
    fs.rmSync(dir, { recursive: true, force: true });
  }, 60_000);
});
