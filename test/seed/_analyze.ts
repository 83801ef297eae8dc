// Test helper: runs the real pipeline over a file of the seed corpus or of test/seed/fixtures, read by the loader's own reader.
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import { readTextDocument } from '../../seed/io/read-text.ts';
import { toExtractionOutput } from '../../seed/extract.ts';
import type { Analysis, ExtractionOutput, PipelineContext } from '../../seed/analysis.ts';

const here = path.dirname(fileURLToPath(import.meta.url));
export const SEED_FILE = path.resolve(here, '../../seed/documents/us-permits-downgraded-ai-chips.md');
export const fixture = (name: string) => path.join(here, 'fixtures', name);

export function analyzeFile(file: string): { a: Analysis; out: ExtractionOutput } {
  const doc = readTextDocument(
    fs.readFileSync(file, 'utf8'),
    file,
    path.basename(file).replace(/\.\w+$/, ''),
    () => {},
  );
  const a = analyzeDocument(doc);
  return { a, out: toExtractionOutput(a) };
}

let textContext: PipelineContext | undefined;
/** The real pipeline over a test's inline text (the whole text is the body), the shipped gazetteer loaded once. */
export function analyzeText(raw: string): Analysis {
  textContext ??= { gazetteer: loadGazetteer() };
  return analyzeDocument({ id: 'fixture', raw, bodyStart: 0, bodyEnd: raw.length }, textContext);
}

/** Every offset pair in an extraction slices the input to exactly the text it carries. */
export function offsetErrors(input: string, out: ExtractionOutput): string[] {
  const bad: string[] = [];
  const check = (what: string, s: { start: number; end: number; text: string }) => {
    if (input.slice(s.start, s.end) !== s.text) bad.push(`${what} ${s.start}-${s.end}: ${JSON.stringify(s.text)}`);
  };
  for (const e of out.entities) for (const m of e.mentions) check(`mention of ${e.id}`, m);
  for (const s of out.statements) check(`statement of ${s.speaker}`, s);
  for (const r of out.relations) check(`evidence of ${r.from} ${r.type} ${r.to}`, r.evidence);
  return bad;
}

export const has = (out: ExtractionOutput, from: string, type: string, to: string) =>
  out.relations.some((r) => r.from === from && r.type === type && r.to === to);
