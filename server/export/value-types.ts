// Typing property values for typed export formats (GraphML keys, neo4j-admin CSV headers): one type per property, widening when values disagree.
import type { PlainValue } from '../../core/graph-store.ts';

export type ScalarType = 'boolean' | 'long' | 'double' | 'string';
export interface ValueType {
  scalar: ScalarType;
  list: boolean;
}

function scalarOf(v: PlainValue): ScalarType {
  if (typeof v === 'boolean') return 'boolean';
  if (typeof v === 'number') return Number.isInteger(v) ? 'long' : 'double';
  return 'string';
}

/** long + double → double; anything else that disagrees → string. */
function widen(a: ScalarType | null, b: ScalarType): ScalarType {
  if (a === null || a === b) return b;
  if ((a === 'long' && b === 'double') || (a === 'double' && b === 'long')) return 'double';
  return 'string';
}

/** The type of a property across values; maps (never written by the loader) and mixed list/scalar become strings. */
export function inferType(values: PlainValue[]): ValueType {
  let scalar: ScalarType | null = null;
  let lists = 0;
  let scalars = 0;
  for (const v of values) {
    if (v === null || v === undefined) continue;
    if (Array.isArray(v)) {
      lists++;
      for (const x of v) scalar = x !== null && typeof x === 'object' ? 'string' : widen(scalar, scalarOf(x));
    } else if (typeof v === 'object') {
      scalars++;
      scalar = 'string';
    } else {
      scalars++;
      scalar = widen(scalar, scalarOf(v));
    }
  }
  if (lists && scalars) return { scalar: 'string', list: false };
  return { scalar: scalar ?? 'string', list: lists > 0 };
}

/** A scalar as text; objects as JSON. */
export function scalarText(v: PlainValue): string {
  if (v === null || v === undefined) return '';
  if (typeof v === 'object') return JSON.stringify(v);
  return String(v);
}
