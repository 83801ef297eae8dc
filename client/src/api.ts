// One typed function per API route; responses are read tolerantly and normalized into the shapes in wire.ts.
import type { OverviewResponse, StatementResponse, StatementsGraphResponse, SubgraphResponse } from '../../server/api/wire.ts';
import type {
  DocSpan, DocumentRef, DocumentView, EntityDetails, Health, Hop, Neighborhood, PathResult, Plain, QueryParam, QueryRun,
  SavedQuery, SchemaInfo, SearchHit, StatementPage, StatementView, WireEdge, WireGraph, WireNode,
} from './wire.ts';

/** An API answer other than 2xx: `code` and `message` come from the server's {error:{code,message}}. */
export class ApiError extends Error {
  readonly status: number;
  readonly code: string;
  /** The error's `details` as the server sent them (e.g. syntax errors with line and column). */
  readonly details: unknown;
  constructor(status: number, code: string, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.status = status;
    this.code = code;
    this.details = details;
  }
}

type Query = Record<string, string | number | undefined | null | string[]>;

function qs(q: Query): string {
  const p = new URLSearchParams();
  for (const [k, v] of Object.entries(q)) {
    if (v === undefined || v === null || v === '') continue;
    if (Array.isArray(v)) {
      if (v.length) p.set(k, v.join(','));
    } else p.set(k, String(v));
  }
  const s = p.toString();
  return s ? `?${s}` : '';
}

