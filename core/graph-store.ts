// The graph-store contract: the one interface the loader and the API use, with its value types. No I/O here.
import { WriteConflictError } from './errors.ts';

/** A node as every store returns it: `id` is the domain id property (null when the node has none). */
export interface GraphNode {
  elementId: string;
  id: string | null;
  labels: string[];
  properties: Record<string, PlainValue>;
}

/** A relationship; `start` and `end` are the elementIds of its endpoints. */
export interface GraphRelationship {
  elementId: string;
  type: string;
  start: string;
  end: string;
  properties: Record<string, PlainValue>;
}

export interface GraphPath {
  nodes: GraphNode[];
  relationships: GraphRelationship[];
}

/** JSON-safe scalars, lists and maps (integers already checked to fit a JS number). */
export type PlainValue = null | boolean | number | string | PlainValue[] | { [key: string]: PlainValue };

/** Any value a query can return once normalized. */
export type GraphValue =
  | PlainValue
  | GraphNode
  | GraphRelationship
  | GraphPath
  | GraphValue[]
  | { [key: string]: GraphValue };

export type AccessMode = 'read' | 'write';

export interface RunOptions {
  /** read (default): the store guarantees nothing is written; write: changes are committed. */
  mode?: AccessMode;
  /** Per-statement timeout in milliseconds; the store's default applies when omitted. */
  timeoutMs?: number;
  /**
   * false: one attempt, never retried by the store or its driver (user queries: a heavy query must not run three
   * times past its timeout). Default true: transient failures (a leader change, a deadlock) are retried.
   */
  retry?: boolean;
  /** Read mode: stop after this many rows; the rest is never fetched (ask for limit + 1 to learn there were more). */
  maxRows?: number;
}

export interface WriteCounters {
  nodesCreated: number;
  nodesDeleted: number;
  relationshipsCreated: number;
  relationshipsDeleted: number;
  propertiesSet: number;
  labelsAdded: number;
  labelsRemoved: number;
}

export interface QueryResult {
  columns: string[];
  rows: Record<string, GraphValue>[];
  counters: WriteCounters;
}

export interface Statement {
  query: string;
  params?: Record<string, unknown>;
}

export interface StoreHealth {
  kind: StoreKind;
  ok: boolean;
  /** Data nodes and relationships: the version node (GRAPH_META_LABEL) is not counted. */
  counts: { nodes: number; relationships: number };
  /** A number that changes with every committed write, when the backend keeps one (embedded: Grafeo's commit epoch). */
  epoch?: number;
  /** Where the store lives: a file path or a server address (never a password). */
  location: string;
  error?: string;
}

export type StoreKind = 'embedded' | 'neo4j';

/** The statements of this process on the store (GraphStore.queryLoad): at most `limit` run at once, the rest wait. */
export interface QueryLoad {
  /** Statements the store is running now. */
  running: number;
  /** Statements waiting for a slot. */
  waiting: number;
  /** The most that ever ran at once. */
  peakRunning: number;
  limit: number;
}

/** What applying the schema did, statement by statement. */
export interface SchemaReport {
  applied: string[];
  /** Statements the backend cannot run, each with the reason (never silently dropped). */
  skipped: { statement: string; reason: string }[];
  /** Statements rewritten for the backend, with what they became. */
  mapped: { statement: string; as: string }[];
}

export interface SchemaStatement {
  file: string;
  statement: string;
}

/**
 * The graph's version node: `(:GraphMeta {id: 'graph'})`, whose `version` every committed data write (a write-mode
 * run or a writeBatch, on both stores, from any process) raises by one, first thing in its transaction. On Neo4j that
 * write takes the node's lock, so writers from several processes commit one after another, and a reader that saw
 * version N knows whether anything was committed since (search caches, the loader's reads before its write).
 */
export const GRAPH_META_LABEL = 'GraphMeta';
export const GRAPH_META_ID = 'graph';

export interface VersionState {
  version: number;
  /** The last version whose write may have deleted entities (0: none since the graph began). */
  entitiesDeletedAt: number;
}

export interface WriteBatchOptions {
  timeoutMs?: number;
  /**
   * The graph version the caller read its prior state at (GraphStore.version()). When another write committed since,
   * nothing is written and the batch fails with StaleStateError: read again and rebuild the batch.
   */
  expectVersion?: number;
}

/**
 * The graph changed after the caller read it (writeBatch expectVersion); nothing was written. The stores never retry
 * it themselves: the caller reads again and rebuilds its batch.
 */
export class StaleStateError extends WriteConflictError {}

