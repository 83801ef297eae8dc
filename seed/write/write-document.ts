// Writes one analyzed document into the store in one transaction: skipped when unchanged, replacing its old facts when changed.
import type { GraphStore, PlainValue, WriteCounters } from '../../server/store/graph-store.ts';
import type { Analysis } from '../model.ts';
import { contentHash } from './content-hash.ts';
import { buildDocumentBatch, type PriorState } from './document-batch.ts';
import { relationKey, stateFromProperties, type RelationState } from './relation-sources.ts';
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
  let oldMentioned: string[] = [];
  if (existed) {
    const m = await store.run('MATCH (e:Entity)-[:MENTIONED_IN]->(:Document {id: $docId}) RETURN e.id AS id', { docId });
    oldMentioned = m.rows.map((r) => String(r.id));
    add((await store.run('MATCH (a:Entity)-[r]->(b:Entity) WHERE $docId IN r.sourceDocIds RETURN a.id AS f, type(r) AS t, b.id AS o, properties(r) AS p', { docId })).rows);
  }
  if (keys.length) {
    add(
      (
        await store.run('UNWIND $keys AS k MATCH (a:Entity {id: k.from})-[r]->(b:Entity {id: k.to}) WHERE type(r) = k.type RETURN a.id AS f, type(r) AS t, b.id AS o, properties(r) AS p', {
          keys,
        })
      ).rows,
    );
  }
  return { oldMentioned, relations };
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
  const resolution = await resolveEntities(store, analysis.entities);
  const mapId = (id: string) => resolution.idMap.get(id) ?? id;
  const keys = [...new Map(analysis.relations.map((r) => [relationKey(mapId(r.from), r.type, mapId(r.to)), { from: mapId(r.from), type: r.type, to: mapId(r.to) }])).values()];
  const prior = await readPriorState(store, doc.id, stored !== null, keys);
  const batch = buildDocumentBatch(analysis, resolution, prior, { contentHash: hash, loadedAt: options.loadedAt ?? new Date().toISOString() });
  const counters = await store.writeBatch(batch.statements, options.timeoutMs ? { timeoutMs: options.timeoutMs } : {});
  return {
    status: stored === null ? 'loaded' : 'replaced',
    counters,
    warnings: [...analysis.warnings.map((w) => `${w.docId}: ${w.message}`), ...batch.warnings],
    entities: batch.entities,
    statements: batch.statementsWritten,
    relations: batch.relationsWritten,
  };
}
