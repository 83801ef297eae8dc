// Dev evaluation (not part of `npm test`): PER/ORG/LOC span P/R/F1 of the mention finder on CoNLL-2003 dev (eng.testa), plus throughput.
// Usage: npx tsx test/eval/conll.ts [path/to/eng.testa] [--train path/to/eng.train] [--errors N] [--json]  — the data is
// not in the repository; never point this at eng.testb.
// The shipped tagger trains on eng.testa too (seed/ner/train.ts SHIPPED_ALSO), so for a file it trained on the row scores
// a model trained in memory on eng.train alone (the shipped options; `--train`, default eng.train beside the dev file):
// dev stays text the model never saw.
import { analyzeDocument, loadGazetteer } from '../../seed/pipeline.ts';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { PipelineContext, SourceDocument } from '../../seed/analysis.ts';
import type { Gazetteer } from '../../seed/gazetteer/gazetteer.ts';
import { readConll, type ConllDoc } from '../../seed/ner/conll.ts';
import { SHIPPED_ALSO, SHIPPED_OPTIONS, trainNerModel } from '../../seed/ner/train.ts';
import { FEATURE_VERSION } from '../../seed/ner/features.ts';
import fs from 'node:fs';

interface Span {
  start: number;
  end: number;
  type: string;
}

/** The words around a span, for reading errors (not for scoring). */
const around = (text: string, s: number, e: number): string =>
  `\t…${text.slice(Math.max(0, s - 60), s)}[[${text.slice(s, e)}]]${text.slice(e, e + 60)}…`.replace(/\n/g, ' ⏎ ');

// Described sources ("officials said") are speaker entities, not names: CoNLL scores names only. Countries and places
// (cities, regions, states) are LOC.
const MAP: Record<string, string> = {
  Person: 'PER',
  Company: 'ORG',
  Organization: 'ORG',
  Country: 'LOC',
  Place: 'LOC',
};

interface Predicted extends Span {
  method: string;
  label: string;
}

/** Options: the data file, and `--errors N` to print up to N false positives and negatives with their context and rule. */
function parseArgs(argv: string[]): { file: string; train?: string; errors: number; json: boolean } {
  let file = '/tmp/conll/eng.testa';
  let train: string | undefined;
  let errors = 0;
  let json = false;
  for (let i = 0; i < argv.length; i++) {
    if (argv[i] === '--errors') errors = Number(argv[++i]);
    else if (argv[i] === '--json') json = true;
    else if (argv[i] === '--train') train = argv[++i];
    else file = argv[i];
  }
  if (!Number.isInteger(errors) || errors < 0)
    throw new Error('conll: invalid `--errors`. Expecting a non-negative integer');
  return { file, train, errors, json };
}

/** For a file the shipped model trained on: a model trained in memory on eng.train alone, with the shipped options. */
function modelUnseenBy(file: string, train: string | undefined, gazetteer: Gazetteer) {
  if (!SHIPPED_ALSO.includes(path.basename(file))) return undefined;
  const from = train ?? path.join(path.dirname(file), 'eng.train');
  if (!fs.existsSync(from))
    throw new Error(
      `conll: the shipped model trained on ${path.basename(file)}; give eng.train with \`--train\` so that the row scores a model that did not`,
    );
  const t0 = performance.now();
  const { model } = trainNerModel(readConll(from), gazetteer, {
    ...SHIPPED_OPTIONS,
    trainedOn: `CoNLL-2003 ${path.basename(from)} alone, ${SHIPPED_OPTIONS.epochs} epochs, features v${FEATURE_VERSION}`,
  });
  console.log(
    `the shipped model trained on ${path.basename(file)}: scoring a model trained on ${path.basename(from)} alone (${((performance.now() - t0) / 1000).toFixed(1)} s)`,
  );
  return model;
}

const round = (x: number) => Number(x.toFixed(3));

export interface ConllScore {
  counts: Record<'PER' | 'ORG' | 'LOC', { tp: number; fp: number; fn: number }>;
  /** One line per false positive or negative, with its context and rule. */
  errors: string[];
  bytes: number;
  secs: number;
}

