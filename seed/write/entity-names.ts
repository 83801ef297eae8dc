// Where an entity's aliases and roles come from: each document's share, kept on its MENTIONED_IN, so a changed document takes back what only it gave.
import { ENTITY_LABELS } from '../../core/graph-model.ts';
import type { Entity } from '../analysis.ts';
import type { Resolution } from './resolve-entities.ts';

/** The names (the entity's name and aliases in one document) and roles one document gives an entity. */
export interface NameShare {
  names: string[];
  roles: string[];
}

/** What the store holds of an entity's names: its canonical name, and the aliases and roles all its documents gave. */
export interface StoredNames {
  name: string;
  aliases: string[];
  roles: string[];
}

/** Names and roles the previous version of a document gave an entity and the new one does not: each is taken back unless another document gives it too. */
export interface Withdrawal {
  names: string[];
  roles: string[];
}

export const sortedUnion = (...lists: string[][]): string[] =>
  [
    ...new Set(
      lists
        .flat()
        .map((s) => s.trim())
        .filter(Boolean),
    ),
  ].sort();

/** Each written entity id's share of names and roles in this document (several document entities may resolve to one id). */
export function documentShares(entities: Entity[], res: Resolution): Map<string, NameShare> {
  const acc = new Map<string, { names: string[][]; roles: string[][] }>();
  for (const e of entities) {
    if (!(ENTITY_LABELS as readonly string[]).includes(e.type)) continue; // not written, so gives nothing
    const id = res.idMap.get(e.id) ?? e.id;
    const a = acc.get(id) ?? acc.set(id, { names: [], roles: [] }).get(id)!;
    a.names.push([e.name], e.aliases);
    a.roles.push(e.roles);
  }
  return new Map([...acc].map(([id, a]) => [id, { names: sortedUnion(...a.names), roles: sortedUnion(...a.roles) }]));
}

/**
 * What a document's new version may take back from an entity: its old share (null when the mention was written
 * before shares were recorded, so anything stored may be its) less the new share. The canonical name is never taken
 * back. Only these few values are then looked for in the entity's other mentions, rather than every mention's share
 * read back: a popular entity has thousands of mentions, and reading them doubled the time to replace a document.
 */
export function withdrawal(stored: StoredNames, old: NameShare | null, fresh: NameShare | undefined): Withdrawal {
  const keep = new Set([stored.name, ...(fresh?.names ?? [])]);
  const keepRoles = new Set(fresh?.roles ?? []);
  return {
    names: sortedUnion(old?.names ?? stored.aliases).filter((n) => !keep.has(n)),
    roles: sortedUnion(old?.roles ?? stored.roles).filter((r) => !keepRoles.has(r)),
  };
}

const strings = (v: unknown): string[] | null =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : null;

/** A stored MENTIONED_IN's share; null when it has none recorded (written by an older loader). */
export function shareFromMention(names: unknown, roles: unknown): NameShare | null {
  const n = strings(names);
  return n ? { names: n, roles: strings(roles) ?? [] } : null;
}

/** The stored aliases and roles without those taken back (given by no other document). */
export function remainingNames(stored: StoredNames, taken: Withdrawal): { aliases: string[]; roles: string[] } {
  const names = new Set(taken.names);
  const roles = new Set(taken.roles);
  return { aliases: stored.aliases.filter((a) => !names.has(a)), roles: stored.roles.filter((r) => !roles.has(r)) };
}
