#!/usr/bin/env node
// Runs a TypeScript CLI entry (`node cli/run-compiled.mjs cli/extract-command.ts args…`) from one JavaScript bundle
// compiled ahead of time (cli/compiled-bundle.mjs), instead of transforming every source file at each start as tsx
// does. The entry sees process.argv as tsx gives it (argv[1] is the .ts entry), so its `runAsEntry` check starts the
// command.
import path from 'node:path';
import { pathToFileURL } from 'node:url';
import { compiledBundle, ROOT } from './compiled-bundle.mjs';

const [, , entryArg, ...rest] = process.argv;
if (!entryArg) {
  process.stderr.write('usage: node cli/run-compiled.mjs <entry.ts> [args…]\n');
  process.exit(2);
}
const entry = path.resolve(ROOT, entryArg);
const bundle = await compiledBundle(entry);
process.argv = [process.argv[0], entry, ...rest];
await import(pathToFileURL(bundle).href);
