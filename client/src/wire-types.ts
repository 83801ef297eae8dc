// The API's JSON as the explorer uses it: every type is the server's wire contract (core/wire.ts), named for
// what the panels call it. Nothing here is re-declared, so a change on the server is a type error here.
import type {
  ApiError as ApiErrorBody,
  DocumentResponse,
  DocumentSpan,
  EntityResponse,
  HealthResponse,
  Hop,
  NeighborsResponse,
  OverviewResponse,
  PathsResponse,
  RunResponse,
  SavedQueryView,
  SchemaResponse,
  SearchResponse,
  StatementResponse,
  StatementsGraphResponse,
  StatementsResponse,
  StatementView,
  SubgraphResponse,
  WireEdge,
  WireGraph,
  WireNode,
  SaveQueryRequest,
} from '../../core/wire.ts';

export type {
  ApiErrorBody,
  DocumentSpan,
  EntityResponse,
  Hop,
  NeighborsResponse,
  OverviewResponse,
  PathsResponse,
  SaveQueryRequest,
  SchemaResponse,
  SearchResponse,
  StatementResponse,
  StatementsGraphResponse,
  StatementsResponse,
  StatementView,
  SubgraphResponse,
  WireEdge,
  WireGraph,
  WireNode,
};

export type Health = HealthResponse;
export type SearchHit = SearchResponse['results'][number];
export type EntityDetails = EntityResponse;
export type DocumentRef = EntityResponse['documents'][number];
export type Neighborhood = NeighborsResponse;
export type PathResult = PathsResponse['paths'][number];
export type StatementPage = StatementsResponse;
export type DocSpan = DocumentSpan;
export type SpanKind = DocumentSpan['kind'];
export type DocumentView = DocumentResponse;
export type SavedQuery = SavedQueryView;
export type QueryParam = SavedQueryView['params'][number];
export type ParamType = QueryParam['type'];
export type QueryRun = RunResponse;
export type { CorrectionRequest, CorrectionView } from '../../core/wire.ts';
export type Plain = null | boolean | number | string | Plain[] | { [k: string]: Plain };
