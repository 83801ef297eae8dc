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

/** Whether the code unit is one of JavaScript's \\s (white space or a line terminator). */
export function isSpaceCode(c: number): boolean {
  if (c < 128) return c === 32 || (c >= 9 && c <= 13);
  return (
    c === 0xa0 ||
    c === 0x1680 ||
    (c >= 0x2000 && c <= 0x200a) ||
    c === 0x2028 ||
    c === 0x2029 ||
    c === 0x202f ||
    c === 0x205f ||
    c === 0x3000 ||
    c === 0xfeff
  );
}

/**
 * `s.split(/\s+/)`, exactly (empty first/last pieces included), read character by character: split with a regex copies
 * the regex on every call, and a regex loop allocates a match per piece.
 */
export function splitSpaces(s: string): string[] {
  const out: string[] = [];
  let from = 0;
  for (let i = 0; i < s.length; ) {
    if (!isSpaceCode(s.charCodeAt(i))) {
      i++;
      continue;
    }
    out.push(s.slice(from, i));
    while (i < s.length && isSpaceCode(s.charCodeAt(i))) i++;
    from = i;
  }
  out.push(s.slice(from));
  return out;
}
