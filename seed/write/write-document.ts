// Writes one analyzed document into the store in one transaction: skipped when unchanged, replacing its old facts when changed.
import { StaleStateError, type GraphStore, type PlainValue, type WriteCounters } from '../../core/graph-store.ts';
import { RELATION_TYPES } from '../../core/graph-model.ts';
import type { Analysis } from '../analysis.ts';
import type { EntityAliasIndex } from './alias-index.ts';
import { contentHash } from './content-hash.ts';
import { buildDocumentBatch, type PriorState } from './document-batch.ts';
import {
  documentShares,
  remainingNames,
  shareFromMention,
  sortedUnion,
  withdrawal,
  type NameShare,
  type StoredNames,
  type Withdrawal,
} from './entity-names.ts';
import {
  OWN_PROPERTY_KEYS,
  canAppendInStore,
  relationKey,
  sourcedRelationsFromProperties,
  stateFromProperties,
  type RelationEndpoints,
  type RelationHead,
  type RelationState,
} from './relation-sources.ts';
import { resolveEntities } from './resolve-entities.ts';

export type WriteStatus = 'loaded' | 'replaced' | 'skipped';

export interface WriteResult {
  status: WriteStatus;
  counters?: WriteCounters;
  warnings: string[];
  entities: number;
  statements: number;
  relations: number;
}

export interface WriteOptions {
  /** Rewrite even when the stored content hash is the same (after the analysis changed, say). */
  force?: boolean;
  /** Timestamp stored as Document.loadedAt (ISO 8601); now by default. */
  loadedAt?: string;
  timeoutMs?: number;
  /** Shared by the documents of one load, so a new name is not looked for by scanning every entity (see EntityAliasIndex). */
  aliasIndex?: EntityAliasIndex;
}

/** The stored content hash of a document, or null when it is not in the store. */
export async function storedContentHash(store: GraphStore, docId: string): Promise<string | null> {
  const r = await store.run('MATCH (d:Document {id: $id}) RETURN d.contentHash AS h', { id: docId });
  return r.rows.length ? String(r.rows[0].h ?? '') : null;
}

/**
 * What the previous version of a document left: its mentions, what of their entities' names and roles only it gave
 * (looked for in the entities' other mentions, value by value), and the relationships it is a source of.
 */
async function readPreviousVersion(store: GraphStore, docId: string, shares: Map<string, NameShare>) {
  const oldMentions = new Map<string, number>();
  const taken = new Map<string, { stored: StoredNames; withdrawal: Withdrawal }>();
  const m = await store.run(
    'MATCH (d:Document {id: $docId})<-[m:MENTIONED_IN]-(e:Entity) RETURN e.id AS id, m.count AS c, m.names AS names, m.roles AS roles, e.name AS name, e.aliases AS aliases, e.roles AS entityRoles',
    { docId },
  );
  const list = (v: unknown) => (Array.isArray(v) ? v.map(String) : []);
  for (const r of m.rows) {
    const id = String(r.id);
    oldMentions.set(id, (oldMentions.get(id) ?? 0) + (Number(r.c) || 0));
    const stored = { name: String(r.name ?? ''), aliases: list(r.aliases), roles: list(r.entityRoles) };
    const w = withdrawal(stored, shareFromMention(r.names, r.roles), shares.get(id));
    const before = taken.get(id)?.withdrawal;
    if (before) {
      w.names = sortedUnion(before.names, w.names);
      w.roles = sortedUnion(before.roles, w.roles);
    }
    taken.set(id, { stored, withdrawal: w });
  }
  // A value stays when another mention gives it, or has no recorded share (an older loader's: it may give it).
  const rows = [...taken].flatMap(([id, t]) => [
    ...t.withdrawal.names.map((value) => ({ id, value, role: false })),
    ...t.withdrawal.roles.map((value) => ({ id, value, role: true })),
  ]);
  const remaining: PriorState['remaining'] = new Map();
  if (rows.length) {
    const checked = await store.run(
      `UNWIND $rows AS r MATCH (e:Entity {id: r.id})
       RETURN r.id AS id, r.value AS value, r.role AS role, EXISTS {
         MATCH (e)-[m:MENTIONED_IN]->(d:Document)
         WHERE d.id <> $docId AND (m.names IS NULL OR (r.role AND r.value IN m.roles) OR (NOT r.role AND r.value IN m.names))
       } AS kept`,
      { rows, docId },
    );
    const gone = new Map<string, Withdrawal>();
    for (const r of checked.rows) {
      if (r.kept) continue;
      const g = gone.get(String(r.id)) ?? gone.set(String(r.id), { names: [], roles: [] }).get(String(r.id))!;
      (r.role ? g.roles : g.names).push(String(r.value));
    }
    for (const [id, g] of gone) remaining.set(id, remainingNames(taken.get(id)!.stored, g));
  }
  const d =
    (
      await store.run(
        'MATCH (d:Document {id: $docId}) RETURN d.relationFromIds AS f, d.relationTypes AS t, d.relationToIds AS o',
        { docId },
      )
    ).rows[0] ?? {};
  const sourced = sourcedRelationsFromProperties({
    relationFromIds: d.f,
    relationTypes: d.t,
    relationToIds: d.o,
  } as Record<string, PlainValue>);
  return { oldMentions, remaining, sourced };
}

