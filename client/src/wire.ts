// The API's JSON as the explorer uses it: node, edge and graph types come from the server's wire contract; the views are
// what api.ts normalizes answers into (nullable fields made optional, parameter types in the form's words).
import type { WireNode, WireEdge, WireGraph, ApiError as ApiErrorBody, HealthResponse } from '../../server/api/wire.ts';

export type { WireNode, WireEdge, WireGraph, ApiErrorBody };

export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };

export type Health = HealthResponse;

export interface SchemaInfo {
  labels: { label: string; count?: number }[];
  relationshipTypes: { type: string; count?: number }[];
  propertyKeys: string[];
}

export interface SearchHit {
  node: WireNode;
  score: number;
}

export interface EntityDetails {
  entity: WireNode;
  degree?: number;
  documents: DocumentRef[];
}

export interface DocumentRef {
  id: string;
  title?: string;
  source?: string;
  date?: string;
  url?: string;
  mentions?: number;
}

export interface Neighborhood extends WireGraph {
  truncated: boolean;
  countsByType: Record<string, number>;
}

export interface Hop {
  from: string; // elementId
  to: string;
  type: string;
  /** forward: the stored relationship points from `from` to `to`; backward: the walk goes against it. */
  direction: 'forward' | 'backward';
  edge: WireEdge | null;
  evidence: string | null;
  docId: string | null;
  start: number | null;
  end: number | null;
}

export interface PathResult {
  nodes: WireNode[];
  edges: WireEdge[];
  hops: Hop[];
  /** Only a shared document links the two ends (co-mention), not typed facts. */
  coMention: boolean;
}

export interface StatementView {
  id: string;
  text: string;
  kind: string;
  cue: string;
  date: string | null;
  docId: string | null;
  start: number | null;
  end: number | null;
  sentence: number | null;
  speaker: { id: string; name: string } | null;
  about: { id: string; name: string; type: string }[];
  document: DocumentRef | null;
}

export interface StatementPage {
  statements: StatementView[];
  nextCursor: string | null;
}

export type SpanKind = 'mention' | 'statement' | 'evidence';

export interface DocSpan {
  start: number;
  end: number;
  kind: SpanKind;
  /** Entity id, statement id or relationship type the span stands for. */
  ref?: string;
  label?: string;
}

export interface DocumentView {
  id: string;
  title: string;
  source?: string;
  url?: string;
  date?: string;
  text: string;
  /** Offset where the article starts (past front matter); spans count from 0 of `text`. */
  bodyStart: number;
  spans: DocSpan[];
}

export type ParamType = 'entity' | 'string' | 'date' | 'number' | 'integer' | 'boolean';

export interface QueryParam {
  name: string;
  type: ParamType;
  /** For entity params: which entity label to offer. */
  label?: string;
  description?: string;
  default?: Plain;
  required?: boolean;
}

export interface SavedQuery {
  id: string;
  name: string;
  description: string;
  cypher: string;
  params: QueryParam[];
  view?: string;
  /** True for queries users saved (editable); false for the shipped catalog. */
  user: boolean;
}

export interface QueryRun {
  columns: string[];
  rows: Record<string, unknown>[];
  graph: WireGraph;
  truncated: boolean;
  ms: number;
}
