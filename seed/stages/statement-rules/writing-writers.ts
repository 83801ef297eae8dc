// Rule "a writing's writer": a writing described as a source speaks for the writer named right before its head —
// "the IMF report stated" is the IMF's statement, "a new Reuters survey shows" Reuters', "the committee's letter warns"
// the committee's. A writing with no writer named before it ("the report says") stays a described source.
import type { Mention } from '../../analysis.ts';
import { isWriting } from '../text/sources.ts';

/** The types a writer may have. */
const WRITERS = new Set(['Organization', 'Company', 'Person', 'Country']);

/**
 * The writer of a described writing, or undefined: `before` is the masked speaker mention ending last before the
 * description (text offsets), `gap` the text between them.
 */
export function writerOf(
  description: { m: Mention; start: number; end: number },
  before: { m: Mention; start: number; end: number } | undefined,
  gap: string,
): Mention | undefined {
  const d = description.m;
  if (d.method !== 'description:source' || d.type !== 'Organization' || !before) return undefined;
  if (!isWriting(d.text.trim().split(/\s+/).pop() ?? '')) return undefined;
  const w = before.m;
  if (!WRITERS.has(w.type) || w.anaphor || w.method.startsWith('description:') || !w.entityKey) return undefined;
  // Right before the head, or before it and a few lower-case words: "the IMF report", "Reuters' latest survey".
  return /^(?:['\u2019]s?)?(?:\s+[a-z][\w-]*){0,2}\s+$/u.test(gap) ? w : undefined;
}