/** Reads what the previous version of the document left, and the relationships the new version adds to. */
async function readPriorState(
  store: GraphStore,
  docId: string,
  existed: boolean,
  fresh: RelationEndpoints[],
  shares: Map<string, NameShare>,
): Promise<PriorState> {
  const relations = new Map<string, RelationState>();
  const add = (rows: Record<string, unknown>[]) => {
    for (const row of rows) {
      const st = stateFromProperties(String(row.f), String(row.t), String(row.o), row.p as Record<string, PlainValue>);
      relations.set(relationKey(st.from, st.type, st.to), st);
    }
  };
  let oldMentions = new Map<string, number>();
  let remaining: PriorState['remaining'] = new Map();
  const keys = new Map(fresh.map((k) => [relationKey(k.from, k.type, k.to), k]));
  if (existed) {
    const previous = await readPreviousVersion(store, docId, shares);
    ({ oldMentions, remaining } = previous);
    // The relationships the old version is a source of, looked up by their endpoints like the new ones. A document
    // written before it listed them is found the slow way: its id in the source lists of every relationship.
    if (previous.sourced) for (const k of previous.sourced) keys.set(relationKey(k.from, k.type, k.to), k);
    else
      add(
        (
          await store.run(
            'MATCH (a:Entity)-[r]->(b:Entity) WHERE $docId IN r.sourceDocIds RETURN a.id AS f, type(r) AS t, b.id AS o, properties(r) AS p',
            { docId },
          )
        ).rows,
      );
  }
  // One query per type: with the type in the pattern the store follows only that type's relationships of the
  // start node; a type compared in WHERE walks all of them, every mention and statement link of a popular entity.
  const byType = new Map<string, { from: string; to: string }[]>();
  for (const k of keys.values()) {
    if (!(RELATION_TYPES as readonly string[]).includes(k.type)) continue; // never written, so never stored
    byType.set(k.type, [...(byType.get(k.type) ?? []), { from: k.from, to: k.to }]);
  }
  // A document new to the store only adds sources: the relationships' heads are enough (see RelationHead).
  const heads = new Map<string, RelationHead>();
  const headsOnly = !existed && canAppendInStore(docId);
  for (const [type, rows] of byType) {
    const match = `UNWIND $rows AS k MATCH (a:Entity {id: k.from})-[r:${type}]->(b:Entity {id: k.to})`;
    if (!headsOnly) {
      add((await store.run(`${match} RETURN a.id AS f, type(r) AS t, b.id AS o, properties(r) AS p`, { rows })).rows);
      continue;
    }
    const found = await store.run(
      `${match} RETURN a.id AS f, b.id AS o, r.docId AS docId, r.start AS start, r.end AS end, r.method AS method, r.confidence AS confidence, r.support AS support, last(r.sourceDocIds) AS lastDocId, [x IN keys(r) WHERE NOT x IN $own] AS extraKeys`,
      { rows, own: [...OWN_PROPERTY_KEYS] },
    );
    for (const row of found.rows) {
      const head: RelationHead = {
        from: String(row.f),
        type,
        to: String(row.o),
        strongest: {
          docId: String(row.docId),
          start: Number(row.start),
          end: Number(row.end),
          method: String(row.method),
          confidence: Number(row.confidence),
        },
        support: Number(row.support),
        extraKeys: (row.extraKeys as string[]).map(String),
        lastDocId: typeof row.lastDocId === 'string' ? row.lastDocId : '',
      };
      heads.set(relationKey(head.from, type, head.to), head);
    }
  }
  return { existed, oldMentions, remaining, relations, heads };
}

