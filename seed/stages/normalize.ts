// Stage "normalize": NFC, straight quotes, plain dashes and spaces, with a map so every later offset points into the raw text.
import type { Analysis, Stage } from '../analysis.ts';

const QUOTES: Record<string, string> = {
  '\u2018': "'",
  '\u2019': "'",
  '\u201A': "'",
  '\u201B': "'",
  '\u2032': "'",
  '\u201C': '"',
  '\u201D': '"',
  '\u201E': '"',
  '\u201F': '"',
  '\u2033': '"',
  '\u00AB': '"',
  '\u00BB': '"',
};
const DASHES = /[\u2010-\u2015\u2212\uFE58\uFE63\uFF0D]/;
const SPACES = /[\u00A0\u1680\u2000-\u200A\u202F\u205F\u3000\t\r\f\v]/;
const ZERO_WIDTH = /[\u200B-\u200D\u2060\uFEFF\u00AD]/;
const COMBINING = /[\u0300-\u036F]/;

export interface Normalized {
  text: string;
  /** map[i] = raw offset of normalized char i; map[text.length] = raw.length. */
  map: Int32Array;
}

/** Normalizes char by char (clusters with combining marks go through NFC) so the map stays exact. */
const SPECIAL = /[^\n\x20-\x7E]/g;
// Two apostrophes or backticks are a double quotation mark in some newsroom styles (''Yes,'' he said): a text that has
// them stops its ASCII runs there too (the plain class scans faster, so it stays the default).
const SPECIAL_OR_PAIRED = /[^\n\x20-\x7E]|''|``/g;

export function normalizeText(raw: string): Normalized {
  const out: string[] = [];
  // Room for every char to grow to three ("…" → "..."); trimmed at the end.
  const map = new Int32Array(raw.length * 3 + 1);
  let n = 0;
  const push = (s: string, at: number) => {
    out.push(s);
    for (let k = 0; k < s.length; k++) map[n++] = at;
  };
  const special = raw.includes("''") || raw.includes('``') ? SPECIAL_OR_PAIRED : SPECIAL;
  for (let i = 0; i < raw.length; ) {
    // Plain ASCII runs are copied whole: most of a news text.
    special.lastIndex = i;
    const next = special.exec(raw);
    let stop = next ? next.index : raw.length;
    if (stop > i && stop < raw.length && COMBINING.test(raw[stop])) stop--; // "e\u0301" is composed below
    if (stop > i) {
      out.push(raw.slice(i, stop));
      for (let k = i; k < stop; k++) map[n++] = k;
      i = stop;
      continue;
    }
    const c = raw[i];
    if ((c === "'" || c === '`') && raw[i + 1] === c) {
      push('"', i);
      i += 2;
      continue;
    }
    if (c.charCodeAt(0) < 128 && !COMBINING.test(raw[i + 1] ?? '')) {
      push(c === '\r' ? (raw[i + 1] === '\n' ? ' ' : '\n') : c === '\t' ? ' ' : c, i);
      i++;
      continue;
    }
    let j = i + 1;
    if (c >= '\uD800' && c <= '\uDBFF') j++;
    while (j < raw.length && COMBINING.test(raw[j])) j++;
    const cluster = raw.slice(i, j);
    if (QUOTES[cluster]) push(QUOTES[cluster], i);
    // An em dash glued to words ("models—Blackwell") separates them like a space; spaced or inside a compound it stays a dash.
    else if ((cluster === '\u2014' || cluster === '\u2015') && /\S/.test(raw[i - 1] ?? ' ') && /\S/.test(raw[j] ?? ' '))
      push(' ', i);
    else if (DASHES.test(cluster)) push('-', i);
    else if (SPACES.test(cluster)) push(' ', i);
    else if (ZERO_WIDTH.test(cluster)) {
      /* dropped: invisible, and it splits words */
    } else if (cluster === '\u2026') push('...', i);
    else push(cluster.normalize('NFC'), i);
    i = j;
  }
  map[n] = raw.length;
  return { text: out.join(''), map: map.slice(0, n + 1) };
}

/** Raw offset → normalized offset: the first normalized char at or after it (binary search over the monotone map). */
export function inverse(map: Int32Array): (offset: number) => number {
  return (offset) => {
    let lo = 0;
    let hi = map.length - 1;
    while (lo < hi) {
      const mid = (lo + hi) >> 1;
      if (map[mid] < offset) lo = mid + 1;
      else hi = mid;
    }
    return lo;
  };
}

export const normalize: Stage = {
  name: 'normalize',
  run(a: Analysis): Analysis {
    const { text, map } = normalizeText(a.doc.raw);
    let identity = text.length === a.doc.raw.length;
    for (let i = 0; identity && i < map.length; i++) identity = map[i] === i;
    return {
      ...a,
      text,
      toRaw: identity ? (o) => o : (o) => map[Math.max(0, Math.min(o, map.length - 1))],
      fromRaw: identity ? (o) => o : inverse(map),
    };
  },
};
