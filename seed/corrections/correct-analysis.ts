// Users' corrections (core/corrections.ts) applied to a document's analysis before the loader writes it.
import { ENTITY_LABELS, type EntityLabel } from '../../core/graph-model.ts';
import type { Correction } from '../../core/corrections.ts';
import type { Analysis, Entity } from '../analysis.ts';

/** The entity label an id's prefix names ("chipfamily:x" → ChipFamily), or undefined. */
function labelOfId(id: string): EntityLabel | undefined {
  const prefix = id.slice(0, id.indexOf(':')).toLowerCase();
  return ENTITY_LABELS.find((l) => l.toLowerCase() === prefix);
}

/**
 * The corrections applied to a document's analysis before it is written, so that the loader writes the corrected
 * graph (a retyped entity keeps its id under its new label; a merged one is written as the entity it was merged
 * into; rejected facts are not written). The store-side pass (applyCorrections) then settles what spans documents.
 */
export function correctAnalysis(analysis: Analysis, corrections: Correction[]): Analysis {
  const active = corrections.filter((c) => !c.undone);
  if (!active.length) return analysis;
  const mergedInto = new Map(active.filter((c) => c.kind === 'merge' && c.other).map((c) => [c.target, c.other!]));
  const dropped = new Set(active.filter((c) => c.kind === 'not-entity').map((c) => c.target));
  const resolve = (id: string): string => {
    const seen = new Set<string>();
    while (mergedInto.has(id) && !seen.has(id)) {
      seen.add(id);
      id = mergedInto.get(id)!;
    }
    return id;
  };
  const byId = new Map<string, Entity>();
  for (const e of analysis.entities) {
    if (dropped.has(e.id)) continue;
    const id = resolve(e.id);
    const existing = byId.get(id);
    if (existing) {
      existing.aliases = [...new Set([...existing.aliases, e.name, ...e.aliases])];
      existing.mentions = [...existing.mentions, ...e.mentions];
      continue;
    }
    const copy: Entity = { ...e, id, aliases: [...e.aliases], mentions: [...e.mentions] };
    if (id !== e.id) {
      copy.type = labelOfId(id) ?? copy.type;
      copy.aliases = [...new Set([...copy.aliases, e.name])];
    }
    byId.set(id, copy);
  }
  for (const c of active) {
    const e = byId.get(c.target);
    if (!e) continue;
    if (c.kind === 'retype' && (ENTITY_LABELS as readonly string[]).includes(c.value ?? ''))
      e.type = c.value as EntityLabel;
    if (c.kind === 'rename' && c.value) {
      if (!e.aliases.includes(e.name)) e.aliases.push(e.name);
      e.name = c.value;
    }
  }
  const kept = (id: string) => !dropped.has(id);
  const rejectedRel = new Set(
    active.filter((c) => c.kind === 'reject-relationship').map((c) => `${c.target}|${c.value}|${c.other}`),
  );
  const rejectedStatement = new Set(active.filter((c) => c.kind === 'reject-statement').map((c) => c.target));
  return {
    ...analysis,
    entities: [...byId.values()],
    relations: analysis.relations
      .filter((r) => kept(r.from) && kept(r.to))
      .map((r) => ({ ...r, from: resolve(r.from), to: resolve(r.to) }))
      .filter((r) => r.from !== r.to && !rejectedRel.has(`${r.from}|${r.type}|${r.to}`)),
    statements: analysis.statements
      .filter((s) => !rejectedStatement.has(s.id) && kept(s.speaker))
      .map((s) => ({
        ...s,
        speaker: resolve(s.speaker),
        about: [...new Set(s.about.filter(kept).map(resolve))],
        via: s.via && kept(s.via) ? resolve(s.via) : undefined,
      })),
  };
}