/** How often a document is read and built again when other writers keep committing first. */
const STALE_ATTEMPTS = 50;

/**
 * One document, atomically: everything it adds or removes goes in one store.writeBatch, so a failure (or a kill)
 * leaves the previous state whole. Several writers at once (two loads, a server seeding while `npm run load` runs,
 * two replicas seeding one database): the graph version is read before anything else, and the batch commits only if
 * the version is still that one (writeBatch expectVersion; the version node's lock orders the commits). Otherwise
 * nothing was written, and the document is read again: unchanged by then (another writer loaded it) it is skipped.
 */
export async function writeDocument(
  store: GraphStore,
  analysis: Analysis,
  options: WriteOptions = {},
): Promise<WriteResult> {
  for (let attempt = 1; ; attempt++) {
    const version = await store.version();
    options.aliasIndex?.at(version);
    try {
      return await writeAtVersion(store, analysis, options, version);
    } catch (e) {
      if (!(e instanceof StaleStateError) || attempt >= STALE_ATTEMPTS) throw e;
      await new Promise((r) => setTimeout(r, Math.random() * 20 * Math.min(attempt, 10)));
    }
  }
}

async function writeAtVersion(
  store: GraphStore,
  analysis: Analysis,
  options: WriteOptions,
  version: number,
): Promise<WriteResult> {
  const doc = analysis.doc;
  const hash = contentHash(doc.raw);
  const stored = await storedContentHash(store, doc.id);
  if (stored === hash && !options.force)
    return { status: 'skipped', warnings: [], entities: 0, statements: 0, relations: 0 };
  const resolution = await resolveEntities(store, analysis.entities, options.aliasIndex);
  const mapId = (id: string) => resolution.idMap.get(id) ?? id;
  const keys = [
    ...new Map(
      analysis.relations.map((r) => [
        relationKey(mapId(r.from), r.type, mapId(r.to)),
        { from: mapId(r.from), type: r.type, to: mapId(r.to) },
      ]),
    ).values(),
  ];
  const prior = await readPriorState(
    store,
    doc.id,
    stored !== null,
    keys,
    documentShares(analysis.entities, resolution),
  );
  const batch = buildDocumentBatch(analysis, resolution, prior, {
    contentHash: hash,
    loadedAt: options.loadedAt ?? new Date().toISOString(),
  });
  const counters = await store.writeBatch(batch.statements, {
    expectVersion: version,
    ...(options.timeoutMs ? { timeoutMs: options.timeoutMs } : {}),
  });
  options.aliasIndex?.record(batch.entityAliases, version + 1);
  return {
    status: stored === null ? 'loaded' : 'replaced',
    counters,
    warnings: [...analysis.warnings.map((w) => `${w.docId}: ${w.message}`), ...batch.warnings],
    entities: batch.entities,
    statements: batch.statementsWritten,
    relations: batch.relationsWritten,
  };
}
