// CoNLL-2003 names by cross-validation inside the part of eng.train the held-out row does not score (not part of
// `npm test`): the selection protocol for the tagger's features and options and for the rules after it.
// The set-aside fifth (documents 4, 9, 14 … in file order, `isSetAside`; scored by conll-holdout.ts, figures only) is
// never read here. The other four fifths are split by document position into four inner folds (i mod 5 = 0, 1, 2, 3);
// for each, a tagger is trained in memory on the other three and the whole pipeline with it is scored on the fold
// (exact spans, PER/ORG/LOC, as conll.ts and conll-holdout.ts score), and the tagger alone as well. The pooled counts
// of the folds are the figure to choose by; eng.testa (dev) and the held-out row are not.
// Usage: npx tsx test/eval/conll-folds.ts [path/to/eng.train] [--epochs N] [--prune W] [--bits B] [--folds 0,1,2,3]
//          [--tagger-only] [--without "mention rule name"]… [--extra path/to/more.conll]… [--errors N] [--json]
// `--without` drops a rule of the mentions stage (seed/stages/mentions.ts MENTION_RULES, by name) for the run, to
// measure what it does on text it was not written for; `--extra` adds a file's documents to every fold's training data
// (never scored: it measures what training on more data, e.g. eng.testa, would give); `--errors N` prints N errors of each fold (these folds are
// development data: reading their errors is allowed).
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { loadGazetteer } from '../../seed/pipeline.ts';
import { readConll } from '../../seed/ner/conll.ts';
import { FEATURE_VERSION } from '../../seed/ner/features.ts';
import { prepare, SHIPPED_OPTIONS, taggerCounts, trainPrepared } from '../../seed/ner/train.ts';
import { MENTION_RULES } from '../../seed/stages/mentions.ts';
import { NAME_TYPES } from '../../seed/ner/tags.ts';
import { type ConllScore, conllMetrics, scoreConll } from './conll.ts';

/** The documents conll-holdout.ts scores (every fifth, in file order): never trained, tuned or selected on. */
export const isSetAside = (i: number) => i % 5 === 4;

/** Inner fold of a document that is not set aside (0–3), by its position in the file. */
export const innerFold = (i: number) => i % 5;

type Counts = Record<string, { tp: number; fp: number; fn: number }>;

const f1 = (c: { tp: number; fp: number; fn: number }) => (2 * c.tp) / (2 * c.tp + c.fp + c.fn || 1);

function addCounts(into: Counts, from: Counts): void {
  for (const [k, v] of Object.entries(from)) {
    into[k] ??= { tp: 0, fp: 0, fn: 0 };
    into[k].tp += v.tp;
    into[k].fp += v.fp;
    into[k].fn += v.fn;
  }
}

const line = (c: Counts, types: readonly string[]) => types.map((t) => `${t} ${f1(c[t]).toFixed(3)}`).join('  ');

function parseArgs(argv: string[]) {
  const o = {
    file: '/tmp/conll/eng.train',
    epochs: SHIPPED_OPTIONS.epochs,
    prune: SHIPPED_OPTIONS.prune,
    bits: SHIPPED_OPTIONS.bits,
    folds: [0, 1, 2, 3],
    taggerOnly: false,
    without: [] as string[],
    errors: 0,
    json: false,
    /** Files whose documents are added to every fold's training data (never scored): to measure training on more data. */
    extra: [] as string[],
  };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === '--epochs') o.epochs = Number(argv[++i]);
    else if (a === '--prune') o.prune = Number(argv[++i]);
    else if (a === '--bits') o.bits = Number(argv[++i]);
    else if (a === '--folds') o.folds = argv[++i].split(',').map(Number);
    else if (a === '--tagger-only') o.taggerOnly = true;
    else if (a === '--without') o.without.push(argv[++i]);
    else if (a === '--errors') o.errors = Number(argv[++i]);
    else if (a === '--json') o.json = true;
    else if (a === '--extra') o.extra.push(argv[++i]);
    else if (a.startsWith('--')) throw new Error(`conll-folds: unknown option ${a}`);
    else o.file = a;
  }
  if (o.extra.some((f) => path.resolve(f) === path.resolve(o.file)))
    throw new Error('conll-folds: `--extra` must be another file than the one the folds are cut from');
  if (o.folds.some((f) => !(f >= 0 && f <= 3)))
    throw new Error('conll-folds: `--folds` takes inner folds 0–3 (the fifth fold is the held-out row)');
  if (!(o.epochs >= 1) || !(o.bits >= 10 && o.bits <= 26) || !(o.prune >= 0))
    throw new Error('conll-folds: invalid `--epochs`, `--bits` or `--prune`');
  return o;
}

