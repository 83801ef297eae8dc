// Dev-only: trains the name tagger (averaged structured perceptron, Viterbi over BIO) on CoNLL-2003 eng.train and writes the compact model file.
// Usage: npx tsx seed/ner/train.ts /tmp/conll/eng.train --dev /tmp/conll/eng.testa --out seed/ner/model.bin
//        [--also more.conll …] (deterministic: same data, same bytes; the shipped model trains on eng.train alone)
// The data is not in the repository (Reuters RCV1 text, CoNLL-2003 annotations); never pass the test split (eng.testb).
import fs from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { Command } from 'commander';
import { loadGazetteer, type Gazetteer } from '../gazetteer/gazetteer.ts';
import { tokenize, type Token } from '../stages/text/tokens.ts';
import { readConll, type ConllDoc } from './conll.ts';
import {
  baseFeatures,
  DocHistory,
  documentEvidence,
  FEATURE_VERSION,
  MAX_FEATURES,
  sentenceFeatures,
  transitionFeatures,
  type SentenceFeatures,
} from './features.ts';
import { activeTokens, decodeSentence, type Scorer } from './viterbi.ts';
import { encodeModel, decodeModel, NerModel, type ModelHeader } from './ner-model.ts';
import { beginOf, insideOf, isInside, LABELS, N_LABELS, NAME_TYPES, O, typeOf } from './tags.ts';
import { tagSentence } from './tagger.ts';

/** A training sentence: tokens, gold labels and precomputed features. */
export interface Sentence {
  toks: Token[];
  gold: Uint8Array;
  sf: SentenceFeatures;
}

/** Tokens of each sentence (our tokenizer, as at inference) with gold labels from the character spans. */
export function prepare(docs: ConllDoc[], g: Gazetteer): Sentence[][] {
  return docs.map((d) => {
    const toks = d.sentences.map((s) => tokenize(d.text, s.start, s.end));
    const ev = documentEvidence(toks);
    return toks.map((ts) => {
      const gold = new Uint8Array(ts.length);
      ts.forEach((t, i) => {
        const s = d.gold.find((x) => x.start <= t.start && t.start < x.end);
        if (!s) return;
        const type = NAME_TYPES.indexOf(s.type as (typeof NAME_TYPES)[number]);
        gold[i] = t.start === s.start || (i > 0 && gold[i - 1] === O) ? beginOf(type) : insideOf(type);
      });
      return { toks: ts, gold, sf: sentenceFeatures(ts, ev, g) };
    });
  });
}

/** Deterministic shuffle (mulberry32) so a training run can be repeated exactly. */
function shuffle<T>(xs: T[], seed: number): T[] {
  let s = seed >>> 0;
  const rnd = () => {
    s = (s + 0x6d2b79f5) >>> 0;
    let t = s;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const out = [...xs];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(rnd() * (i + 1));
    [out[i], out[j]] = [out[j], out[i]];
  }
  return out;
}

/** Structured (Collins) perceptron with averaged weights: decode with the current weights, then move towards gold. */
class Perceptron implements Scorer {
  w: Float32Array;
  u: Float64Array;
  c = 1;
  mask: number;
  feats = new Uint32Array(MAX_FEATURES);
  pred = new Uint8Array(512);
  constructor(readonly bits: number) {
    this.w = new Float32Array((1 << bits) * N_LABELS);
    this.u = new Float64Array((1 << bits) * N_LABELS);
    this.mask = (1 << bits) - 1;
  }

  add(features: Uint32Array, count: number, scores: Float64Array, offset: number): void {
    for (let k = 0; k < count; k++) {
      const r = (features[k] & this.mask) * N_LABELS;
      for (let l = 0; l < N_LABELS; l++) scores[offset + l] += this.w[r + l];
    }
  }

  private update(count: number, label: number, by: number): void {
    for (let k = 0; k < count; k++) {
      const r = (this.feats[k] & this.mask) * N_LABELS + label;
      this.w[r] += by;
      this.u[r] += by * this.c;
    }
  }

