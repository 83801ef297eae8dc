// Pure split of a document's text at span boundaries, so the viewer can wrap each piece in a highlight without any markup.
import type { DocSpan, SpanKind } from '../wire-types.ts';

/** What the split needs of a span: where it is, its kind, and optionally what it names. */
export type Span = Pick<DocSpan, 'start' | 'end' | 'kind'> & { label?: string };

export interface Segment {
  start: number;
  end: number;
  text: string;
  kinds: SpanKind[];
  labels: string[];
  /** Inside the range the user came to see (a statement or a relation's evidence). */
  focus: boolean;
}

/** Cut text at every span start/end (overlaps allowed, out-of-range spans clipped), merging nothing away. */
export function segmentText(text: string, spans: Span[], focus?: [number, number]): Segment[] {
  const n = text.length;
  const clip = (x: number) => Math.max(0, Math.min(n, x));
  const valid = spans.map((s) => ({ ...s, start: clip(s.start), end: clip(s.end) })).filter((s) => s.end > s.start);
  const f = focus ? [clip(focus[0]), clip(focus[1])] : null;
  const cuts = new Set<number>([0, n]);
  for (const s of valid) {
    cuts.add(s.start);
    cuts.add(s.end);
  }
  if (f && f[1] > f[0]) {
    cuts.add(f[0]);
    cuts.add(f[1]);
  }
  const points = [...cuts].sort((a, b) => a - b);
  const out: Segment[] = [];
  for (let i = 0; i < points.length - 1; i++) {
    const start = points[i];
    const end = points[i + 1];
    if (end <= start) continue;
    const covering = valid.filter((s) => s.start <= start && s.end >= end);
    const kinds = [...new Set(covering.map((s) => s.kind))];
    const labels = [...new Set(covering.map((s) => s.label).filter((l): l is string => Boolean(l)))];
    out.push({
      start,
      end,
      text: text.slice(start, end),
      kinds,
      labels,
      focus: Boolean(f && f[1] > f[0] && start >= f[0] && end <= f[1]),
    });
  }
  return out;
}
