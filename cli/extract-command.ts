// CLI: `npm run extract -- <file>` prints one document's extraction as JSON; `--jsonl` turns {"id","text"} lines on stdin into result lines.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Command, InvalidArgumentError, Option } from 'commander';
import { loadGazetteer } from '../seed/pipeline.ts';
import { readInputFile } from '../seed/io/read-documents.ts';
import type { SourceDocument } from '../seed/analysis.ts';
import { DEFAULT_THREADS, ExtractPool } from './extract-pool.ts';
import { EXIT_OK, EXIT_SOME_FAILED, EXIT_USAGE, parseArgs, runAsEntry } from './cli-args.ts';

const MAX_BYTES = 50 * 1024 * 1024; // a single document larger than this is refused, as in the loader

/** Where the command reads and writes: the process's streams by default, strings in tests. */
export interface ExtractIo {
  stdin: NodeJS.ReadableStream;
  stdout: { write(text: string): unknown };
  stderr: { write(text: string): unknown };
}

const PROCESS_IO: ExtractIo = { stdin: process.stdin, stdout: process.stdout, stderr: process.stderr };

function documentFromFile(file: string, io: ExtractIo): SourceDocument[] {
  const result = readInputFile({ file: path.resolve(file), root: path.dirname(path.resolve(file)) }, MAX_BYTES);
  for (const w of result.warnings) io.stderr.write(`warning: ${w}\n`);
  if (result.failures.length)
    throw new Error(result.failures.map((f) => `${f.file}${f.line ? `:${f.line}` : ''}: ${f.reason}`).join('\n'));
  return result.documents;
}

async function runJsonLines(io: ExtractIo, threads: number, gazetteerDir?: string): Promise<void> {
  const pool = new ExtractPool({
    threads,
    gazetteerDir,
    context: { gazetteer: loadGazetteer(gazetteerDir) },
    asLine: true,
    write: (line) => io.stdout.write(`${line as string}\n`),
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
  });
  try {
    const rl = readline.createInterface({ input: io.stdin, crlfDelay: Infinity });
    let line = 0;
    for await (const text of rl) {
      line++;
      if (!text.trim()) continue;
      let rec: { id?: unknown; text?: unknown };
      try {
        rec = JSON.parse(text);
      } catch (e) {
        pool.pass(JSON.stringify({ id: null, line, error: `invalid JSON: ${(e as Error).message}` }));
        continue;
      }
      if (typeof rec.text !== 'string') {
        pool.pass(JSON.stringify({ id: rec.id ?? null, line, error: 'expecting a string `text`' }));
        continue;
      }
      const id = rec.id === undefined ? `line-${line}` : String(rec.id);
      await pool.push({ id, raw: rec.text, bodyStart: 0, bodyEnd: rec.text.length });
    }
    await pool.drain();
  } finally {
    await pool.close();
  }
}

/** The extractions of a file's documents, in order, over the threads. */
async function extractAll(
  docs: SourceDocument[],
  io: ExtractIo,
  threads: number,
  gazetteerDir?: string,
): Promise<unknown[]> {
  const results: unknown[] = [];
  const pool = new ExtractPool({
    threads,
    gazetteerDir,
    context: { gazetteer: loadGazetteer(gazetteerDir) },
    asLine: false,
    write: (out) => results.push(out),
    warn: (m) => io.stderr.write(`warning: ${m}\n`),
  });
  try {
    for (const doc of docs) await pool.push(doc);
    await pool.drain();
    return results;
  } finally {
    await pool.close();
  }
}

function threadCount(value: string): number {
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new InvalidArgumentError('expecting a whole number of threads, 1 or more');
  return n;
}

/** The command on argv (node, script, args…): 0 when it printed the extraction, 1 when the file failed, 2 on a usage error. */
export async function extractCommand(argv: string[], io: ExtractIo = PROCESS_IO): Promise<number> {
  const program = new Command()
    .name('extract')
    .description(
      'Extract entities, statements and relations from a document (no store). Offsets index the input text exactly as given.',
    )
    .argument('[file]', 'a .txt, .md, .html or .json document')
    .option('--jsonl', 'read {"id","text"} lines on stdin and write one result line per input line')
    .option('--gazetteer <dir>', 'gazetteer directory (default: seed/gazetteer)')
    .option('--pretty', 'indent the JSON of a file extraction')
    .addOption(
      new Option(
        '--threads <n>',
        'threads extracting documents at once (1: all on the main thread); used only once the input passes 64 KiB',
      )
        .env('EXTRACT_THREADS')
        .argParser(threadCount)
        .default(DEFAULT_THREADS, 'the cores, at most 8'),
    )
    .configureOutput({ writeOut: (t) => io.stdout.write(t), writeErr: (t) => io.stderr.write(t) });
  const stop = parseArgs(program, argv);
  if (stop !== null) return stop;
  const [file] = program.args as (string | undefined)[];
  const opts = program.opts<{ jsonl?: boolean; gazetteer?: string; pretty?: boolean; threads: number }>();
  try {
    if (opts.jsonl) {
      await runJsonLines(io, opts.threads, opts.gazetteer);
      return EXIT_OK;
    }
    if (!file) {
      io.stderr.write('extract: give a file, or --jsonl to read records on stdin\n');
      return EXIT_USAGE;
    }
    if (!fs.existsSync(file)) {
      io.stderr.write(`extract: no such file ${file}\n`);
      return EXIT_SOME_FAILED;
    }
    const results = await extractAll(documentFromFile(file, io), io, opts.threads, opts.gazetteer);
    const out = results.length === 1 ? results[0] : results;
    io.stdout.write(`${JSON.stringify(out, null, opts.pretty === false ? 0 : 2)}\n`);
    return EXIT_OK;
  } catch (e) {
    io.stderr.write(`extract: ${(e as Error).message}\n`);
    return EXIT_SOME_FAILED;
  }
}

runAsEntry(import.meta.url, (argv) => extractCommand(argv));
