#!/usr/bin/env node
// Runs a TypeScript CLI entry (`node cli/run-compiled.mjs cli/extract-command.ts args…`) from one JavaScript bundle
// compiled ahead of time (cli/compiled-bundle.mjs), instead of transforming every source file at each start as tsx
// does. The entry sees process.argv as tsx gives it (argv[1] is the .ts entry), so its `runAsEntry` check starts the
// command.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import v8 from 'node:v8';
import { compiledBundle, ROOT } from './compiled-bundle.mjs';

const [, , entryArg, ...rest] = process.argv;
if (!entryArg) {
  process.stderr.write('usage: node cli/run-compiled.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
// A compiled command is a batch job that runs a large body of code once over its input: with V8's default tiering
// budget (132 KiB of bytecode executed) TurboFan optimizes (and, as object shapes vary, re-optimizes) hundreds of the
// pipeline's functions during the first pass, about as much CPU on V8's helper threads as the extraction itself
// (BENCHMARKS.md, "Extraction end to end"). A six times larger budget optimizes only the functions that stay hot:
// measured on 2 MB of news, helper-thread CPU 4 s → 0.8 s, main thread unchanged, output the same. The flag is
// process-wide, so the extract command's worker threads run with it too.
v8.setFlagsFromString('--interrupt-budget=800000');
const entry = path.resolve(ROOT, entryArg);
const bundle = await compiledBundle(entry);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(bundle).href);
