// Cross-document entity resolution: maps a document's entity ids onto nodes already in the store (same id, or a same-type alias).
import type { GraphStore, PlainValue } from '../../core/graph-store.ts';
import type { Entity } from '../analysis.ts';
import type { EntityAliasIndex } from './alias-index.ts';
import { normalizeName, probeKeys } from './name-key.ts';

/** What the store already knows of an entity, as read before a document is written. */
export interface StoredEntity {
  id: string;
  type: string;
  name: string;
  aliases: string[];
  roles: string[];
  description?: string;
  kind?: string;
  mentionCount: number;
}

export interface Resolution {
  /** Document entity id → the id written (itself, or the stored entity it was merged into). */
  idMap: Map<string, string>;
  /** Stored entities the document touches, by id. */
  stored: Map<string, StoredEntity>;
}

const strings = (v: PlainValue | undefined): string[] =>
  Array.isArray(v) ? v.filter((x): x is string => typeof x === 'string') : [];

function toStored(row: Record<string, unknown>): StoredEntity {
  const p = row.p as Record<string, PlainValue>;
  const out: StoredEntity = {
    id: String(p.id),
    type: String(p.type ?? ''),
    name: String(p.name ?? ''),
    aliases: strings(p.aliases),
    roles: strings(p.roles),
    mentionCount: typeof p.mentionCount === 'number' ? p.mentionCount : 0,
  };
  if (typeof p.description === 'string') out.description = p.description;
  if (typeof p.kind === 'string') out.kind = p.kind;
  return out;
}

/**
 * Looks the document's entities up in the store: an entity whose id exists keeps it; otherwise one whose normalized
 * name equals a stored alias of an entity of the same type maps to that entity (the most mentioned, then the smallest
 * id, so the choice is stable). The store compares lower-cased aliases; normalization beyond case is checked here.
 * With an alias index (one per load), the candidates come from it instead of a scan of every entity.
 */
export async function resolveEntities(
  store: GraphStore,
  entities: Entity[],
  aliasIndex?: EntityAliasIndex,
): Promise<Resolution> {
  const stored = new Map<string, StoredEntity>();
  const idMap = new Map<string, string>();
  if (entities.length === 0) return { idMap, stored };
  const ids = [...new Set(entities.map((e) => e.id))];
  const keys = [...new Set(entities.flatMap((e) => probeKeys(e.name)))];
  const byId = await store.run('MATCH (e:Entity) WHERE e.id IN $ids RETURN properties(e) AS p', { ids });
  for (const row of byId.rows) stored.set(String((row.p as Record<string, unknown>).id), toStored(row));
  const missing = entities.filter((e) => !stored.has(e.id));
  const candidates: StoredEntity[] = [];
  if (missing.length && aliasIndex) {
    // The same candidates as the scan below: entities with a lower-cased alias among the keys, found through the index.
    const ids = await aliasIndex.lookup(store, [...new Set(missing.map((e) => normalizeName(e.name)))]);
    const keySet = new Set(keys);
    if (ids.length) {
      const byAlias = await store.run('MATCH (e:Entity) WHERE e.id IN $ids RETURN properties(e) AS p', { ids });
      for (const row of byAlias.rows) {
        const c = toStored(row);
        if (c.aliases.some((a) => keySet.has(a.toLowerCase()))) candidates.push(c);
      }
    }
  } else if (missing.length) {
    const byAlias = await store.run(
      'MATCH (e:Entity) WHERE any(a IN coalesce(e.aliases, []) WHERE toLower(a) IN $keys) RETURN properties(e) AS p',
      { keys },
    );
    for (const row of byAlias.rows) candidates.push(toStored(row));
  }
  for (const e of entities) {
    if (stored.has(e.id)) {
      idMap.set(e.id, e.id);
      continue;
    }
    const norm = normalizeName(e.name);
    const match = candidates
      .filter((c) => c.type === e.type && c.aliases.some((a) => normalizeName(a) === norm))
      .sort((a, b) => b.mentionCount - a.mentionCount || (a.id < b.id ? -1 : 1))[0];
    if (match) {
      stored.set(match.id, match);
      idMap.set(e.id, match.id);
    } else idMap.set(e.id, e.id);
  }
  return { idMap, stored };
}
