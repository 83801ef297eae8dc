// Tags names (PER/ORG/LOC/MISC) in tokenized sentences with the averaged-perceptron model (Viterbi over valid BIO labels).
import type { Gazetteer } from '../gazetteer/gazetteer.ts';
import { tokenize, type Token } from '../stages/text/tokens.ts';
import {
  DocHistory,
  documentEvidence,
  hasUpper,
  sentenceFeatures,
  wordInfo,
  type DocEvidence,
  type WordInfo,
} from './features.ts';
import { decodeSentence } from './viterbi.ts';
import { defaultNerModel, type NerModel } from './ner-model.ts';
import { spansOf, type NameType } from './tags.ts';

/** A name the tagger found: text offsets (those of the tokens given), its type, and how sure it was. */
export interface NameSpan {
  start: number;
  end: number;
  type: NameType;
  /** Token indexes in the sentence, first and last. */
  first: number;
  last: number;
  /** Smallest score margin of the chosen labels over the runner-up, in weight units (higher = surer). */
  margin: number;
}

export interface TagOptions {
  /** The model (default: the committed one, loaded on first use). */
  model?: NerModel;
  /** Compute each name's margin (a backward pass; about a tenth of the tagger's time). Off: margins are NaN. */
  margins?: boolean;
  /** Per sentence, tokens already settled by other means (1 = leave out): never scored, never inside a name. */
  settled?: (Uint8Array | undefined)[];
  /** Per sentence, gazetteer codes (features.gazetteerCode) of names the caller matched already; else the gazetteer is matched here. */
  gazetteer?: (Uint8Array | undefined)[];
}

let LABELS_SCRATCH = new Uint8Array(256);
let MARGINS_SCRATCH = new Float32Array(256);

/** Whether a sentence has a capital the caller has not settled: else there is nothing to tag. */
function hasOpenCapital(toks: Token[], settled?: Uint8Array, infos?: WordInfo[]): boolean {
  for (let i = 0; i < toks.length; i++)
    if ((infos ? infos[i].up : hasUpper(toks[i].text)) && !settled?.[i]) return true;
  return false;
}

/** Labels and margins (in weight units, NaN when not asked for) of one sentence. */
export function labelSentence(
  model: NerModel,
  toks: Token[],
  doc: DocEvidence,
  g: Gazetteer | null,
  margins = true,
  settled?: Uint8Array,
  infos?: WordInfo[],
  gaz?: Uint8Array,
  history?: DocHistory,
): { labels: Uint8Array; margins: Float32Array } {
  const n = toks.length;
  const labels = new Uint8Array(n);
  const out = new Float32Array(n).fill(margins ? Infinity : NaN);
  if (!hasOpenCapital(toks, settled, infos)) return { labels, margins: out };
  const sf = sentenceFeatures(toks, doc, g, infos, gaz);
  history?.fill(sf);
  decodeSentence(model, sf, labels, margins ? out : null, settled);
  history?.add(sf, labels);
  if (margins) for (let i = 0; i < n; i++) out[i] *= model.header.scale;
  return { labels, margins: out };
}

/** Names in one sentence's tokens. */
export function tagSentence(
  model: NerModel,
  toks: Token[],
  doc: DocEvidence,
  g: Gazetteer | null,
  margins = true,
  settled?: Uint8Array,
  infos?: WordInfo[],
  gaz?: Uint8Array,
  history?: DocHistory,
): NameSpan[] {
  if (!hasOpenCapital(toks, settled, infos)) return [];
  const n = toks.length;
  if (LABELS_SCRATCH.length < n) {
    LABELS_SCRATCH = new Uint8Array(n * 2);
    MARGINS_SCRATCH = new Float32Array(n * 2);
  }
  const labels = LABELS_SCRATCH.subarray(0, n);
  const m = MARGINS_SCRATCH.subarray(0, n);
  const sf = sentenceFeatures(toks, doc, g, infos, gaz, true);
  history?.fill(sf);
  decodeSentence(model, sf, labels, margins ? m : null, settled);
  history?.add(sf, labels);
  if (margins) for (let i = 0; i < n; i++) m[i] *= model.header.scale;
  else m.fill(NaN);
  return spansOf(labels).map((s) => {
    let margin = Infinity;
    for (let i = s.first; i <= s.last; i++) margin = Math.min(margin, m[i]);
    return { start: toks[s.first].start, end: toks[s.last].end, type: s.type, first: s.first, last: s.last, margin };
  });
}

/** Names in each sentence of a document given as token lists (document evidence is read from all of them first). */
export function tagSentences(sentences: Token[][], g: Gazetteer | null, opts: TagOptions = {}): NameSpan[][] {
  const model = opts.model ?? defaultNerModel();
  const infos = sentences.map((toks) => toks.map((t) => wordInfo(t.text)));
  const doc = documentEvidence(sentences, infos);
  const history = new DocHistory();
  return sentences.map((toks, k) =>
    tagSentence(model, toks, doc, g, opts.margins ?? true, opts.settled?.[k], infos[k], opts.gazetteer?.[k], history),
  );
}

/** Names in a plain text, split into lines and sentences on end punctuation (for tools and tests; the pipeline uses its own sentences). */
export function tagText(text: string, g: Gazetteer | null = null, model: NerModel = defaultNerModel()): NameSpan[] {
  const sentences: Token[][] = [];
  const re = /[^\n]+/g;
  for (let m = re.exec(text); m; m = re.exec(text)) {
    const toks = tokenize(text, m.index, m.index + m[0].length);
    let from = 0;
    for (let i = 0; i < toks.length; i++) {
      const end = /^[.!?]$/.test(toks[i].text) && (i + 1 === toks.length || /^["'\p{Lu}]/u.test(toks[i + 1].text));
      if (end || i + 1 === toks.length) {
        sentences.push(toks.slice(from, i + 1));
        from = i + 1;
      }
    }
  }
  return tagSentences(sentences, g, { model }).flat();
}
