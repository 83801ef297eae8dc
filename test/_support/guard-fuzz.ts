// Differential fuzzing of the read-only guard: generated queries that wrap forbidden clauses in comments, line
// terminators, escapes, quotes, backticks and subqueries. Whatever the guard lets through is run on the real
// embedded store, exactly as the server runs it (the guard's canonical text, read mode), and must change nothing
// (data, labels, property keys, relationship types, indexes, constraints) and read no file. Used by the test run
// (a fixed seed, bounded) and by `npm run fuzz` (more runs, any seed).
import fs from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import fc from 'fast-check';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import type { GraphStore } from '../../core/graph-store.ts';
import { assertReadOnly } from '../../server/queries/read-only-guard.ts';
import { graphFingerprint } from './graph-fingerprint.ts';

/** A file whose content must never come back from a query. */
export function markerFile(): { file: string; marker: string } {
  const marker = `FUZZ-MARKER-${process.pid}-${Date.now()}`;
  const file = path.join(os.tmpdir(), `actorgraph-fuzz-${process.pid}.csv`);
  fs.writeFileSync(file, `${marker}\n${marker},x\n`);
  return { file, marker };
}

/** What a read query must never change: the data, and the schema the store keeps beside it. */
export async function schemaFingerprint(store: GraphStore): Promise<Record<string, string>> {
  // Neo4j's SHOW INDEXES also reports usage (lastRead, readCount, trackedSince), which every query changes: left out.
  const volatile = new Set(['lastRead', 'readCount', 'trackedSince']);
  const stable = (r: Record<string, unknown>) =>
    Object.fromEntries(Object.entries(r).filter(([k]) => !volatile.has(k)));
  const rows = async (q: string) =>
    JSON.stringify((await store.run(q, {}, { mode: 'write' })).rows.map((r) => JSON.stringify(stable(r))).sort());
  const data = await graphFingerprint(store);
  return {
    data: `${data.nodes} nodes, ${data.relationships} relationships, ${data.hash}`,
    propertyKeys: await rows('CALL db.propertyKeys() YIELD propertyKey RETURN propertyKey'),
    labels: await rows('CALL db.labels() YIELD label RETURN label'),
    relationshipTypes: await rows('CALL db.relationshipTypes() YIELD relationshipType RETURN relationshipType'),
    indexes: await rows('SHOW INDEXES'),
    constraints: await rows('SHOW CONSTRAINTS'),
  };
}

/** Which parts of two fingerprints differ. */
function changed(a: Record<string, string>, b: Record<string, string>): string[] {
  return Object.keys(a).filter((k) => a[k] !== b[k]);
}

/** Forbidden payloads: file reads, schema and admin commands, store procedures, data writes. */
export function payloads(file: string): string[] {
  return [
    `LOAD CSV FROM 'file://${file}' AS line RETURN line`,
    `LOAD CSV FROM '${file}' AS line RETURN line`,
    'CREATE INDEX fuzz_idx FOR (n:Entity) ON (n.fuzz)',
    'DROP INDEX person_name',
    'CREATE CONSTRAINT fuzz_c FOR (n:Fuzz) REQUIRE n.k IS UNIQUE',
    'CALL grafeo.pagerank()',
    'CALL grafeo.procedures() YIELD name RETURN name',
    "CALL db.createLabel('Fuzz')",
    "CREATE (:Fuzz {k: 'x'})",
    "INSERT (:Fuzz {k: 'x'})",
    "MATCH (n) SET n.fuzz = 'x'",
    'MATCH (n) SET n:Fuzz',
    'MATCH (n) REMOVE n.name',
    'MATCH (n) DETACH DELETE n',
    "MERGE (:Fuzz {k: 'y'})",
    'FOREACH (x IN [1] | CREATE (:Fuzz))',
    'RETURN file() AS f',
  ];
}

/** Line terminators and look-alikes; the ones the stores' lexers treat differently (\r, \n) come more often. */
const TERMINATORS = [
  '\n',
  '\n',
  '\n',
  '\r',
  '\r',
  '\r',
  '\r\n',
  '\r\n',
  '\u2028',
  '\u2029',
  '\u0085',
  '\u000b',
  '\u000c',
  '\u0000',
  '\t',
  ' ',
  '\u00a0',
  '\ufeff',
];
const PIECES = [
  '//',
  '/*',
  '*/',
  '/* x */',
  "'",
  '"',
  '`',
  '``',
  '\\',
  "\\'",
  '\\\\',
  '\\u000a',
  '\\u0027',
  '\\u002F',
  ':',
  ';',
  ',',
  '.',
  '$x',
  'RETURN 1 AS x',
  'RETURN',
  ' AS x',
  'WITH 1 AS y',
  'MATCH (n)',
  'MATCH (n) RETURN count(n) AS c',
  'UNION',
  'UNION ALL',
  'CALL {',
  '}',
  'EXISTS {',
  'COUNT {',
  'COLLECT {',
  '(',
  ')',
  '[',
  ']',
  '{',
  'n.`a``b`',
  "'it''s'",
  '0x1F',
  '-- c',
  '# c',
];