async function call<T = unknown>(method: string, path: string, body?: unknown, signal?: AbortSignal): Promise<T> {
  let res: Response;
  try {
    res = await fetch(path, {
      method,
      signal,
      headers: body === undefined ? { accept: 'application/json' } : { 'content-type': 'application/json', accept: 'application/json' },
      body: body === undefined ? undefined : JSON.stringify(body),
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', `The API did not answer (${(e as Error).message})`);
  }
  const text = await res.text();
  let json: unknown = null;
  try {
    json = text ? JSON.parse(text) : null;
  } catch {
    if (!res.ok) throw new ApiError(res.status, 'http_error', `${res.status} ${res.statusText}`);
    throw new ApiError(res.status, 'bad_json', `${method} ${path}: the answer is not JSON`);
  }
  if (!res.ok) {
    const err = (json as { error?: { code?: string; message?: string; details?: unknown } } | null)?.error;
    throw new ApiError(res.status, err?.code ?? 'http_error', err?.message ?? `${res.status} ${res.statusText}`, err?.details);
  }
  return json as T;
}

// ---- normalizers: accept the documented shape and near variants, so a small server change does not blank the UI ----

type Obj = Record<string, unknown>;
const isObj = (v: unknown): v is Obj => typeof v === 'object' && v !== null && !Array.isArray(v);
const str = (v: unknown): string | null => (typeof v === 'string' ? v : typeof v === 'number' ? String(v) : null);
const num = (v: unknown): number | null => (typeof v === 'number' && Number.isFinite(v) ? v : null);

export function isWireNode(v: unknown): v is WireNode {
  return isObj(v) && typeof v.elementId === 'string' && Array.isArray(v.labels) && isObj(v.properties);
}

export function isWireEdge(v: unknown): v is WireEdge {
  return isObj(v) && typeof v.elementId === 'string' && typeof v.type === 'string' && 'start' in v && 'end' in v;
}

function list(v: unknown, ...keys: string[]): unknown[] {
  if (Array.isArray(v)) return v;
  if (isObj(v)) for (const k of keys) if (Array.isArray(v[k])) return v[k] as unknown[];
  return [];
}

export function toGraph(v: unknown): WireGraph {
  const o = isObj(v) ? v : {};
  return {
    nodes: list(o.nodes).filter(isWireNode),
    edges: list(o.edges ?? o.relationships).filter(isWireEdge),
  };
}

function toDocRef(v: unknown): DocumentRef | null {
  if (isWireNode(v)) v = { ...v.properties, id: v.id ?? v.properties.id };
  if (!isObj(v)) return null;
  const id = str(v.id ?? v.docId);
  if (!id) return null;
  return { id, title: str(v.title) ?? undefined, source: str(v.source) ?? undefined, date: str(v.date) ?? undefined, url: str(v.url) ?? undefined, mentions: num(v.mentions ?? v.count) ?? undefined };
}

function entityRef(v: unknown): { id: string; name: string; type: string } | null {
  if (isWireNode(v)) return { id: String(v.id ?? v.properties.id ?? v.elementId), name: String(v.properties.name ?? v.id ?? ''), type: String(v.properties.type ?? v.labels.find((l) => l !== 'Entity') ?? '') };
  if (!isObj(v)) return typeof v === 'string' ? { id: v, name: v, type: '' } : null;
  const id = str(v.id);
  if (!id) return null;
  return { id, name: str(v.name) ?? id, type: str(v.type) ?? str(v.label) ?? '' };
}

export function toStatement(v: unknown): StatementView | null {
  if (!isObj(v)) return null;
  let s: Obj = v;
  if (isWireNode(v.statement)) s = { ...v, ...(v.statement as WireNode).properties };
  else if (isObj(v.statement)) s = { ...v, ...(v.statement as Obj) };
  else if (isWireNode(v)) s = { ...(v as WireNode).properties };
  const id = str(s.id);
  const text = str(s.text);
  if (!id || text === null) return null;
  const speaker = entityRef(s.speaker) ?? (str(s.speakerId) ? { id: str(s.speakerId)!, name: str(s.speakerName) ?? str(s.speakerId)! } : str(s.speakerName) ? { id: '', name: str(s.speakerName)! } : null);
  const document = toDocRef(s.document) ?? (str(s.docId) ? { id: str(s.docId)!, title: str(s.docTitle) ?? undefined, source: str(s.source) ?? undefined } : null);
  return {
    id,
    text,
    kind: str(s.kind) ?? 'direct',
    cue: str(s.cue) ?? '',
    date: str(s.date) ?? document?.date ?? null,
    docId: str(s.docId) ?? document?.id ?? null,
    start: num(s.start),
    end: num(s.end),
    sentence: num(s.sentence),
    speaker: speaker && speaker.name ? { id: speaker.id, name: speaker.name } : speaker,
    about: list(s.about).map(entityRef).filter((x): x is NonNullable<typeof x> => x !== null),
    document,
  };
}

function toHop(v: unknown, edges: WireEdge[], i: number, nodes: WireNode[]): Hop {
  const o = isObj(v) ? v : {};
  const edge = isWireEdge(o.edge) ? o.edge : isWireEdge(o.relationship) ? o.relationship : isWireEdge(v) ? (v as WireEdge) : (edges[i] ?? null);
  const p = (edge?.properties ?? {}) as Record<string, unknown>;
  const ev = isObj(o.evidence) ? (o.evidence as Obj) : {};
  return {
    from: str(o.from) ?? nodes[i]?.elementId ?? edge?.start ?? '',
    to: str(o.to) ?? nodes[i + 1]?.elementId ?? edge?.end ?? '',
    type: str(o.type) ?? edge?.type ?? '',
    direction: o.direction === 'backward' ? 'backward' : 'forward',
    edge,
    evidence: str(o.evidence) ?? str(ev.text) ?? str(ev.evidence) ?? str(p.evidence),
    docId: str(o.docId) ?? str(ev.docId) ?? str(p.docId),
    start: num(o.start) ?? num(ev.start) ?? num(p.start),
    end: num(o.end) ?? num(ev.end) ?? num(p.end),
  };
}

export function toPath(v: unknown): PathResult | null {
  if (!isObj(v)) return null;
  const nodes = list(v.nodes).filter(isWireNode);
  const edges = list(v.edges ?? v.relationships).filter(isWireEdge);
  const rawHops = list(v.hops);
  const hops = (rawHops.length ? rawHops : edges).map((h, i) => toHop(h, edges, i, nodes));
  for (const h of hops) if (h.edge && !edges.some((e) => e.elementId === h.edge!.elementId)) edges.push(h.edge);
  if (!nodes.length) return null;
  return { nodes, edges, hops, coMention: v.coMention === true };
}

function toParam(v: unknown): QueryParam | null {
  if (typeof v === 'string') return { name: v, type: 'string' };
  if (!isObj(v)) return null;
  const name = str(v.name);
  if (!name) return null;
  let t = (str(v.type) ?? 'string').toLowerCase();
  const inner = /^entity\((\w+)\)$/.exec(t); // the catalog's file syntax, entity(Policy)
  if (inner) t = 'entity';
  const type = (['entity', 'string', 'date', 'number', 'integer', 'boolean'].includes(t) ? t : t === 'int' ? 'integer' : t === 'float' ? 'number' : 'string') as QueryParam['type'];
  return { name, type, label: str(v.label) ?? str(v.entityType) ?? (inner ? /^entity\((\w+)\)$/.exec(String(v.type))![1] : undefined), description: str(v.description) ?? undefined, default: (v.default ?? undefined) as Plain | undefined, required: v.required === undefined ? undefined : Boolean(v.required) };
}

export function toSavedQuery(v: unknown): SavedQuery | null {
  if (!isObj(v)) return null;
  const id = str(v.id);
  if (!id) return null;
  let params: unknown = v.params;
  if (typeof params === 'string') {
    try {
      params = JSON.parse(params);
    } catch {
      params = [];
    }
  }
  const paramList = Array.isArray(params) ? params : isObj(params) ? Object.entries(params).map(([name, p]) => (isObj(p) ? { name, ...p } : { name, type: p })) : [];
  return {
    id,
    name: str(v.name) ?? id,
    description: str(v.description) ?? '',
    cypher: str(v.cypher) ?? str(v.query) ?? '',
    params: paramList.map(toParam).filter((p): p is QueryParam => p !== null),
    view: str(v.view) ?? undefined,
    user: v.user === true || v.source === 'user' || v.kind === 'user' || v.editable === true,
  };
}

export function toRun(v: unknown): QueryRun {
  const o = isObj(v) ? v : {};
  return {
    columns: list(o.columns).map(String),
    rows: list(o.rows).filter(isObj),
    graph: toGraph(o.graph),
    truncated: o.truncated === true,
    ms: num(o.ms) ?? 0,
  };
}

function toSpan(v: unknown, kind?: DocSpan['kind']): DocSpan | null {
  if (!isObj(v)) return null;
  const start = num(v.start);
  const end = num(v.end);
  if (start === null || end === null || end <= start) return null;
  const k = (kind ?? str(v.kind) ?? 'mention') as DocSpan['kind'];
  return { start, end, kind: ['mention', 'statement', 'evidence'].includes(k) ? k : 'mention', ref: str(v.ref) ?? str(v.id) ?? str(v.entityId) ?? str(v.type) ?? undefined, label: str(v.label) ?? str(v.name) ?? str(v.speakerName) ?? undefined };
}

export function toDocument(v: unknown): DocumentView {
  const o = isObj(v) ? v : {};
  const d: Obj = isWireNode(o.document) ? (o.document as WireNode).properties : isObj(o.document) ? (o.document as Obj) : o;
  let spans: DocSpan[] = [];
  if (Array.isArray(o.spans)) spans = o.spans.map((s) => toSpan(s)).filter((s): s is DocSpan => s !== null);
  else if (isObj(o.spans)) {
    const g = o.spans as Obj;
    spans = [
      ...list(g.mentions).map((s) => toSpan(s, 'mention')),
      ...list(g.statements).map((s) => toSpan(s, 'statement')),
      ...list(g.evidence ?? g.relations).map((s) => toSpan(s, 'evidence')),
    ].filter((s): s is DocSpan => s !== null);
  }
  return { id: str(d.id) ?? '', title: str(d.title) ?? str(d.id) ?? 'Untitled', source: str(d.source) ?? undefined, url: str(d.url) ?? undefined, date: str(d.date) ?? undefined, text: str(d.text) ?? '', bodyStart: num(o.bodyStart) ?? 0, spans };
}

// ---- routes ----

export const api = {
  health: (signal?: AbortSignal) => call<Health>('GET', '/api/health', undefined, signal),

  async schema(signal?: AbortSignal): Promise<SchemaInfo> {
    const r = await call<Obj>('GET', '/api/schema', undefined, signal);
    const labels = list(r.labels ?? r.nodeLabels).map((l) => (typeof l === 'string' ? { label: l } : isObj(l) ? { label: String(l.label ?? l.name), count: num(l.count) ?? undefined } : null)).filter((x): x is { label: string; count?: number } => x !== null);
    const relationshipTypes = list(r.relationshipTypes ?? r.types).map((l) => (typeof l === 'string' ? { type: l } : isObj(l) ? { type: String(l.type ?? l.name), count: num(l.count) ?? undefined } : null)).filter((x): x is { type: string; count?: number } => x !== null);
    const propertyKeys = list(r.propertyKeys).map((k) => (isObj(k) ? String(k.key ?? k.name) : String(k)));
    return { labels, relationshipTypes, propertyKeys };
  },

  async search(q: string, opts: { types?: string[]; limit?: number } = {}, signal?: AbortSignal): Promise<SearchHit[]> {
    const r = await call<unknown>('GET', `/api/search${qs({ q, types: opts.types, limit: opts.limit })}`, undefined, signal);
    return list(r, 'results', 'hits', 'entities', 'items')
      .map((x) => (isWireNode(x) ? { node: x, score: 0 } : isObj(x) && isWireNode(x.node) ? { node: x.node, score: num(x.score) ?? 0 } : isObj(x) && isWireNode(x.entity) ? { node: x.entity, score: num(x.score) ?? 0 } : null))
      .filter((x): x is SearchHit => x !== null);
  },

  async entity(id: string, signal?: AbortSignal): Promise<EntityDetails> {
    const r = await call<Obj>('GET', `/api/entities/${encodeURIComponent(id)}`, undefined, signal);
    const entity = isWireNode(r.entity) ? r.entity : isWireNode(r.node) ? r.node : isWireNode(r) ? (r as unknown as WireNode) : null;
    if (!entity) throw new ApiError(200, 'bad_shape', `No entity in the answer for ${id}`);
    return { entity, degree: num(r.degree) ?? undefined, documents: list(r.documents ?? r.mentionedIn).map(toDocRef).filter((d): d is DocumentRef => d !== null) };
  },

  async neighbors(id: string, opts: { depth?: number; labels?: string[]; types?: string[]; limit?: number } = {}, signal?: AbortSignal): Promise<Neighborhood> {
    const r = await call<Obj>('GET', `/api/entities/${encodeURIComponent(id)}/neighbors${qs({ depth: opts.depth, labels: opts.labels, types: opts.types, limit: opts.limit })}`, undefined, signal);
    const g = toGraph(r);
    const counts: Record<string, number> = {};
    if (isObj(r.countsByType)) for (const [k, v] of Object.entries(r.countsByType)) if (typeof v === 'number') counts[k] = v;
    return { ...g, truncated: r.truncated === true, countsByType: counts };
  },

  async paths(from: string, to: string, opts: { maxHops?: number; types?: string[]; mode?: 'shortest' | 'all'; limit?: number } = {}, signal?: AbortSignal): Promise<{ paths: PathResult[]; truncated: boolean }> {
    const r = await call<unknown>('GET', `/api/paths${qs({ from, to, maxHops: opts.maxHops, types: opts.types, mode: opts.mode, limit: opts.limit })}`, undefined, signal);
    return { paths: list(r, 'paths').map(toPath).filter((p): p is PathResult => p !== null), truncated: isObj(r) && r.truncated === true };
  },

  async statements(opts: { speaker?: string; about?: string; q?: string; since?: string; until?: string; limit?: number; cursor?: string }, signal?: AbortSignal): Promise<StatementPage> {
    const r = await call<unknown>('GET', `/api/statements${qs(opts)}`, undefined, signal);
    const o = isObj(r) ? r : {};
    return { statements: list(r, 'statements', 'items', 'results').map(toStatement).filter((s): s is StatementView => s !== null), nextCursor: str(o.nextCursor ?? o.cursor) };
  },

  /** One statement and the graph around it (speaker, topics, document). */
  statement: (id: string, signal?: AbortSignal) => call<StatementResponse>('GET', `/api/statements/${encodeURIComponent(id)}`, undefined, signal),

  /** Who said what as a graph: a speaker's statements, or those about a topic. */
  statementsGraph: (opts: { speaker?: string; about?: string; limit?: number }, signal?: AbortSignal) =>
    call<StatementsGraphResponse>('GET', `/api/statements/graph${qs(opts)}`, undefined, signal),

  /** The first screen: the most connected actors and the typed links among them. */
  overview: (opts: { limit?: number; links?: number } = {}, signal?: AbortSignal) => call<OverviewResponse>('GET', `/api/overview${qs(opts)}`, undefined, signal),

  /** The nodes with these ids and the relationships among them (a canvas restored from a link). */
  subgraph: (ids: string[], signal?: AbortSignal) => call<SubgraphResponse>('GET', `/api/subgraph${qs({ ids })}`, undefined, signal),

  async document(id: string, signal?: AbortSignal): Promise<DocumentView> {
    return toDocument(await call<unknown>('GET', `/api/documents/${encodeURIComponent(id)}`, undefined, signal));
  },

  async queries(signal?: AbortSignal): Promise<SavedQuery[]> {
    const r = await call<unknown>('GET', '/api/queries', undefined, signal);
    return list(r, 'queries', 'items').map(toSavedQuery).filter((q): q is SavedQuery => q !== null);
  },

  async query(id: string, signal?: AbortSignal): Promise<SavedQuery> {
    const r = await call<Obj>('GET', `/api/queries/${encodeURIComponent(id)}`, undefined, signal);
    const q = toSavedQuery(isObj(r.query) ? r.query : r);
    if (!q) throw new ApiError(200, 'bad_shape', `No query in the answer for ${id}`);
    return q;
  },

  async runQuery(id: string, params: Record<string, unknown>, signal?: AbortSignal): Promise<QueryRun> {
    return toRun(await call<unknown>('POST', `/api/queries/${encodeURIComponent(id)}/run`, { params }, signal));
  },

  async saveQuery(q: { name: string; description: string; cypher: string; params: QueryParam[] }): Promise<SavedQuery> {
    const r = await call<Obj>('POST', '/api/queries', q);
    const saved = toSavedQuery(isObj(r.query) ? r.query : r);
    if (!saved) throw new ApiError(200, 'bad_shape', 'The saved query came back without an id');
    return saved;
  },

  async updateQuery(id: string, q: { name: string; description: string; cypher: string; params: QueryParam[] }): Promise<SavedQuery> {
    const r = await call<Obj>('PUT', `/api/queries/${encodeURIComponent(id)}`, q);
    return toSavedQuery(isObj(r.query) ? r.query : r) ?? { ...q, id, user: true };
  },

  deleteQuery: (id: string) => call<unknown>('DELETE', `/api/queries/${encodeURIComponent(id)}`),

  async cypher(query: string, params: Record<string, unknown> = {}, signal?: AbortSignal): Promise<QueryRun> {
    return toRun(await call<unknown>('POST', '/api/cypher', { query, params }, signal));
  },

  exportUrl: (format: 'json' | 'graphml' | 'csv', scope = 'all') => `/api/export${qs({ format, scope })}`,
};

export type Api = typeof api;
