// A linear scan of a raw JSON body for its nesting depth, run before JSON.parse so a deeply nested body is refused
// with a 400 instead of overflowing a recursive consumer further on (schema validation, the store's value conversion).

/** Arrays and objects nested deeper than this are refused; real request bodies nest a handful of levels. */
export const MAX_JSON_DEPTH = 64;

/** The deepest nesting of `[`/`{` outside string literals, stopping early once past `limit`. */
export function jsonDepth(raw: Uint8Array, limit = Infinity): number {
  let depth = 0;
  let max = 0;
  let inString = false;
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i];
    if (inString) {
      if (c === 0x5c)
        i++; // backslash: skip the escaped byte
      else if (c === 0x22) inString = false;
    } else if (c === 0x22) inString = true;
    else if (c === 0x5b || c === 0x7b) {
      if (++depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    } else if (c === 0x5d || c === 0x7d) depth--;
  }
  return max;
}

/** express.json's `verify` hook: throws a 400 `entity.too.deep` error the error middleware turns into `body_too_deep`. */
export function refuseDeepJson(_req: unknown, _res: unknown, buf: Buffer): void {
  if (jsonDepth(buf, MAX_JSON_DEPTH) > MAX_JSON_DEPTH) {
    throw Object.assign(
      new Error(`The request body nests arrays and objects more than ${MAX_JSON_DEPTH} levels deep`),
      { status: 400, type: 'entity.too.deep' },
    );
  }
}
