// Regex helpers: every match of a global regex in a string, without String.prototype.matchAll's per-call copy of the regex,
// and a string escaped to match literally.
// matchAll constructs a new RegExp (species copy) on each call: run per sentence over a document, the copies cost
// about six times the matching itself. The matches are collected before returning, so a caller may use the same
// regex again inside its loop.

/** `s` as a regex that matches it literally (every special character escaped). */
export function escapeRegExp(s: string): string {
  return s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

/** All matches of `re` (which must have the g flag) in `s`, in order; `re.lastIndex` is left at 0. */
export function matchesOf(re: RegExp, s: string): RegExpExecArray[] {
  if (!re.global) throw new TypeError(`matchesOf: the regex needs the g flag (${re.source.slice(0, 40)}…)`);
  const out: RegExpExecArray[] = [];
  re.lastIndex = 0;
  for (let m = re.exec(s); m; m = re.exec(s)) {
    out.push(m);
    // An empty match would match again at the same place: step over one character (a whole code point in u mode).
    if (m[0] === '') re.lastIndex = advance(s, re.lastIndex, re.unicode || re.flags.includes('v'));
  }
  re.lastIndex = 0;
  return out;
}

function advance(s: string, i: number, unicode: boolean): number {
  if (!unicode || i + 1 >= s.length) return i + 1;
  const c = s.charCodeAt(i);
  return c >= 0xd800 && c <= 0xdbff ? i + 2 : i + 1;
}

const WHITESPACE = /\s+/g;
/**
 * `s.split(/\s+/)`, exactly (empty first/last pieces included), without the regex copy that split with a regex makes
 * on every call (about twice the time of the loop below).
 */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  WHITESPACE.lastIndex = 0;
  for (let m = WHITESPACE.exec(s); m; m = WHITESPACE.exec(s)) {
    out.push(s.slice(from, m.index));
    from = m.index + m[0].length;
  }
  WHITESPACE.lastIndex = 0;
  out.push(s.slice(from));
  return out;
}
