// Runs a user's or a saved query safely: read-only twice (parse-tree guard, then the store's read mode), with a timeout, a row cap and a graph cap.
import type { GraphStore, GraphValue } from '../store/graph-store.ts';
import type { GuardPool } from '../queries/guard-pool.ts';
import { extractGraph, type WireGraph } from './extract-graph.ts';

export interface QueryLimits {
  timeoutMs: number;
  rowLimit: number;
  graphLimit: number;
}

export interface QueryRun {
  columns: string[];
  rows: Record<string, GraphValue>[];
  graph: WireGraph;
  /** More rows than rowLimit, or more nodes than graphLimit, were found; what is returned is the start. */
  truncated: boolean;
  ms: number;
}

/**
 * The guard refuses anything that could write before the store sees it (QueryRejectedError, 422, or
 * QuerySyntaxError / QueryTooComplexError, 400) and returns the canonical text it checked; the store runs exactly
 * that text, in read mode, which discards any write that got past the guard. Parameters travel as values, never
 * spliced into the text.
 */
export async function runReadOnly(store: GraphStore, guard: GuardPool, cypher: string, params: Record<string, unknown>, limits: QueryLimits): Promise<QueryRun> {
  const started = performance.now();
  const checked = await guard.check(cypher);
  const result = await store.run(checked, params, { mode: 'read', timeoutMs: limits.timeoutMs });
  const rows = result.rows.slice(0, limits.rowLimit);
  const g = extractGraph(rows.flatMap((r) => Object.values(r)), limits.graphLimit);
  return {
    columns: result.columns,
    rows,
    graph: { nodes: g.nodes, edges: g.edges },
    truncated: result.rows.length > limits.rowLimit || g.truncated,
    ms: Math.round((performance.now() - started) * 10) / 10,
  };
}
