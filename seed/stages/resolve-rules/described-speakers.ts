// Rule "described speakers" of the resolve stage: a source described by a title with no name ("Philippine president
// says …", "a ministry spokesperson said") is the one person in the document who holds that title ("Philippine
// President Ferdinand Marcos Junior", "Foreign Ministry spokesperson Mao Ning"); when several hold it, the words before
// the title ("Philippine") choose among them; with none or no single choice it stays a description of its own.
import type { Mention } from '../../analysis.ts';

/** The title a description ends in, lower case: "Philippine president" → "president", "ministry spokesperson" → "spokesperson". */
const headOf = (description: string) => description.trim().split(/\s+/).pop()!.toLowerCase();

interface Holder {
  name: string;
  /** The words written before the holder's name and title, lower case ("philippine president"). */
  before: string;
}

/** Applies the rule to a document's mentions (offsets into `raw`), in place: a resolved description takes the person's name. */
export function resolveDescribedSpeakers(ms: Mention[], raw: string): void {
  const holders = new Map<string, Holder[]>();
  for (const m of ms) {
    if (m.anaphor || m.type !== 'Person' || !m.role || m.method === 'description:source' || !m.canonical) continue;
    const title = headOf(m.role);
    const before = `${raw.slice(Math.max(0, m.start - 60), m.start)} ${m.roleOrg ?? ''}`.toLowerCase();
    holders.set(title, [...(holders.get(title) ?? []), { name: m.canonical, before }]);
  }
  if (!holders.size) return;
  for (const m of ms) {
    if (m.method !== 'description:source' || m.type !== 'Person' || !m.canonical) continue;
    const all = holders.get(headOf(m.canonical));
    if (!all) continue;
    const modifiers = m.canonical.toLowerCase().split(/\s+/).slice(0, -1);
    const fit = all.filter((h) => modifiers.every((w) => h.before.includes(w)));
    const names = new Set((fit.length ? fit : modifiers.length ? [] : all).map((h) => h.name));
    if (names.size !== 1) continue;
    m.canonical = [...names][0];
    m.method = 'description:resolved';
  }
}