/** Generated queries: random sequences of payloads, wrappers and terminators, plus the known bypass shape with random parts. */
export function queryArbitrary(file: string): fc.Arbitrary<string> {
  const payload = fc.constantFrom(...payloads(file));
  const terminator = fc.constantFrom(...TERMINATORS);
  const piece = fc.oneof(
    { weight: 5, arbitrary: fc.constantFrom(...PIECES) },
    { weight: 2, arbitrary: payload },
    { weight: 3, arbitrary: terminator },
  );
  const sequence = fc
    .array(piece, { minLength: 1, maxLength: 10 })
    .chain((parts) => fc.constantFrom(' ', '').map((sep) => parts.join(sep)));
  const bypassShape = fc
    .tuple(
      terminator,
      terminator,
      terminator,
      payload,
      fc.constantFrom('//', '/*', '*/', ':', "'", '`', ''),
      fc.constantFrom('RETURN 1 AS x', 'MATCH (n) RETURN n LIMIT 1'),
    )
    .map(([t1, t2, t3, p, extra, tail]) => `//${t1}/*${extra}${t2}${p} //${t3}*/ ${tail}`);
  const wrapped = fc
    .tuple(
      fc.constantFrom('CALL { ', 'MATCH (n) WHERE EXISTS { ', 'RETURN COUNT { ', 'MATCH (m) CALL (m) { '),
      payload,
      fc.constantFrom(' }', ' } RETURN 1 AS x', ' } > 0 AS y'),
    )
    .map(([a, p, b]) => `${a}${p}${b}`);
  return fc.oneof(
    { weight: 5, arbitrary: sequence },
    { weight: 4, arbitrary: bypassShape },
    { weight: 1, arbitrary: wrapped },
  );
}

export interface FuzzReport {
  tried: number;
  accepted: number;
  /** Accepted queries that changed something or returned the marker: must be 0. */
  bypasses: { query: string; why: string }[];
}

/**
 * Generates `runs` queries with `seed`; each one the guard accepts runs on the store as the server would run it.
 * The store should hold a graph with a person_name index (so DROP INDEX would show).
 */
export async function fuzzGuard(
  store: EmbeddedGraphStore,
  runs: number,
  seed: number,
  options: { runOriginalText?: boolean } = {},
): Promise<FuzzReport> {
  const { file, marker } = markerFile();
  let before = await schemaFingerprint(store);
  const report: FuzzReport = { tried: 0, accepted: 0, bypasses: [] };
  const queries = fc.sample(queryArbitrary(file), { numRuns: runs, seed });
  for (const query of queries) {
    report.tried++;
    let text: string;
    try {
      text = assertReadOnly(query);
    } catch {
      continue;
    }
    report.accepted++;
    let rows = '';
    try {
      rows = JSON.stringify(
        options.runOriginalText
          ? await runRawRolledBack(store, query)
          : (await store.run(text, {}, { mode: 'read', timeoutMs: 2_000 })).rows,
      );
    } catch {
      // refused by the store or failed: what matters is that nothing changed
    }
    if (rows.includes(marker)) report.bypasses.push({ query, why: 'returned the content of a server file' });
    const after = await schemaFingerprint(store);
    const diff = changed(before, after);
    if (diff.length > 0) {
      report.bypasses.push({ query, why: `changed ${diff.join(', ')}` });
      before = after; // report each change once, not again for every later query
    }
  }
  fs.rmSync(file, { force: true });
  return report;
}

/**
 * How the server ran user Cypher before the canonical text: the user's own text, straight into a Grafeo transaction
 * that is rolled back. Only for proving the fuzz can fail (it must find bypasses this way).
 */
async function runRawRolledBack(store: EmbeddedGraphStore, query: string): Promise<unknown> {
  const db = (
    store as unknown as {
      db: {
        beginTransaction(): {
          executeCypher(q: string, p: object): Promise<{ toArray(): unknown[] }>;
          rollback(): void;
        };
      };
    }
  ).db;
  const tx = db.beginTransaction();
  try {
    return (await tx.executeCypher(query, {})).toArray();
  } finally {
    tx.rollback();
  }
}
