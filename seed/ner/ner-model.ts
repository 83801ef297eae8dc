// The trained tagger's weights: a compact file (gzip of a header, sorted feature keys and int16 weights) and fast lookup.
import fs from 'node:fs';
import path from 'node:path';
import zlib from 'node:zlib';
import { fileURLToPath } from 'node:url';
import { ConfigError } from '../../core/errors.ts';
import { FEATURE_VERSION } from './features.ts';
import type { Scorer } from './viterbi.ts';
import { LABELS, N_LABELS } from './tags.ts';

/** The model file is missing, corrupt, or was trained for other features or labels. */
export class NerModelError extends ConfigError {}

export const DEFAULT_MODEL_PATH = path.join(path.dirname(fileURLToPath(import.meta.url)), 'model.bin');

const MAGIC = 'AGNER001';
/** A local copy: an imported binding is read through a getter under tsx, too slow for the inner loop. */
const L = N_LABELS;

export interface ModelHeader {
  featureVersion: number;
  labels: string[];
  /** Features are hashed to `bits` bits before lookup. */
  bits: number;
  /** Weight = stored int16 × scale. */
  scale: number;
  rows: number;
  /** How the weights were made (data, epochs), for the record. */
  trainedOn?: string;
}

/**
 * Weights of the features the training kept, one row of N_LABELS int16 per feature key, found through an
 * open-addressing table (a feature lookup is a multiply, a shift and usually one comparison).
 */
export class NerModel implements Scorer {
  readonly mask: number;
  /** Per-word scores the decoder caches (see Scorer.wordCache). */
  readonly wordCache = new Map<string, Float32Array>();
  /**
   * The open-addressing table: slot s holds a feature key at [2s] and its row at [2s + 1] (-1: empty). Key and row sit
   * side by side, so a probe reads one place, not a slot and then its key in another array: the table is megabytes and
   * the tagger's lookups land all over it, so a lookup costs mostly its cache misses.
   */
  private table: Int32Array;
  private shift: number;

  constructor(
    readonly header: ModelHeader,
    readonly keys: Uint32Array,
    readonly weights: Int16Array,
  ) {
    this.mask = header.bits >= 32 ? 0xffffffff : (1 << header.bits) - 1;
    let size = 1;
    let log = 0;
    while (size < keys.length * 2 + 2) {
      size <<= 1;
      log++;
    }
    const table = new Int32Array(size * 2);
    for (let s = 0; s < size; s++) table[2 * s + 1] = -1;
    this.shift = 32 - log;
    for (let r = 0; r < keys.length; r++) {
      let s = Math.imul(keys[r], 0x9e3779b1) >>> this.shift;
      while (table[2 * s + 1] !== -1) s = (s + 1) & (size - 1);
      table[2 * s] = keys[r] | 0;
      table[2 * s + 1] = r;
    }
    this.table = table;
  }

  /** Row offset of a feature's weights, or -1 when the training dropped it. */
  row(feature: number): number {
    const key = (feature & this.mask) | 0;
    const table = this.table;
    const m = (table.length >> 1) - 1;
    let s = Math.imul(key, 0x9e3779b1) >>> this.shift;
    for (;;) {
      const r = table[2 * s + 1];
      if (r === -1) return -1;
      if (table[2 * s] === key) return r * N_LABELS;
      s = (s + 1) & m;
    }
  }

  /** Adds the weights of `count` features to scores[offset …] (in units of `header.scale`): the decoder's Scorer. */
  add(features: Uint32Array, count: number, scores: Float64Array, offset: number): void {
    // Inlined lookup, locals only: this loop is most of the tagger's time.
    const w = this.weights;
    const table = this.table;
    const m = (table.length >> 1) - 1;
    const shift = this.shift;
    const mask = this.mask;
    for (let k = 0; k < count; k++) {
      const key = (features[k] & mask) | 0;
      let s = Math.imul(key, 0x9e3779b1) >>> shift;
      let r = table[2 * s + 1];
      while (r !== -1 && table[2 * s] !== key) {
        s = (s + 1) & m;
        r = table[2 * s + 1];
      }
      if (r === -1) continue;
      const o = r * L;
      for (let l = 0; l < L; l++) scores[offset + l] += w[o + l];
    }
  }
}

/** Serializes a model to its file bytes. */
export function encodeModel(header: ModelHeader, keys: Uint32Array, weights: Int16Array): Buffer {
  const h = Buffer.from(JSON.stringify(header), 'utf8');
  const len = Buffer.alloc(4);
  len.writeUInt32LE(h.length);
  const body = Buffer.concat([
    Buffer.from(MAGIC, 'ascii'),
    len,
    h,
    Buffer.from(keys.buffer, keys.byteOffset, keys.byteLength),
    Buffer.from(weights.buffer, weights.byteOffset, weights.byteLength),
  ]);
  return zlib.gzipSync(body, { level: 9 });
}

/** Parses file bytes; anything unexpected is a NerModelError naming the file. */
export function decodeModel(bytes: Buffer, where = 'model'): NerModel {
  let body: Buffer;
  try {
    body = zlib.gunzipSync(bytes);
  } catch (e) {
    throw new NerModelError(`NerModel: ${where} is not a gzip'd model file (${(e as Error).message})`);
  }
  if (body.length < 12 || body.toString('ascii', 0, 8) !== MAGIC)
    throw new NerModelError(`NerModel: ${where} does not start with the ${MAGIC} signature`);
  const hlen = body.readUInt32LE(8);
  let header: ModelHeader;
  try {
    header = JSON.parse(body.toString('utf8', 12, 12 + hlen)) as ModelHeader;
  } catch {
    throw new NerModelError(`NerModel: ${where} has an unreadable header`);
  }
  if (header.featureVersion !== FEATURE_VERSION)
    throw new NerModelError(
      `NerModel: ${where} was trained for features v${header.featureVersion}; this code computes v${FEATURE_VERSION}. Retrain it (seed/ner/train.ts)`,
    );
  if (JSON.stringify(header.labels) !== JSON.stringify(LABELS))
    throw new NerModelError(`NerModel: ${where} has labels ${header.labels?.join(',')}; expecting ${LABELS.join(',')}`);
  if (!Number.isInteger(header.rows) || header.rows < 0 || !(header.scale > 0) || !Number.isInteger(header.bits))
    throw new NerModelError(`NerModel: ${where} has an invalid header`);
  const at = 12 + hlen;
  const need = at + header.rows * 4 + header.rows * N_LABELS * 2;
  if (body.length !== need)
    throw new NerModelError(`NerModel: ${where} is truncated or padded (${body.length} bytes, expecting ${need})`);
  // Copy into aligned typed arrays (the buffer's offset is not a multiple of 4).
  const keys = new Uint32Array(header.rows);
  Buffer.from(keys.buffer).set(body.subarray(at, at + header.rows * 4));
  const weights = new Int16Array(header.rows * N_LABELS);
  Buffer.from(weights.buffer).set(body.subarray(at + header.rows * 4, need));
  return new NerModel(header, keys, weights);
}

export function loadNerModel(file: string = DEFAULT_MODEL_PATH): NerModel {
  let bytes: Buffer;
  try {
    bytes = fs.readFileSync(file);
  } catch (e) {
    throw new NerModelError(
      `NerModel: cannot read ${file} (${(e as NodeJS.ErrnoException).code ?? (e as Error).message})`,
    );
  }
  return decodeModel(bytes, file);
}

let shipped: NerModel | undefined;
/** The committed model, read once on first use. */
export function defaultNerModel(): NerModel {
  shipped ??= loadNerModel();
  return shipped;
}
