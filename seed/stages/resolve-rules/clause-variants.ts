// Rule "one policy per clause" of the resolve stage: a policy named twice by what it does, in different words — "a rule
// updating authorizations for Samsung and SK hynix in China" in a summary and "a rule updating the general
// authorizations for Samsung and SK hynix" in the text — is one entity when both have the same head and participle and
// the names in one are all names in the other. The first wording names it.
import type { Mention } from '../../analysis.ts';

/** The head and participle ("rule updating"), and the capitalized words of the clause. */
function shape(name: string): { key: string; names: Set<string> } | undefined {
  const m = /\b([a-z]+)\s+([a-z]+ing)\b(.*)$/.exec(name);
  if (!m) return undefined;
  return { key: `${m[1]} ${m[2]}`, names: new Set(m[3].match(/\b\p{Lu}[\p{L}\d&.-]*/gu) ?? []) };
}

const within = (a: Set<string>, b: Set<string>) => [...a].every((x) => b.has(x));

/** Applies the rule to a document's mentions (in place: their canonical names). */
export function resolveClauseVariants(ms: Mention[]): void {
  const clauses = ms.filter((m) => m.method === 'phrase:clause-policy' && m.canonical);
  if (clauses.length < 2) return;
  const firsts: { name: string; key: string; names: Set<string> }[] = [];
  for (const m of clauses) {
    const s = shape(m.canonical!);
    if (!s) continue;
    const same = firsts.find(
      (f) => f.key === s.key && s.names.size > 0 && (within(s.names, f.names) || within(f.names, s.names)),
    );
    if (same) m.canonical = same.name;
    else firsts.push({ name: m.canonical!, ...s });
  }
}
