// CLI: `npm run extract -- <file>` prints one document's extraction as JSON; `--jsonl` turns {"id","text"} lines on stdin into result lines.
import fs from 'node:fs';
import path from 'node:path';
import readline from 'node:readline';
import { Command } from 'commander';
import { analyzeDocument, loadGazetteer } from '../seed/pipeline.ts';
import { toExtractionOutput } from '../seed/extract.ts';
import { readInputFile } from '../seed/io/read-documents.ts';
import type { SourceDocument } from '../seed/analysis.ts';

const MAX_BYTES = 50 * 1024 * 1024; // a single document larger than this is refused, as in the loader

function documentFromFile(file: string): SourceDocument[] {
  const result = readInputFile({ file: path.resolve(file), root: path.dirname(path.resolve(file)) }, MAX_BYTES);
  for (const w of result.warnings) process.stderr.write(`warning: ${w}\n`);
  if (result.failures.length)
    throw new Error(result.failures.map((f) => `${f.file}${f.line ? `:${f.line}` : ''}: ${f.reason}`).join('\n'));
  return result.documents;
}

async function runJsonLines(gazetteerDir?: string): Promise<void> {
  const context = { gazetteer: loadGazetteer(gazetteerDir) };
  const rl = readline.createInterface({ input: process.stdin, crlfDelay: Infinity });
  let line = 0;
  for await (const text of rl) {
    line++;
    if (!text.trim()) continue;
    let rec: { id?: unknown; text?: unknown };
    try {
      rec = JSON.parse(text);
    } catch (e) {
      process.stdout.write(`${JSON.stringify({ id: null, line, error: `invalid JSON: ${(e as Error).message}` })}\n`);
      continue;
    }
    if (typeof rec.text !== 'string') {
      process.stdout.write(`${JSON.stringify({ id: rec.id ?? null, line, error: 'expecting a string `text`' })}\n`);
      continue;
    }
    const id = rec.id === undefined ? `line-${line}` : String(rec.id);
    const doc: SourceDocument = { id, raw: rec.text, bodyStart: 0, bodyEnd: rec.text.length };
    process.stdout.write(`${JSON.stringify(toExtractionOutput(analyzeDocument(doc, context)))}\n`);
  }
}

const program = new Command()
  .name('extract')
  .description(
    'Extract entities, statements and relations from a document (no store). Offsets index the input text exactly as given.',
  )
  .argument('[file]', 'a .txt, .md, .html or .json document')
  .option('--jsonl', 'read {"id","text"} lines on stdin and write one result line per input line')
  .option('--gazetteer <dir>', 'gazetteer directory (default: seed/gazetteer)')
  .option('--pretty', 'indent the JSON of a file extraction')
  .action(async (file: string | undefined, opts: { jsonl?: boolean; gazetteer?: string; pretty?: boolean }) => {
    if (opts.jsonl) return runJsonLines(opts.gazetteer);
    if (!file) return program.error('extract: give a file, or --jsonl to read records on stdin');
    if (!fs.existsSync(file)) return program.error(`extract: no such file ${file}`);
    const context = { gazetteer: loadGazetteer(opts.gazetteer) };
    const results = documentFromFile(file).map((d) => toExtractionOutput(analyzeDocument(d, context)));
    const out = results.length === 1 ? results[0] : results;
    process.stdout.write(`${JSON.stringify(out, null, opts.pretty === false ? 0 : 2)}\n`);
  });

program.parseAsync(process.argv).catch((e: Error) => {
  process.stderr.write(`extract: ${e.message}\n`);
  process.exitCode = 1;
});