  /** One sentence: where the decoded labels differ from gold, gold features gain and predicted ones lose. */
  train(s: Sentence, history: DocHistory): void {
    const { sf } = s;
    if (this.pred.length < sf.n) this.pred = new Uint8Array(sf.n * 2);
    const pred = this.pred.subarray(0, sf.n);
    history.fill(sf);
    decodeSentence(this, sf, pred, null);
    history.add(sf, pred);
    // Gold as the decoder can express it: tokens it never scores are O.
    const act = activeTokens(sf);
    const gold = s.gold.map((l, i) => (act[i] ? l : O));
    for (let i = 0; i < sf.n; i++) {
      if (!act[i]) continue;
      const gp = i > 0 && act[i - 1] ? gold[i - 1] : O;
      const pp = i > 0 && act[i - 1] ? pred[i - 1] : O;
      if (gold[i] !== pred[i]) {
        const n = baseFeatures(sf, i, this.feats);
        this.update(n, gold[i], 1);
        this.update(n, pred[i], -1);
      }
      if (gold[i] !== pred[i] || gp !== pp) {
        this.update(transitionFeatures(sf, i, gp, this.feats), gold[i], 1);
        this.update(transitionFeatures(sf, i, pp, this.feats), pred[i], -1);
      }
    }
    this.c++;
  }

  /** Averaged weights, pruned (rows whose largest weight is below `prune`) and quantized to int16. */
  export(prune: number, trainedOn: string): { header: ModelHeader; keys: Uint32Array; weights: Int16Array } {
    const n = 1 << this.bits;
    const avg = new Float32Array(N_LABELS);
    let maxAbs = 0;
    const keep: number[] = [];
    for (let b = 0; b < n; b++) {
      let m = 0;
      for (let l = 0; l < N_LABELS; l++) {
        const v = this.w[b * N_LABELS + l] - this.u[b * N_LABELS + l] / this.c;
        m = Math.max(m, Math.abs(v));
      }
      if (m >= prune) {
        keep.push(b);
        maxAbs = Math.max(maxAbs, m);
      }
    }
    const scale = maxAbs / 32767 || 1;
    const keys = Uint32Array.from(keep);
    const weights = new Int16Array(keys.length * N_LABELS);
    keys.forEach((b, r) => {
      for (let l = 0; l < N_LABELS; l++) {
        avg[l] = this.w[b * N_LABELS + l] - this.u[b * N_LABELS + l] / this.c;
        weights[r * N_LABELS + l] = Math.round(avg[l] / scale);
      }
    });
    return {
      header: { featureVersion: FEATURE_VERSION, labels: LABELS, bits: this.bits, scale, rows: keys.length, trainedOn },
      keys,
      weights,
    };
  }
}

/** Span counts per type (tagger alone, exact spans) of a model on prepared sentences, added to `c` when given. */
export function taggerCounts(
  model: NerModel,
  docs: Sentence[][],
  g: Gazetteer,
  c: Record<string, { tp: number; fp: number; fn: number }> = Object.fromEntries(
    NAME_TYPES.map((t) => [t, { tp: 0, fp: 0, fn: 0 }]),
  ),
): Record<string, { tp: number; fp: number; fn: number }> {
  for (const doc of docs) {
    const ev = documentEvidence(doc.map((s) => s.toks));
    const history = new DocHistory();
    for (const s of doc) {
      const pred = new Set(
        tagSentence(model, s.toks, ev, g, false, undefined, undefined, undefined, history).map(
          (x) => `${x.first}:${x.last}:${x.type}`,
        ),
      );
      const gold = new Set<string>();
      let open = -1;
      for (let i = 0; i <= s.gold.length; i++) {
        const l = i < s.gold.length ? s.gold[i] : O;
        if (open >= 0 && (l === O || !isInside(l))) {
          gold.add(`${open}:${i - 1}:${NAME_TYPES[typeOf(s.gold[open])]}`);
          open = -1;
        }
        if (l !== O && !isInside(l)) open = i;
      }
      for (const x of pred) {
        const t = x.split(':')[2];
        if (gold.has(x)) c[t].tp++;
        else c[t].fp++;
      }
      for (const x of gold) if (!pred.has(x)) c[x.split(':')[2]].fn++;
    }
  }
  return c;
}

/** Span P/R/F1 per type of a model on prepared sentences. */
function evaluate(model: NerModel, docs: Sentence[][], g: Gazetteer): string {
  return Object.entries(taggerCounts(model, docs, g))
    .map(([t, v]) => {
      const p = v.tp / (v.tp + v.fp || 1);
      const r = v.tp / (v.tp + v.fn || 1);
      return `${t} P ${p.toFixed(3)} R ${r.toFixed(3)} F1 ${((2 * p * r) / (p + r || 1)).toFixed(3)}`;
    })
    .join(' | ');
}

/**
 * The shipped model's training options, chosen by cross-validation inside the four fifths of eng.train that the
 * held-out row does not score (test/eval/conll-folds.ts); the held-out row trains with these too.
 */
export const SHIPPED_OPTIONS = { epochs: 10, bits: 22, prune: 0.01 };

