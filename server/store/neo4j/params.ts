// Query parameters for the driver: integral JS numbers become Neo4j Integers, at any depth of lists and maps.
import neo4j from 'neo4j-driver';
import { InvalidArgumentError } from '../../../core/errors.ts';

const INT64_MIN = -(2n ** 63n);
const INT64_MAX = 2n ** 63n - 1n;

/**
 * The driver sends every JS number as a 64-bit float, so `LIMIT $limit` with 10 arrives as 10.0 and Neo4j refuses
 * it, and `n.count = $n` stores a float where the embedded store stores an integer. Integral numbers in the safe
 * range therefore go as Integers; other numbers (1.5, 1e300) stay floats. Driver values (Integer, temporal, Point),
 * typed arrays and dates are passed through untouched; only arrays and plain objects are walked.
 */
export function toNeo4jParam(v: unknown): unknown {
  if (typeof v === 'number') return Number.isSafeInteger(v) ? neo4j.int(v) : v;
  if (typeof v === 'bigint') {
    // neo4j.int wraps silently past 64 bits (2^63 becomes -2^63), so the range is checked here.
    if (v < INT64_MIN || v > INT64_MAX)
      throw new InvalidArgumentError(`Neo4jStore: parameter ${v} does not fit a 64-bit integer`);
    return neo4j.int(v.toString());
  }
  if (Array.isArray(v)) return v.map(toNeo4jParam);
  if (typeof v === 'object' && v !== null) {
    const proto = Object.getPrototypeOf(v);
    if (proto !== Object.prototype && proto !== null) return v;
    const out: Record<string, unknown> = {};
    for (const [k, val] of Object.entries(v)) out[k] = toNeo4jParam(val);
    return out;
  }
  return v;
}

export function toNeo4jParams(params: Record<string, unknown> = {}): Record<string, unknown> {
  return toNeo4jParam(params) as Record<string, unknown>;
}
