// Rule "a misspelt short form": a short form of capitals only a guess found that is a known name's short form in the same
// document with two neighbouring letters swapped ("TMSC" beside "TSMC") is that name, misspelt — one entity, not two.
import type { Found } from './found-mention.ts';

/** Whether two words differ only by two neighbouring letters swapped. */
export function isTransposition(a: string, b: string): boolean {
  if (a.length !== b.length || a === b) return false;
  const diff: number[] = [];
  for (let i = 0; i < a.length; i++) if (a[i] !== b[i]) diff.push(i);
  return diff.length === 2 && diff[1] === diff[0] + 1 && a[diff[0]] === b[diff[1]] && a[diff[1]] === b[diff[0]];
}

export function settleAcronymTypos(found: Found[], text: string): void {
  const known = found.filter(
    (f) =>
      f.method === 'gazetteer' &&
      !f.anaphor &&
      (f.type === 'Company' || f.type === 'Organization') &&
      /^[A-Z]{3,6}$/.test(text.slice(f.start, f.end)),
  );
  if (!known.length) return;
  for (const f of found) {
    if (
      f.anaphor ||
      f.method === 'gazetteer' ||
      (f.type !== 'Organization' && f.type !== 'Place' && f.type !== 'Unknown')
    )
      continue;
    const name = text.slice(f.start, f.end);
    if (!/^[A-Z]{3,6}$/.test(name)) continue;
    const k = known.find((o) => isTransposition(name, text.slice(o.start, o.end)));
    if (k) [f.type, f.canonical] = [k.type, k.canonical ?? text.slice(k.start, k.end)];
  }
}
