// npm run bench: runs every benchmark script that exists, one after another, each updating its BENCHMARKS.md section.
import { spawnSync } from 'node:child_process';
import fs from 'node:fs';
import path from 'node:path';
import { PROJECT_ROOT } from '../../core/project-paths.ts';

const BENCHES = ['extract', 'api', 'client', 'runaway']; // test/bench/<name>.ts
let failed = 0;
for (const name of BENCHES) {
  const file = path.join(PROJECT_ROOT, 'test', 'bench', `${name}.ts`);
  if (!fs.existsSync(file)) {
    console.log(`bench: ${name}: no ${path.relative(PROJECT_ROOT, file)}, skipped`);
    continue;
  }
  console.log(`bench: ${name}`);
  const r = spawnSync(process.execPath, ['--import', 'tsx', file], { cwd: PROJECT_ROOT, stdio: 'inherit' });
  if (r.status !== 0) failed++;
}
process.exit(failed ? 1 : 0);
