// One thread of the extract command's pool (cli/extract-pool.ts), run from its compiled bundle: it loads the
// gazetteer once, then answers each document with its extraction, either as the result line (JSON text, for --jsonl)
// or as the output object (for a file of several documents), tagged with the job's number.
import { parentPort, workerData } from 'node:worker_threads';
import type { SourceDocument } from '../seed/analysis.ts';
import { toExtractionOutput } from '../seed/extract.ts';
import { analyzeDocument, loadGazetteer } from '../seed/pipeline.ts';

/** A document to extract; `line` asks for the result's JSON text, otherwise the output object comes back. */
export interface ExtractJob {
  seq: number;
  doc: SourceDocument;
  line: boolean;
}

/** A job's answer: the result (text or object), or the message of the error the extraction threw. */
export type ExtractAnswer = { seq: number; result: unknown } | { seq: number; error: string };

const port = parentPort;
if (port) {
  const context = { gazetteer: loadGazetteer((workerData as { gazetteerDir?: string } | null)?.gazetteerDir) };
  port.on('message', (job: ExtractJob) => {
    let answer: ExtractAnswer;
    try {
      const out = toExtractionOutput(analyzeDocument(job.doc, context));
      answer = { seq: job.seq, result: job.line ? JSON.stringify(out) : out };
    } catch (e) {
      answer = { seq: job.seq, error: e instanceof Error ? e.message : String(e) };
    }
    port.postMessage(answer);
  });
}
