// One typed function per API route, typed by the server's wire contract (core/wire.ts): the answer is the
// documented shape or an ApiError, never a guess between shapes.
import type {
  CorrectionRequest,
  CorrectionsResponse,
  CorrectionView,
  UploadResponse,
  DocumentResponse,
  EntityResponse,
  HealthResponse,
  NeighborsResponse,
  OverviewResponse,
  PathsResponse,
  QueriesResponse,
  RunResponse,
  SavedQueryView,
  SaveQueryRequest,
  SchemaResponse,
  SearchResponse,
  StatementResponse,
  StatementsGraphResponse,
  StatementsResponse,
  SubgraphResponse,
} from '../../core/wire.ts';

/** Where the API is: '' (same origin) in the browser; tests point it at a server they started. */
let base = '';
export function setApiBase(url: string): void {
  base = url.replace(/\/$/, '');
}

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
    res = await fetch(`${base}${path}`, {
      method,
      signal,
      headers:
        body === undefined
          ? { accept: 'application/json' }
          : { 'content-type': 'application/json', accept: 'application/json' },
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
    throw new ApiError(
      res.status,
      err?.code ?? 'http_error',
      err?.message ?? `${res.status} ${res.statusText}`,
      err?.details,
    );
  }
  return json as T;
}

async function upload(name: string, body: Blob, signal?: AbortSignal): Promise<UploadResponse> {
  let res: Response;
  try {
    res = await fetch(`${base}/api/documents${qs({ name })}`, {
      method: 'POST',
      signal,
      headers: { 'content-type': 'application/octet-stream', accept: 'application/json' },
      body,
    });
  } catch (e) {
    if ((e as Error).name === 'AbortError') throw e;
    throw new ApiError(0, 'network', `The API did not answer (${(e as Error).message})`);
  }
  const json = (await res.json().catch(() => null)) as {
    error?: { code?: string; message?: string; details?: unknown };
  } | null;
  if (!res.ok)
    throw new ApiError(
      res.status,
      json?.error?.code ?? 'http_error',
      json?.error?.message ?? `${res.status} ${res.statusText}`,
      json?.error?.details,
    );
  return json as unknown as UploadResponse;
}

// ---- routes: each returns the server's wire type as sent (core/wire.ts); nothing is guessed or reshaped ----

export const api = {
  health: (signal?: AbortSignal) => call<HealthResponse>('GET', '/api/health', undefined, signal),

  schema: (signal?: AbortSignal) => call<SchemaResponse>('GET', '/api/schema', undefined, signal),

  search: (q: string, opts: { types?: string[]; limit?: number } = {}, signal?: AbortSignal) =>
    call<SearchResponse>('GET', `/api/search${qs({ q, types: opts.types, limit: opts.limit })}`, undefined, signal),

  entity: (id: string, signal?: AbortSignal) =>
    call<EntityResponse>('GET', `/api/entities/${encodeURIComponent(id)}`, undefined, signal),

  neighbors: (
    id: string,
    opts: { depth?: number; labels?: string[]; types?: string[]; limit?: number } = {},
    signal?: AbortSignal,
  ) =>
    call<NeighborsResponse>('GET', `/api/entities/${encodeURIComponent(id)}/neighbors${qs(opts)}`, undefined, signal),

  paths: (
    from: string,
    to: string,
    opts: { maxHops?: number; types?: string[]; mode?: 'shortest' | 'all'; limit?: number } = {},
    signal?: AbortSignal,
  ) => call<PathsResponse>('GET', `/api/paths${qs({ from, to, ...opts })}`, undefined, signal),

  statements: (
    opts: {
      speaker?: string;
      about?: string;
      q?: string;
      since?: string;
      until?: string;
      limit?: number;
      cursor?: string;
    },
    signal?: AbortSignal,
  ) => call<StatementsResponse>('GET', `/api/statements${qs(opts)}`, undefined, signal),

  /** One statement and the graph around it (speaker, topics, document). */
  statement: (id: string, signal?: AbortSignal) =>
    call<StatementResponse>('GET', `/api/statements/${encodeURIComponent(id)}`, undefined, signal),

  /** Who said what as a graph: a speaker's statements, or those about a topic. */
  statementsGraph: (opts: { speaker?: string; about?: string; limit?: number }, signal?: AbortSignal) =>
    call<StatementsGraphResponse>('GET', `/api/statements/graph${qs(opts)}`, undefined, signal),

  /** The first screen: the most connected actors and the typed links among them. */
  overview: (opts: { limit?: number; links?: number } = {}, signal?: AbortSignal) =>
    call<OverviewResponse>('GET', `/api/overview${qs(opts)}`, undefined, signal),

  /** The nodes with these ids and the relationships among them (a canvas restored from a link). */
  subgraph: (ids: string[], signal?: AbortSignal) =>
    call<SubgraphResponse>('GET', `/api/subgraph${qs({ ids })}`, undefined, signal),

  document: (id: string, signal?: AbortSignal) =>
    call<DocumentResponse>('GET', `/api/documents/${encodeURIComponent(id)}`, undefined, signal),

  queries: (signal?: AbortSignal) => call<QueriesResponse>('GET', '/api/queries', undefined, signal),

  query: (id: string, signal?: AbortSignal) =>
    call<SavedQueryView>('GET', `/api/queries/${encodeURIComponent(id)}`, undefined, signal),

  runQuery: (id: string, params: Record<string, unknown>, signal?: AbortSignal) =>
    call<RunResponse>('POST', `/api/queries/${encodeURIComponent(id)}/run`, { params }, signal),

  saveQuery: (q: SaveQueryRequest) => call<SavedQueryView>('POST', '/api/queries', q),

  updateQuery: (id: string, q: SaveQueryRequest) =>
    call<SavedQueryView>('PUT', `/api/queries/${encodeURIComponent(id)}`, q),

  deleteQuery: (id: string) => call<null>('DELETE', `/api/queries/${encodeURIComponent(id)}`),

  /** The user's own Cypher from the editor (the explorer's views never send Cypher). */
  cypher: (query: string, params: Record<string, unknown> = {}, signal?: AbortSignal) =>
    call<RunResponse>('POST', '/api/cypher', { query, params }, signal),

  /** Adds one document to the graph while the server runs (the file as it is; its name says how to read it). */
  upload: (name: string, body: Blob, signal?: AbortSignal) => upload(name, body, signal),

  /** Corrections users made (with who/when/why): the list is also the export. */
  corrections: (signal?: AbortSignal) => call<CorrectionsResponse>('GET', '/api/corrections', undefined, signal),
  correct: (c: CorrectionRequest) => call<CorrectionView>('POST', '/api/corrections', c),
  undoCorrection: (id: string) => call<CorrectionView>('POST', `/api/corrections/${encodeURIComponent(id)}/undo`),
  correctionsUrl: () => `${base}/api/corrections`,

  exportUrl: (format: 'json' | 'graphml' | 'csv', scope = 'all') => `${base}/api/export${qs({ format, scope })}`,
};

export type Api = typeof api;
