// What the start view shows, as requests: counts, the most connected actors, the latest statements. They can be sent
// before the rest of the explorer has started (see early.ts); the first overview then takes them instead of asking again.
import { api } from '../api.ts';
import type { Health, QueryRun, StatementPage } from '../wire.ts';

export const TOP_ACTORS = `MATCH (e:Entity)
WITH e, COUNT { (e)--() } AS degree
RETURN e.id AS id, e.name AS name, e.type AS type, degree
ORDER BY degree DESC LIMIT $limit`;
const TOP_ACTOR_COUNT = 15;
const LATEST_COUNT = 8;

export interface OverviewData {
  health: Promise<Health>;
  actors: Promise<QueryRun>;
  latest: Promise<StatementPage>;
}

export function requestOverview(signal?: AbortSignal): OverviewData {
  return {
    health: api.health(signal),
    actors: api.cypher(TOP_ACTORS, { limit: TOP_ACTOR_COUNT }, signal),
    latest: api.statements({ limit: LATEST_COUNT }, signal),
  };
}

let early: OverviewData | undefined;

/** Sends the overview's requests now; the next `takeOverview` gets them. */
export function prefetchOverview(): void {
  early = requestOverview();
  // a failure is shown by the overview that takes it; until then it must not count as unhandled
  for (const p of Object.values(early)) (p as Promise<unknown>).catch(() => undefined);
}

/** The prefetched requests, once; after that (or without a prefetch) new ones. */
export function takeOverview(signal?: AbortSignal): OverviewData {
  const e = early;
  early = undefined;
  return e ?? requestOverview(signal);
}
