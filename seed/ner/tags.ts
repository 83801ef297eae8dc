// The tagger's labels (BIO over PER/ORG/LOC/MISC), which label may follow which, and tags → token spans.

export const NAME_TYPES = ['PER', 'ORG', 'LOC', 'MISC'] as const;
export type NameType = (typeof NAME_TYPES)[number];

/** Label ids: 0 = O, then B-type and I-type for each type in NAME_TYPES order. */
export const LABELS = ['O', ...NAME_TYPES.flatMap((t) => [`B-${t}`, `I-${t}`])];
export const N_LABELS = LABELS.length;
export const O = 0;

export const beginOf = (type: number) => 1 + type * 2;
export const insideOf = (type: number) => 2 + type * 2;
export const typeOf = (label: number) => (label - 1) >> 1;
export const isInside = (label: number) => label > 0 && (label & 1) === 0;

/** An I- label only continues a span of its own type: "I-ORG" after "O" or "B-PER" is invalid. */
export function allowed(prev: number, label: number): boolean {
  return !isInside(label) || (prev !== O && typeOf(prev) === typeOf(label));
}

/** A span of tokens [first, last] with its type. */
export interface TokenSpan {
  first: number;
  last: number;
  type: NameType;
}

/** Decodes a label sequence to spans; an I- after O or another type starts a span (so any sequence gives valid spans). */
export function spansOf(labels: ArrayLike<number>): TokenSpan[] {
  const out: TokenSpan[] = [];
  let open: TokenSpan | null = null;
  for (let i = 0; i < labels.length; i++) {
    const l = labels[i];
    if (l === O) {
      open = null;
      continue;
    }
    const type = NAME_TYPES[typeOf(l)];
    if (!isInside(l) || !open || open.type !== type) {
      open = { first: i, last: i, type };
      out.push(open);
    } else open.last = i;
  }
  return out;
}
