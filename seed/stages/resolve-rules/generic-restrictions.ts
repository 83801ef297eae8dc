// Rule "one unnamed restriction per document" of the resolve stage: the bare, unnamed restriction phrases of one
// report ("export restrictions", "the export ban", "trade limits", "export controls") are the writer's varied words for
// the one measure the report is about, so they are one Policy entity, named by the phrase used most (first on a tie).
// A restriction with a named party or target in its name ("China export controls") is left as it is.
import type { Mention } from '../../analysis.ts';

/** A bare restriction phrase: lower-case words only, at most three. */
const BARE = /^[a-z][a-z-]*(?: [a-z][a-z-]*){0,2}$/;

/** Applies the rule to a document's mentions (in place: their canonical names). */
export function resolveGenericRestrictions(ms: Mention[]): void {
  const bare = ms.filter(
    (m) => !m.anaphor && m.type === 'Policy' && m.method === 'phrase:restriction' && BARE.test(m.canonical ?? ''),
  );
  const counts = new Map<string, number>();
  for (const m of bare) counts.set(m.canonical!, (counts.get(m.canonical!) ?? 0) + 1);
  if (counts.size < 2) return;
  let pick = '';
  for (const [name, n] of counts) if (!pick || n > counts.get(pick)!) pick = name;
  const names = new Set(counts.keys());
  for (const m of ms) if (m.type === 'Policy' && m.canonical && names.has(m.canonical)) m.canonical = pick;
}