export interface GraphStore {
  readonly kind: StoreKind;
  /** Run one Cypher statement with parameters. Read mode never writes, whatever the query says. */
  run(query: string, params?: Record<string, unknown>, options?: RunOptions): Promise<QueryResult>;
  /** Run statements in one write transaction: all of them take effect, or none. Writes are serialized. */
  writeBatch(statements: Statement[], options?: WriteBatchOptions): Promise<WriteCounters>;
  /** The graph version (see GRAPH_META_LABEL): 0 before the first write. One indexed lookup. */
  version(): Promise<number>;
  /** The version and the last version at which entities may have been deleted (ENTITY_CHANGES). */
  versionState(): Promise<VersionState>;
  /** Apply schema statements idempotently; statements the backend cannot run are reported. */
  applySchema(statements: SchemaStatement[]): Promise<SchemaReport>;
  health(): Promise<StoreHealth>;
  /**
   * Statements of this process running on the store and waiting for a slot. The embedded store runs at most a few at
   * once (its engine's working memory is this process's); Neo4j as many as its connection pool holds.
   */
  queryLoad(): QueryLoad;
  /** Release the store; safe to call more than once. */
  close(): Promise<void>;
}

export const EMPTY_COUNTERS: WriteCounters = Object.freeze({
  nodesCreated: 0,
  nodesDeleted: 0,
  relationshipsCreated: 0,
  relationshipsDeleted: 0,
  propertiesSet: 0,
  labelsAdded: 0,
  labelsRemoved: 0,
});

export function addCounters(a: WriteCounters, b: WriteCounters): WriteCounters {
  return {
    nodesCreated: a.nodesCreated + b.nodesCreated,
    nodesDeleted: a.nodesDeleted + b.nodesDeleted,
    relationshipsCreated: a.relationshipsCreated + b.relationshipsCreated,
    relationshipsDeleted: a.relationshipsDeleted + b.relationshipsDeleted,
    propertiesSet: a.propertiesSet + b.propertiesSet,
    labelsAdded: a.labelsAdded + b.labelsAdded,
    labelsRemoved: a.labelsRemoved + b.labelsRemoved,
  };
}

export function hasWrites(c: WriteCounters): boolean {
  return Object.values(c).some((v) => v > 0);
}

export function isGraphNode(v: unknown): v is GraphNode {
  return typeof v === 'object' && v !== null && 'elementId' in v && 'labels' in v && 'properties' in v;
}

export function isGraphRelationship(v: unknown): v is GraphRelationship {
  return typeof v === 'object' && v !== null && 'elementId' in v && 'type' in v && 'start' in v && 'end' in v;
}

export function isGraphPath(v: unknown): v is GraphPath {
  return typeof v === 'object' && v !== null && 'nodes' in v && 'relationships' in v && !('elementId' in v);
}

/** Cypher that raises the graph version first thing in a write transaction and returns the version before it. */
export const BUMP_VERSION = {
  // Two statements: the first writes the node (its value unchanged), which takes its write lock; the second then reads
  // the last committed value (a `SET v.version = v.version + 1` alone reads before it locks and can lose an update).
  lock: `MERGE (v:${GRAPH_META_LABEL} {id: '${GRAPH_META_ID}'}) SET v.version = coalesce(v.version, 0)`,
  bump: `MATCH (v:${GRAPH_META_LABEL} {id: '${GRAPH_META_ID}'}) WITH v, v.version AS before SET v.version = before + 1 RETURN before`,
  read: `MATCH (v:${GRAPH_META_LABEL} {id: '${GRAPH_META_ID}'}) RETURN v.version AS version, v.entitiesDeletedAt AS entitiesDeletedAt`,
};

/**
 * What lets a reader follow entity changes without reading every entity (the search's name index): a write that
 * changes entities stamps them with the version it commits (`graphVersion`, indexed), and one that may delete
 * entities notes that version on the version node. Both run inside a write transaction, after BUMP_VERSION.
 */
export const ENTITY_CHANGES = {
  /** $ids: the entities the write created or changed. */
  stamp: `MATCH (v:${GRAPH_META_LABEL} {id: '${GRAPH_META_ID}'}) UNWIND $ids AS id MATCH (e:Entity {id: id}) SET e.graphVersion = v.version`,
  deleted: `MATCH (v:${GRAPH_META_LABEL} {id: '${GRAPH_META_ID}'}) SET v.entitiesDeletedAt = v.version`,
  /** Entities changed after version $since (an index range seek). */
  since: 'MATCH (e:Entity) WHERE e.graphVersion > $since RETURN e',
};