/**
 * Files beside eng.train that the shipped model trains on too (`--also`): none. Measured for eng.testa (dev), a quarter
 * more training text: the inner folds (test/eval/conll-folds.ts `--extra /tmp/conll/eng.testa`, 757 documents, whole
 * pipeline PER / ORG / LOC) go 0.931 / 0.832 / 0.925 → 0.933 / 0.838 / 0.928, but the model trained so fails six
 * hand-written in-domain expectations under test/seed (a place's head, an institute's nationality, "of Varelli") and
 * moves the in-domain rows both ways, so it is not shipped. Listing a file here makes the dev row (test/eval/conll.ts)
 * score a model trained on eng.train alone and the held-out row train on its four fifths plus the file.
 */
export const SHIPPED_ALSO: string[] = [];

export interface TrainOptions {
  epochs: number;
  /** Feature hash bits during training. */
  bits: number;
  /** Drop features whose largest averaged weight is below this. */
  prune: number;
  /** What the model was trained on, kept in its header. */
  trainedOn: string;
  /** Called after each epoch with the model as it would be written then (for dev reports). */
  onEpoch?: (epoch: number, secs: number, model: () => NerModel) => void;
}

/** Trains a model on CoNLL documents (deterministic: the same documents and options give the same bytes). */
export function trainNerModel(docs: ConllDoc[], g: Gazetteer, o: TrainOptions): { model: NerModel; bytes: Buffer } {
  return trainPrepared(prepare(docs, g), o);
}

/** Trains on documents already prepared (cross-validation prepares the data once for all its folds). */
export function trainPrepared(train: Sentence[][], o: TrainOptions): { model: NerModel; bytes: Buffer } {
  const p = new Perceptron(o.bits);
  for (let e = 1; e <= o.epochs; e++) {
    const t0 = performance.now();
    for (const doc of shuffle(train, e)) {
      const history = new DocHistory();
      for (const s of doc) p.train(s, history);
    }
    o.onEpoch?.(e, (performance.now() - t0) / 1000, () => {
      const m = p.export(o.prune, o.trainedOn);
      return new NerModel(m.header, m.keys, m.weights);
    });
  }
  const m = p.export(o.prune, o.trainedOn);
  const bytes = encodeModel(m.header, m.keys, m.weights);
  return { model: decodeModel(bytes, 'trained model'), bytes }; // the bytes must read back
}

function main() {
  const program = new Command('ner-train')
    .argument('<train>', 'CoNLL-2003 eng.train')
    .option('--dev <file>', 'held-out file to report on after each epoch (not one the model trains on)')
    .option('--also <files...>', 'more CoNLL files to train on (the shipped model: none, SHIPPED_ALSO)', [])
    .option('--out <file>', 'where to write the model', 'seed/ner/model.bin')
    .option('--epochs <n>', 'passes over the training data', String(SHIPPED_OPTIONS.epochs))
    .option('--bits <n>', 'feature hash bits during training', String(SHIPPED_OPTIONS.bits))
    .option('--prune <w>', 'drop features whose largest averaged weight is below this', String(SHIPPED_OPTIONS.prune))
    .parse();
  const opts = program.opts<{
    dev?: string;
    also: string[];
    out: string;
    epochs: string;
    bits: string;
    prune: string;
  }>();
  const epochs = Number(opts.epochs);
  const files = [program.args[0], ...opts.also];
  if (opts.dev && files.some((f) => path.resolve(f) === path.resolve(opts.dev!)))
    throw new Error('ner-train: `--dev` names a file the model trains on; its figures would say nothing');
  const g = loadGazetteer();
  const dev = opts.dev ? prepare(readConll(opts.dev), g) : [];
  const { model, bytes } = trainNerModel(
    files.flatMap((f) => readConll(f)),
    g,
    {
      epochs,
      bits: Number(opts.bits),
      prune: Number(opts.prune),
      trainedOn: `CoNLL-2003 ${files.map((f) => path.basename(f)).join(' + ')}, ${epochs} epochs, averaged structured perceptron, features v${FEATURE_VERSION}`,
      onEpoch: (e, secs, current) => {
        if (!dev.length) return console.log(`epoch ${e} (${secs.toFixed(1)} s)`);
        const m = current();
        console.log(`epoch ${e} (${secs.toFixed(1)} s, ${m.header.rows} features): dev ${evaluate(m, dev, g)}`);
      },
    },
  );
  fs.writeFileSync(opts.out, bytes);
  console.log(`wrote ${opts.out}: ${(bytes.length / 1e6).toFixed(2)} MB, ${model.header.rows} features`);
  if (dev.length) console.log(`dev (as written): ${evaluate(model, dev, g)}`);
}

if (process.argv[1] && path.resolve(process.argv[1]) === fileURLToPath(import.meta.url)) main();
