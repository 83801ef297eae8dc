// Differential fuzz of the read-only guard on the real embedded store: every generated query the guard lets through
// runs as the server runs it and must change nothing and read no file (fixed seed; `npm run fuzz` runs longer).
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { EmbeddedGraphStore } from '../../../server/store/embedded/embedded-store.ts';
import { writeApiGraph } from '../../_support/api-graph.ts';
import { fuzzGuard, markerFile, queryArbitrary } from '../../_support/guard-fuzz.ts';

const RUNS = 2_000;
const SEED = 20261206;

let store: EmbeddedGraphStore;
beforeAll(async () => {
  store = EmbeddedGraphStore.open({});
  await writeApiGraph(store); // applies cypher/schema too: person_name and the constraints exist to be dropped
});
afterAll(async () => {
  await store.close();
});

describe('guard fuzz', () => {
  it('generates the shapes that bypassed the guard before (comment line endings around LOAD CSV)', () => {
    const { file } = markerFile();
    const sample = fc.sample(queryArbitrary(file), { numRuns: RUNS, seed: SEED });
    expect(sample.some((q) => q.startsWith('//\r/*') && q.includes('LOAD CSV'))).toBe(true);
    expect(sample.some((q) => q.includes('\u2028'))).toBe(true);
    expect(sample.some((q) => q.includes('CALL grafeo.'))).toBe(true);
    expect(new Set(sample).size).toBeGreaterThan(RUNS / 2);
  });

  it('finds the bypasses when the store runs the text the user sent rather than the text the guard checked (the fuzz can fail)', async () => {
    const probe = EmbeddedGraphStore.open({});
    await writeApiGraph(probe);
    const report = await fuzzGuard(probe, RUNS, SEED, { runOriginalText: true });
    await probe.close();
    expect(report.bypasses.map((b) => b.why)).toContain('returned the content of a server file');
  }, 300_000);

  it(`lets no generated query change the store or read a file (${RUNS} queries, seed ${SEED})`, async () => {
    const report = await fuzzGuard(store, RUNS, SEED);
    expect(report.tried).toBe(RUNS);
    expect(report.accepted).toBeGreaterThan(20); // the harmless shapes do get through: the fuzz exercises the store
    expect(report.bypasses).toEqual([]);
  }, 300_000);
});