/** Exact-span PER/ORG/LOC counts of the pipeline on CoNLL documents (the context may carry another tagger model). */
export function scoreConll(docs: ConllDoc[], context: PipelineContext): ConllScore {
  const counts: ConllScore['counts'] = {
    PER: { tp: 0, fp: 0, fn: 0 },
    ORG: { tp: 0, fp: 0, fn: 0 },
    LOC: { tp: 0, fp: 0, fn: 0 },
  };
  let bytes = 0;
  const t0 = performance.now();
  const predictedAll: Predicted[][] = [];
  docs.forEach((d, i) => {
    const doc: SourceDocument = { id: `conll-${i}`, raw: d.text, bodyStart: 0, bodyEnd: d.text.length };
    bytes += Buffer.byteLength(d.text);
    const a = analyzeDocument(doc, context);
    predictedAll.push(
      a.mentions
        .filter((m) => !m.anaphor && !m.method.startsWith('description:'))
        .map((m) => ({ start: m.start, end: m.end, type: MAP[m.type] ?? '', label: m.type, method: m.method })),
    );
  });
  const secs = (performance.now() - t0) / 1000;
  const errors: string[] = [];
  const show = (p: Predicted) => `${p.label} ${p.method}`;
  docs.forEach((d, i) => {
    const all = predictedAll[i];
    const pred = all.filter((s) => s.type);
    for (const type of ['PER', 'ORG', 'LOC'] as const) {
      const gold = new Map(d.gold.filter((s) => s.type === type).map((s) => [`${s.start}:${s.end}`, s]));
      const ps = new Map(pred.filter((s) => s.type === type).map((s) => [`${s.start}:${s.end}`, s]));
      for (const [x, p] of ps) {
        if (gold.has(x)) counts[type].tp++;
        else {
          counts[type].fp++;
          const g = d.gold.find((s) => s.start < p.end && p.start < s.end);
          errors.push(
            `FP ${type} ${d.text.slice(p.start, p.end)} [${p.method}; gold: ${g ? `${g.type} ${d.text.slice(g.start, g.end)}` : '-'}]${around(d.text, p.start, p.end)}`,
          );
        }
      }
      for (const [x, g] of gold)
        if (!ps.has(x)) {
          counts[type].fn++;
          const p = all.find((s) => s.start < g.end && g.start < s.end);
          errors.push(
            `FN ${type} ${d.text.slice(g.start, g.end)} [pred: ${p ? `${show(p)} ${d.text.slice(p.start, p.end)}` : '-'}]${around(d.text, g.start, g.end)}`,
          );
        }
    }
  });
  return { counts, errors, bytes, secs };
}

/** Per-class precision, recall and F1 of the counts, as printed lines and as the summary's metrics (F1 with issue 14's goals). */
export function conllMetrics(counts: ConllScore['counts']): {
  lines: string[];
  metrics: { measure: string; value: number; goal?: string }[];
} {
  const lines: string[] = [];
  const metrics: { measure: string; value: number; goal?: string }[] = [];
  const GOAL_F1: Record<string, string> = { PER: '≥ 0.93', ORG: '≥ 0.90', LOC: '≥ 0.90' };
  for (const [type, c] of Object.entries(counts)) {
    const p = c.tp / (c.tp + c.fp || 1);
    const r = c.tp / (c.tp + c.fn || 1);
    const f1 = (2 * p * r) / (p + r || 1);
    lines.push(
      `${type}: precision ${p.toFixed(3)} recall ${r.toFixed(3)} F1 ${f1.toFixed(3)} (tp ${c.tp}, fp ${c.fp}, fn ${c.fn})`,
    );
    metrics.push(
      { measure: `${type} precision`, value: round(p) },
      { measure: `${type} recall`, value: round(r) },
      { measure: `${type} F1`, value: round(f1), goal: GOAL_F1[type] },
    );
  }
  return { lines, metrics };
}

function main() {
  const { file, train, errors: maxErrors, json } = parseArgs(process.argv.slice(2));
  const docs = readConll(file);
  const gazetteer = loadGazetteer();
  const nerModel = modelUnseenBy(file, train, gazetteer);
  const { counts, errors, bytes, secs } = scoreConll(docs, { gazetteer, nerModel });
  if (maxErrors)
    console.log(
      errors
        .filter((e) => !/^F[PN] LOC/.test(e))
        .slice(0, maxErrors)
        .join('\n'),
    );
  const { lines, metrics } = conllMetrics(counts);
  for (const line of lines) console.log(line);
  console.log(
    `${docs.length} documents, ${(bytes / 1e6).toFixed(2)} MB in ${secs.toFixed(2)} s: ${(bytes / 1e6 / secs).toFixed(2)} MB/s`,
  );
  if (json) {
    // Error kinds: false positive or negative, by class and by the rule that fired (or "-" when none did).
    const kinds = new Map<string, string[]>();
    for (const e of errors) {
      const m = /^(F[PN]) (\w+) .*?\[(?:pred: (\w+ [\w:-]+)|([\w:-]+);)?/.exec(e);
      const rule = m?.[3] ?? m?.[4];
      const kind = m ? `${m[1]} ${m[2]}${rule ? ` (${rule})` : ''}` : e.slice(0, 6);
      kinds.set(kind, [...(kinds.get(kind) ?? []), e.split('\t')[0]]);
    }
    const top = [...kinds.entries()].sort((x, y) => y[1].length - x[1].length).slice(0, 12);
    console.log(
      JSON.stringify({
        name: `CoNLL-2003 ${file.split('/').pop()} (names)`,
        size: { documents: docs.length, MB: Number((bytes / 1e6).toFixed(2)) },
        metrics,
        errors: top.map(([kind, xs]) => ({ kind, count: xs.length, examples: xs.slice(0, 5) })),
      }),
    );
  }
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
