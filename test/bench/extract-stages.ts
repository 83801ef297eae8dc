// Where extraction's time goes: `npx tsx test/bench/extract-stages.ts DIR [passes]` runs the pipeline over the .txt/.md
// articles of DIR (the first that make 2 MB, as `bench:extract --e2e` takes them) in one process, pass after pass
// (the first is JIT-cold, as in `npm run extract`; later ones are the steady state), and prints per pass the main
// thread's CPU time and how it divides among the stages and the named rules of the mention and relation stages (each
// one's share of the wall time, applied to the CPU time: on a machine shared with other jobs the wall time stretches
// but the shares hold). A diagnostic for whoever works on speed (a rule's time includes what it calls); nothing is
// written. Run it as `npm run extract` runs (`node --import tsx --interrupt-budget=800000 …`, see cli/run-compiled.mjs)
// to see the command's JIT behaviour.
import fs from 'node:fs';
import path from 'node:path';
import { emptyAnalysis, loadGazetteer, STAGES } from '../../seed/pipeline.ts';
import { MENTION_RULES } from '../../seed/stages/mentions.ts';
import { RELATION_RULES } from '../../seed/stages/relations.ts';
import type { SourceDocument } from '../../seed/analysis.ts';

const [dirArg, passesArg = '2'] = process.argv.slice(2);
if (!dirArg) {
  console.error('usage: npx tsx test/bench/extract-stages.ts DIR [passes]');
  process.exit(2);
}
const files = fs
  .readdirSync(dirArg)
  .filter((f) => /\.(?:txt|md)$/.test(f))
  .sort();
const docs: SourceDocument[] = [];
let bytes = 0;
for (const f of files) {
  if (bytes >= 2e6) break;
  const raw = fs.readFileSync(path.join(dirArg, f), 'utf8');
  docs.push({ id: f, raw, bodyStart: 0, bodyEnd: raw.length });
  bytes += Buffer.byteLength(raw);
}

/** CPU seconds of this thread (Linux), else of the process. */
function threadCpu(): number {
  try {
    const s = fs.readFileSync('/proc/thread-self/stat', 'utf8');
    const f = s.slice(s.lastIndexOf(')') + 2).split(' ');
    return (Number(f[11]) + Number(f[12])) / 100;
  } catch {
    const u = process.cpuUsage();
    return (u.user + u.system) / 1e6;
  }
}
const now = () => performance.now() / 1000;

const ruleTime = new Map<string, number>();
for (const [stage, rules] of [
  ['mentions', MENTION_RULES],
  ['relations', RELATION_RULES],
] as const)
  for (const r of rules as { name: string; run: (...args: never[]) => unknown }[]) {
    const run = r.run;
    const key = `${stage}: ${r.name}`;
    r.run = (...args: never[]) => {
      const t = now();
      try {
        return run(...args);
      } finally {
        ruleTime.set(key, (ruleTime.get(key) ?? 0) + now() - t);
      }
    };
  }

const context = { gazetteer: loadGazetteer() };
console.log(`${docs.length} articles, ${(bytes / 1e6).toFixed(2)} MB`);
for (let p = 0; p < Number(passesArg); p++) {
  ruleTime.clear();
  const stageTime = new Map<string, number>();
  const c = threadCpu();
  const w = now();
  for (const d of docs) {
    let a = emptyAnalysis(d);
    for (const stage of STAGES) {
      const t = now();
      a = stage.run(a, context);
      stageTime.set(stage.name, (stageTime.get(stage.name) ?? 0) + now() - t);
    }
  }
  const cpu = threadCpu() - c;
  const wall = now() - w;
  console.log(
    `\npass ${p + 1}${p ? '' : ' (JIT-cold)'}: main thread ${cpu.toFixed(2)} s CPU (${(bytes / 1e6 / cpu).toFixed(2)} MB/s), wall ${wall.toFixed(2)} s`,
  );
  const line = (name: string, s: number, indent: string) =>
    `  ${((s / wall) * cpu).toFixed(2).padStart(6)} s ${((100 * s) / wall).toFixed(1).padStart(5)}%  ${indent}${name}`;
  for (const [name, s] of stageTime) console.log(line(name, s, ''));
  for (const [name, s] of [...ruleTime].sort((x, y) => y[1] - x[1]).filter(([, s]) => s / wall >= 0.005))
    console.log(line(name, s, '  '));
}
