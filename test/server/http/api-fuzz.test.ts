// OpenAPI-driven property-based fuzz of every route (schemathesis against a real server on 127.0.0.1, fixed seed,
// bounded; `npm run fuzz -- --suite api` runs it longer): no 5xx, and every error in the documented shape (issue 10 §4).
import { describe, expect, it } from 'vitest';
import { fuzzApi } from '../../_support/api-fuzz.ts';

const SEED = 20261206;
const EXAMPLES = 20; // test cases per operation and phase: ~40 s on a shared 2-core machine

describe('OpenAPI fuzz', () => {
  it('answers every generated request without a 5xx, and every error in the documented shape', async () => {
    const r = await fuzzApi({ seed: SEED, maxExamples: EXAMPLES });
    const bad = [...r.serverErrors, ...r.badShapes].map((b) => `${b.status} ${b.method} ${b.url}: ${b.body}`);
    expect(bad, bad.join('\n')).toEqual([]);
    expect(r.fuzzerExit, r.fuzzerOutput).toBe(0);
    expect(r.requests).toBeGreaterThan(200); // the fuzzer reached the server, on many routes
    expect(Object.keys(r.byStatus).filter((s) => s.startsWith('4')).length).toBeGreaterThanOrEqual(3); // bad input was generated
    expect(r.byStatus[200]).toBeGreaterThan(0); // and good input
  }, 300_000);
});
