// `npm run fuzz:guard [-- --runs N --seed S]`: the read-only guard's differential fuzz, longer than in `npm test`
// (test/server/queries/guard-fuzz.test.ts runs 2,000 with a fixed seed). Every generated query the guard accepts runs
// on a real embedded store as the server runs it; any change to the store or any file content read is a bypass.
// Writes the figures to BENCHMARKS.md.
import { Command } from 'commander';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { writeApiGraph } from '../_support/api-graph.ts';
import { fuzzGuard } from '../_support/guard-fuzz.ts';
import { machineLine, writeSection } from './report.ts';

const program = new Command('fuzz:guard')
  .description('differential fuzz of the read-only guard against the embedded store')
  .option('--runs <n>', 'generated queries', '20000')
  .option('--seed <n>', 'random seed (default: the time)', String(Date.now() % 2 ** 31))
  .option('--no-write', 'print only, do not update BENCHMARKS.md')
  .parse();
const opts = program.opts<{ runs: string; seed: string; write: boolean }>();

async function main(): Promise<void> {
  const store = EmbeddedGraphStore.open({});
  await writeApiGraph(store);
  const t0 = performance.now();
  const report = await fuzzGuard(store, Number(opts.runs), Number(opts.seed));
  const seconds = (performance.now() - t0) / 1000;
  await store.close();
  const md = `## Read-only guard: differential fuzz

\`npm run fuzz:guard -- --runs ${opts.runs} --seed ${opts.seed}\`, ${machineLine()}. Generated queries wrap forbidden
clauses (LOAD CSV of a marker file, CREATE/DROP INDEX, CREATE CONSTRAINT, store procedures, data writes, \`file()\`)
in random comments, line terminators (\\r, \\n, \\r\\n, U+2028/9, NEL, VT, FF, NUL, NBSP, BOM), escapes, quotes,
backticks and subqueries, plus the reported \`//\\r/*…*/\` bypass shape with random parts. Whatever the guard accepts runs
on the embedded store exactly as the server runs it (the guard's canonical text, read mode); after each, labels,
property keys, relationship types, indexes, constraints and a hash of all data are compared.

| queries tried | accepted by the guard (and run) | bypasses (store changed or file read) | time |
| --- | --- | --- | --- |
| ${report.tried.toLocaleString('en')} | ${report.accepted.toLocaleString('en')} | ${report.bypasses.length} | ${seconds.toFixed(0)} s |
${report.bypasses.map((b) => `\n- ${JSON.stringify(b.query)}: ${b.why}`).join('')}
`;
  console.log(md);
  if (opts.write) writeSection('fuzz-guard', md);
  process.exit(report.bypasses.length === 0 ? 0 : 1);
}

main().catch((e: unknown) => {
  console.error(e);
  process.exit(1);
});