function main() {
  const o = parseArgs(process.argv.slice(2));
  for (const name of o.without) {
    const at = MENTION_RULES.findIndex((r) => r.name === name);
    if (at < 0)
      throw new Error(
        `conll-folds: no mention rule named "${name}"; the rules are: ${MENTION_RULES.map((r) => r.name).join('; ')}`,
      );
    MENTION_RULES.splice(at, 1);
  }
  const all = readConll(o.file);
  const inner = all.map((d, i) => ({ d, i })).filter(({ i }) => !isSetAside(i));
  const g = loadGazetteer();
  const t0 = performance.now();
  const prepared = prepare(
    inner.map((x) => x.d),
    g,
  );
  const foldOf = inner.map((x) => innerFold(x.i));
  const extra = prepare(
    o.extra.flatMap((f) => readConll(f)),
    g,
  );
  console.log(
    `${inner.length} documents in four inner folds (set-aside fifth not read); features v${FEATURE_VERSION}; prepared in ${((performance.now() - t0) / 1000).toFixed(1)} s`,
  );
  const taggerAll: Counts = {};
  const pipeAll: Counts = {};
  for (const fold of o.folds) {
    const t1 = performance.now();
    const { model, bytes } = trainPrepared([...prepared.filter((_, k) => foldOf[k] !== fold), ...extra], {
      epochs: o.epochs,
      bits: o.bits,
      prune: o.prune,
      trainedOn: `inner folds without ${fold}`,
    });
    const trainSecs = (performance.now() - t1) / 1000;
    const test = prepared.filter((_, k) => foldOf[k] === fold);
    const tc = taggerCounts(model, test, g);
    addCounts(taggerAll, tc);
    let msg = `fold ${fold}: ${test.length} docs, model ${model.header.rows} features ${(bytes.length / 1e6).toFixed(2)} MB, trained in ${trainSecs.toFixed(1)} s | tagger ${line(tc, NAME_TYPES)}`;
    if (!o.taggerOnly) {
      const s: ConllScore = scoreConll(
        inner.filter((_, k) => foldOf[k] === fold).map((x) => x.d),
        { gazetteer: g, nerModel: model },
      );
      addCounts(pipeAll, s.counts);
      msg += ` | pipeline ${line(s.counts, ['PER', 'ORG', 'LOC'])}`;
      if (o.errors) for (const e of s.errors.slice(0, o.errors)) console.log(`  ${e}`);
    }
    console.log(msg);
  }
  console.log(`pooled tagger alone: ${line(taggerAll, NAME_TYPES)}`);
  let metrics: { measure: string; value: number; goal?: string }[] = [];
  if (!o.taggerOnly) {
    const m = conllMetrics(pipeAll as ConllScore['counts']);
    for (const l of m.lines) console.log(`pooled pipeline ${l}`);
    metrics = m.metrics;
  }
  for (const t of NAME_TYPES)
    metrics.push({ measure: `tagger alone ${t} F1`, value: Number(f1(taggerAll[t]).toFixed(3)) });
  if (o.json)
    console.log(
      JSON.stringify({
        name: `CoNLL-2003 eng.train, inner folds ${o.folds.join(',')} (cross-validation without the set-aside fifth)`,
        size: { documents: inner.filter((_, k) => o.folds.includes(foldOf[k])).length },
        options: { epochs: o.epochs, bits: o.bits, prune: o.prune, without: o.without, extra: o.extra },
        metrics,
        errors: [],
      }),
    );
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
