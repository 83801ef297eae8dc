// Property-based API fuzzing driven by /api/openapi.json: schemathesis (pinned in requirements-fuzz.txt) against a
// real server on 127.0.0.1 over the embedded store; every response is recorded here, so the figures do not depend on
// the fuzzer's own report: requests tried, 5xx answers, and error bodies not in the documented shape.
import { spawn, spawnSync } from 'node:child_process';
import fs from 'node:fs';
import type { AddressInfo } from 'node:net';
import os from 'node:os';
import path from 'node:path';
import express from 'express';
import { createApp } from '../../server/create-app.ts';
import { errorBody } from '../../core/wire.ts';
import { PROJECT_ROOT } from '../../core/project-paths.ts';
import { EmbeddedGraphStore } from '../../server/store/embedded/embedded-store.ts';
import { NO_CLIENT, testConfig } from './api-app.ts';
import { writeApiGraph } from './api-graph.ts';

export const FUZZ_REQUIREMENTS = path.join(PROJECT_ROOT, 'test', '_support', 'requirements-fuzz.txt');
/** The pinned version, read from the requirements file so there is one place to change it. */
export const SCHEMATHESIS_VERSION = /schemathesis==([\d.]+)/.exec(fs.readFileSync(FUZZ_REQUIREMENTS, 'utf8'))![1];

export interface ApiFuzzOptions {
  seed: number; // schemathesis --seed: the same seed gives the same requests
  maxExamples: number; // test cases per operation and phase
  maxTimeSeconds?: number; // stop fuzzing after this long (the longer `npm run fuzz` run)
  /** Extra environment for the server under test (e.g. QUERY_TIMEOUT_MS). */
  env?: Record<string, string>;
}

export interface BadAnswer {
  method: string;
  url: string;
  status: number;
  body: string;
}

export interface ApiFuzzResult {
  requests: number; // answered by the server, as it counted them
  byStatus: Record<number, number>;
  serverErrors: BadAnswer[]; // 5xx other than 503 busy / 504 timeout, which are the documented answers to load
  badShapes: BadAnswer[]; // a 4xx or 5xx whose body is not {"error":{code,message,details?}}
  fuzzerExit: number | null;
  fuzzerOutput: string; // the tail of schemathesis's output, for a failure message
  seconds: number;
}

/** The schemathesis CLI, or a message saying how to install the pinned version. */
export function findSchemathesis(): { bin: string } | { missing: string } {
  for (const bin of ['st', 'schemathesis']) {
    const r = spawnSync(bin, ['--version'], { encoding: 'utf8' });
    if (r.status === 0) {
      const v = /(\d+\.\d+\.\d+)/.exec(r.stdout)?.[1];
      if (v !== SCHEMATHESIS_VERSION)
        return {
          missing: `schemathesis ${v} is installed; the fuzz expects ${SCHEMATHESIS_VERSION}: pip install -r ${path.relative(PROJECT_ROOT, FUZZ_REQUIREMENTS)}`,
        };
      return { bin };
    }
  }
  return { missing: `schemathesis is not installed: pip install -r ${path.relative(PROJECT_ROOT, FUZZ_REQUIREMENTS)}` };
}

/** Statuses that are answers about load, not failures: busy (503 with Retry-After) and a query's timeout (504). */
const LOAD_STATUSES = new Set([503, 504]);

