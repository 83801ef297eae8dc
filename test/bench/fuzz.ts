// npm run fuzz [-- --suite api|guard ...] [--seed N] [--minutes M]: the long runs of the fuzz suites whose bounded,
// fixed-seed forms are in `npm test`; each suite writes its figures into its BENCHMARKS.md section.
import { parseArgs } from 'node:util';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { writeApiGraph } from '../_support/api-graph.ts';
import { fuzzApi } from '../_support/api-fuzz.ts';
import { fuzzGuard } from '../_support/guard-fuzz.ts';
import { machineLine, writeSection } from './report.ts';

interface SuiteOptions {
  seed: number;
  minutes: number; // the time budget of one suite
}

/** What a suite found: `failures` > 0 makes the run exit 1. */
interface SuiteResult {
  failures: number;
}

type Suite = (opts: SuiteOptions) => Promise<SuiteResult>;

/** OpenAPI-driven fuzz of every route (schemathesis against a real server on 127.0.0.1): no 5xx, every error in the documented shape. */
const api: Suite = async ({ seed, minutes }) => {
  const r = await fuzzApi({ seed, maxExamples: 1_000, maxTimeSeconds: Math.round(minutes * 60) });
  const statuses = Object.entries(r.byStatus)
    .map(([s, n]) => `${s}: ${n.toLocaleString('en')}`)
    .join(', ');
  writeSection(
    'fuzz-api',
    `## OpenAPI fuzz (\`npm run fuzz -- --suite api\`)

${machineLine()} · schemathesis (pinned in test/_support/requirements-fuzz.txt), phases examples, fuzzing, stateful;
seed ${seed}; ${Math.round(r.seconds)} s against a real server on 127.0.0.1 over the embedded API test graph.

| requests tried | 5xx (other than 503/504) | error bodies not in the documented shape | fuzzer checks |
|---|---|---|---|
| ${r.requests.toLocaleString('en')} | ${r.serverErrors.length} | ${r.badShapes.length} | ${r.fuzzerExit === 0 ? 'all passed' : `failed (exit ${r.fuzzerExit})`} |

Answers by status: ${statuses}. \`npm test\` runs the same fuzz bounded (test/server/http/api-fuzz.test.ts, fixed seed).`,
  );
  console.log(
    `fuzz api: ${r.requests} requests, ${r.serverErrors.length} 5xx, ${r.badShapes.length} bad error shapes, fuzzer exit ${r.fuzzerExit}`,
  );
  for (const bad of [...r.serverErrors, ...r.badShapes].slice(0, 20))
    console.log(`  ${bad.status} ${bad.method} ${bad.url}: ${bad.body}`);
  if (r.fuzzerExit !== 0) console.log(r.fuzzerOutput);
  return { failures: r.serverErrors.length + r.badShapes.length + (r.fuzzerExit === 0 ? 0 : 1) };
};

/**
 * Differential fuzz of the read-only guard (test/_support/guard-fuzz.ts): whatever the guard accepts runs on the
 * embedded store and must change nothing. The guard's owner sets the run size and the section's wording.
 */
const guard: Suite = async ({ seed, minutes }) => {
  const store = EmbeddedGraphStore.open({});
  try {
    await writeApiGraph(store);
    const started = Date.now();
    const runs = Math.max(2_000, Math.round(minutes * 4_000)); // ~4,000 queries a minute on a shared 2-core machine
    const r = await fuzzGuard(store, runs, seed);
    const seconds = Math.round((Date.now() - started) / 1000);
    writeSection(
      'fuzz-guard',
      `## Read-only guard: differential fuzz (\`npm run fuzz -- --suite guard\`)

${machineLine()} · seed ${seed}; ${seconds} s on the embedded store. Generated queries wrap forbidden clauses (LOAD CSV
of a marker file, CREATE/DROP INDEX, CREATE CONSTRAINT, store procedures, data writes, \`file()\`) in random comments,
line terminators (\\r, \\n, \\r\\n, U+2028/9, NEL, VT, FF, NUL, NBSP, BOM), escapes, quotes, backticks and
subqueries, plus the reported \`//\\r/*…*/\` bypass shape with random parts. Whatever the guard accepts runs on the
embedded store exactly as the server runs it (the guard's canonical text, read mode); after each, labels, property
keys, relationship types, indexes, constraints and a hash of all data are compared, and no result may hold the
marker file's content. \`npm test\` runs 2,000 with a fixed seed (test/server/queries/guard-fuzz.test.ts).

| queries tried | accepted by the guard (and run) | bypasses (store changed or file read) |
|---|---|---|
| ${r.tried.toLocaleString('en')} | ${r.accepted.toLocaleString('en')} | ${r.bypasses.length} |`,
    );
    console.log(`fuzz guard: ${r.tried} tried, ${r.accepted} accepted, ${r.bypasses.length} bypasses`);
    for (const b of r.bypasses.slice(0, 20)) console.log(`  ${JSON.stringify(b.query)}: ${b.why}`);
    return { failures: r.bypasses.length };
  } finally {
    await store.close();
  }
};

/** The named suites, in the order a plain `npm run fuzz` runs them. */
const SUITES: Record<string, Suite> = { api, guard };

const { values } = parseArgs({
  options: {
    suite: { type: 'string', multiple: true },
    seed: { type: 'string', default: String(Date.now() % 1_000_000) },
    minutes: { type: 'string', default: '5' },
  },
});
const names = values.suite?.length ? values.suite : Object.keys(SUITES);
const unknown = names.filter((n) => !SUITES[n]);
if (unknown.length) {
  console.error(`fuzz: unknown suite ${unknown.join(', ')}; expecting one of ${Object.keys(SUITES).join(', ')}`);
  process.exit(2);
}
const opts: SuiteOptions = { seed: Number(values.seed), minutes: Number(values.minutes) };
if (!Number.isInteger(opts.seed) || !(opts.minutes > 0)) {
  console.error('fuzz: --seed expects an integer and --minutes a positive number');
  process.exit(2);
}
let failures = 0;
for (const name of names) {
  console.log(`fuzz: ${name} (seed ${opts.seed}, ${opts.minutes} min)`);
  failures += (await SUITES[name](opts)).failures;
}
process.exit(failures ? 1 : 0);
