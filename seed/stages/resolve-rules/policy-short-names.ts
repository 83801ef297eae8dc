// Rule "short names of a law" of the resolve stage: a law or rule written in full and shortened in one document is one
// entity — "the CHIPS Act" and "CHIPS Act" (a leading "the"), "CHIPS Act" and "the 2022 CHIPS and Science Act" (the
// short name is the full one's opening and closing words, its middle left out), "Final Rule" and "Final Rule Implementing
// the Outbound Order" (the short name opens the one longer title). The full name is kept.
import type { Mention } from '../../analysis.ts';
import type { Gazetteer } from '../../gazetteer/gazetteer.ts';
import { ERA } from '../text/policy-names.ts';

/** The words of a policy's name, without a leading "the" or year, case folded. */
const words = (name: string): string[] =>
  name
    .replace(/^the\s+/i, '')
    .replace(/^(?:19|20)\d\d\s+/, '')
    .replace(/[’']/g, "'")
    .toLowerCase()
    .split(/\s+/)
    .filter(Boolean);

/** Whether `short` is `full` with a middle part left out (same opening words, same closing words, shorter). */
function shortens(short: string[], full: string[]): boolean {
  if (short.length < 2 || short.length >= full.length) return false;
  for (let k = 1; k < short.length; k++) {
    const head = short.slice(0, k);
    const tail = short.slice(k);
    if (
      head.every((w, i) => full[i] === w) &&
      tail.every((w, i) => full[full.length - tail.length + i] === w) &&
      // The part left out holds "and" ("CHIPS and Science Act"): a name that only drops a qualifier names another thing.
      full.slice(k, full.length - tail.length).includes('and')
    )
      return true;
  }
  return false;
}

/** Applies the rule to a document's mentions (in place: their canonical names). */
export function resolvePolicyShortNames(ms: Mention[], g: Gazetteer): void {
  // A known policy under another of its names, an era or a year before it ("Biden-Era Artificial Intelligence
  // Diffusion Rule", "2022 CHIPS and Science Act"), takes the gazetteer's name, so documents' wordings merge.
  for (const m of ms) {
    if (m.type !== 'Policy' || !m.canonical) continue;
    const bare = m.canonical.replace(ERA, '').replace(/^(?:19|20)\d\d\s+/, '');
    const known = g.byAlias.get(bare) ?? g.byLowerAlias.get(bare.toLowerCase());
    if (known?.type === 'Policy') m.canonical = known.name;
  }
  const policies = ms.filter((m) => !m.anaphor && !!m.canonical && m.type === 'Policy');
  if (policies.length < 2) return;
  const names = [...new Set(policies.map((m) => m.canonical!))];
  const head = (ws: string[]) => ws[ws.length - 1];
  const isHeaded = (ws: string[]) => [...g.policyHeads].some((h) => h.toLowerCase() === head(ws));
  const pick = new Map<string, string>();
  for (const a of names) {
    const wa = words(a);
    if (wa.length < 2 || !isHeaded(wa)) continue;
    // The longest name with the same words, or the one name it shortens.
    const same = names.filter((b) => b !== a && words(b).join(' ') === wa.join(' '));
    // Or the one longer title it opens ("Final Rule" for "Final Rule Implementing the Outbound Order").
    const opened = names.filter((b) => {
      const wb = words(b);
      return wb.length >= wa.length + 2 && wa.every((w, i) => wb[i] === w);
    });
    const fuller = names.filter((b) => shortens(wa, words(b)));
    if (!fuller.length && opened.length === 1) fuller.push(opened[0]);
    if (fuller.length === 1) pick.set(a, fuller[0]);
    else if (!fuller.length && same.length)
      pick.set(a, [a, ...same].sort((x, y) => y.length - x.length || (x < y ? -1 : 1))[0]);
  }
  if (!pick.size) return;
  const final = (n: string): string => {
    let x = n;
    for (let i = 0; i < 3 && pick.has(x) && pick.get(x) !== x; i++) x = pick.get(x)!;
    return x;
  };
  for (const m of ms) if (m.canonical && (m.type === 'Policy' || m.anaphor)) m.canonical = final(m.canonical);
}