export async function fuzzApi(opts: ApiFuzzOptions): Promise<ApiFuzzResult> {
  const found = findSchemathesis();
  if ('missing' in found) throw new Error(found.missing);
  const started = Date.now();
  const store = EmbeddedGraphStore.open({});
  await writeApiGraph(store);
  const app = createApp({ store, config: testConfig({ QUERY_TIMEOUT_MS: '3000', ...opts.env }), clientDir: NO_CLIENT });

  const result: ApiFuzzResult = {
    requests: 0,
    byStatus: {},
    serverErrors: [],
    badShapes: [],
    fuzzerExit: null,
    fuzzerOutput: '',
    seconds: 0,
  };
  const outer = express();
  // Records each answer on its way out: the status, and the body of every error.
  outer.use((req, res, next) => {
    const chunks: Buffer[] = [];
    const write = res.write.bind(res);
    const end = res.end.bind(res);
    res.write = ((chunk: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      return (write as (...a: unknown[]) => boolean)(chunk, ...rest);
    }) as typeof res.write;
    res.end = ((chunk?: unknown, ...rest: unknown[]) => {
      if (chunk && typeof chunk !== 'function') chunks.push(Buffer.from(chunk as string));
      return (end as (...a: unknown[]) => typeof res)(chunk, ...rest);
    }) as typeof res.end;
    res.on('finish', () => {
      if (req.path === '/api/openapi.json') return; // the fuzzer reading the schema
      result.requests++;
      result.byStatus[res.statusCode] = (result.byStatus[res.statusCode] ?? 0) + 1;
      if (res.statusCode < 400) return;
      const raw = Buffer.concat(chunks);
      const text = (res.getHeader('content-encoding') ? '(compressed)' : raw.toString('utf8')).slice(0, 2000);
      const answer = {
        method: req.method,
        url: req.originalUrl.slice(0, 300),
        status: res.statusCode,
        body: text.slice(0, 300),
      };
      if (res.statusCode >= 500 && !LOAD_STATUSES.has(res.statusCode)) result.serverErrors.push(answer);
      if (text === '(compressed)') return;
      let parsed: unknown;
      try {
        parsed = JSON.parse(text);
      } catch {
        parsed = undefined;
      }
      if (!errorBody.safeParse(parsed).success && req.method !== 'HEAD') result.badShapes.push(answer);
    });
    next();
  });
  outer.use(app);
  const server = outer.listen(0, '127.0.0.1');
  await new Promise((r) => server.once('listening', r));
  const port = (server.address() as AddressInfo).port;

  const reportDir = fs.mkdtempSync(path.join(os.tmpdir(), 'actorgraph-api-fuzz-'));
  const args = [
    'run',
    `http://127.0.0.1:${port}/api/openapi.json`,
    '--checks',
    'not_a_server_error,response_schema_conformance,content_type_conformance',
    '--seed',
    String(opts.seed),
    '--max-examples',
    String(opts.maxExamples),
    // One worker: with two, Hypothesis's lambda printer hits CPython 3.11's ast recursion-depth bug across threads.
    '--workers',
    '1',
    '--no-shrink',
    // The coverage phase trips a recursion bug of Hypothesis's lambda printer on Python 3.11 (a fuzzer crash, not a finding).
    '--phases',
    'examples,fuzzing,stateful',
    '--request-timeout',
    '30',
    '--suppress-health-check',
    'all',
    '--report-dir',
    reportDir,
    ...(opts.maxTimeSeconds ? ['--max-time', String(opts.maxTimeSeconds)] : []),
  ];
  try {
    const out: string[] = [];
    result.fuzzerExit = await new Promise<number | null>((resolve, reject) => {
      // No colours, no telemetry; the fuzzer's home stays in the temp folder.
      const child = spawn(found.bin, args, {
        env: { ...process.env, NO_COLOR: '1', SCHEMATHESIS_TELEMETRY: 'false' },
        cwd: reportDir,
      });
      child.stdout.on('data', (d: Buffer) => out.push(d.toString()));
      child.stderr.on('data', (d: Buffer) => out.push(d.toString()));
      child.on('error', reject);
      child.on('exit', resolve);
    });
    result.fuzzerOutput = out.join('').slice(-6000);
  } finally {
    await new Promise((r) => server.close(r));
    await store.close();
    fs.rmSync(reportDir, { recursive: true, force: true });
  }
  result.seconds = (Date.now() - started) / 1000;
  return result;
}
