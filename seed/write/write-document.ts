// Writes one analyzed document into the store in one transaction: skipped when unchanged, replacing its old facts when changed.
import type { GraphStore, PlainValue, WriteCounters } from '../../server/store/graph-store.ts';
import { RELATION_TYPES } from '../graph-model.ts';
import type { Analysis } from '../model.ts';
import type { EntityAliasIndex } from './alias-index.ts';
import { contentHash } from './content-hash.ts';
import { buildDocumentBatch, type PriorState } from './document-batch.ts';
import { OWN_PROPERTY_KEYS, canAppendInStore, relationKey, stateFromProperties, type RelationHead, type RelationState } from './relation-sources.ts';
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

/** Reads what the previous version of the document left, and the relationships the new version adds to. */
async function readPriorState(store: GraphStore, docId: string, existed: boolean, keys: { from: string; type: string; to: string }[]): Promise<PriorState> {
  const relations = new Map<string, RelationState>();
  const add = (rows: Record<string, unknown>[]) => {
    for (const row of rows) {
      const st = stateFromProperties(String(row.f), String(row.t), String(row.o), row.p as Record<string, PlainValue>);
      relations.set(relationKey(st.from, st.type, st.to), st);
    }
  };
  const oldMentions = new Map<string, number>();
  if (existed) {
    const m = await store.run('MATCH (d:Document {id: $docId})<-[m:MENTIONED_IN]-(e:Entity) RETURN e.id AS id, m.count AS c', { docId });
    for (const r of m.rows) oldMentions.set(String(r.id), (oldMentions.get(String(r.id)) ?? 0) + (Number(r.c) || 0));
    add((await store.run('MATCH (a:Entity)-[r]->(b:Entity) WHERE $docId IN r.sourceDocIds RETURN a.id AS f, type(r) AS t, b.id AS o, properties(r) AS p', { docId })).rows);
  }
  // One query per type: with the type in the pattern the store follows only that type's relationships of the
  // start node; a type compared in WHERE walks all of them, every mention and statement link of a popular entity.
  const byType = new Map<string, { from: string; to: string }[]>();
  for (const k of keys) {
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
        strongest: { docId: String(row.docId), start: Number(row.start), end: Number(row.end), method: String(row.method), confidence: Number(row.confidence) },
        support: Number(row.support),
        extraKeys: (row.extraKeys as string[]).map(String),
        lastDocId: typeof row.lastDocId === 'string' ? row.lastDocId : '',
      };
      heads.set(relationKey(head.from, type, head.to), head);
    }
  }
  return { existed, oldMentions, relations, heads };
}

/**
 * One document, atomically: everything it adds or removes goes in one store.writeBatch, so a failure (or a kill)
 * leaves the previous state whole. The reads before the batch assume this loader is the only writer of these facts.
 */
export async function writeDocument(store: GraphStore, analysis: Analysis, options: WriteOptions = {}): Promise<WriteResult> {
  const doc = analysis.doc;
  const hash = contentHash(doc.raw);
  const stored = await storedContentHash(store, doc.id);
  if (stored === hash && !options.force) return { status: 'skipped', warnings: [], entities: 0, statements: 0, relations: 0 };
  const resolution = await resolveEntities(store, analysis.entities, options.aliasIndex);
  const mapId = (id: string) => resolution.idMap.get(id) ?? id;
  const keys = [...new Map(analysis.relations.map((r) => [relationKey(mapId(r.from), r.type, mapId(r.to)), { from: mapId(r.from), type: r.type, to: mapId(r.to) }])).values()];
  const prior = await readPriorState(store, doc.id, stored !== null, keys);
  const batch = buildDocumentBatch(analysis, resolution, prior, { contentHash: hash, loadedAt: options.loadedAt ?? new Date().toISOString() });
  const counters = await store.writeBatch(batch.statements, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  options.aliasIndex?.record(batch.entityAliases);
  return {
    status: stored === null ? 'loaded' : 'replaced',
    counters,
    warnings: [...analysis.warnings.map((w) => `${w.docId}: ${w.message}`), ...batch.warnings],
    entities: batch.entities,
    statements: batch.statementsWritten,
    relations: batch.relationsWritten,
  };
}
