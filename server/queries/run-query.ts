// Runs a user's or a saved query safely: read-only twice (parse-tree guard, then the store's read mode), with a timeout, a row cap and a graph cap.
import type { GraphValue } from '../../core/graph-store.ts';
import type { QueryExecutor } from './isolated-runner.ts';
import type { GuardPool } from './guard-pool.ts';
import { extractGraph, type WireGraph } from '../query-services/extract-graph.ts';

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
 * spliced into the text. The executor runs it where a runaway cannot hurt others (isolated-runner.ts).
 */
export async function runReadOnly(
  executor: QueryExecutor,
  guard: GuardPool,
  cypher: string,
  params: Record<string, unknown>,
  limits: QueryLimits,
  client?: string,
): Promise<QueryRun> {
  const started = performance.now();
  const checked = await guard.check(cypher);
  const result = await executor.run(checked, params, {
    timeoutMs: limits.timeoutMs,
    rowLimit: limits.rowLimit,
    client,
  });
  const rows = result.rows.slice(0, limits.rowLimit);
  const g = extractGraph(
    rows.flatMap((r) => Object.values(r)),
    limits.graphLimit,
  );
  return {
    columns: result.columns,
    rows,
    graph: { nodes: g.nodes, edges: g.edges },
    truncated: result.rows.length > limits.rowLimit || g.truncated,
    ms: Math.round((performance.now() - started) * 10) / 10,
  };
}
