// What the start view shows, as requests: counts, the most connected actors, the latest statements. They can be sent
// before the rest of the explorer has started (see early.ts); the first overview then takes them instead of asking again.
import { api } from '../api.ts';
import type { OverviewResponse } from '../../../core/wire.ts';
import type { Health, StatementPage } from '../wire-types.ts';

const TOP_ACTOR_COUNT = 15;
const TOP_LINKS = 60; // typed links among them drawn on the first screen
const LATEST_COUNT = 8;

export interface OverviewData {
  health: Promise<Health>;
  actors: Promise<OverviewResponse>;
  latest: Promise<StatementPage>;
}

export function requestOverview(signal?: AbortSignal): OverviewData {
  return {
    health: api.health(signal),
    actors: api.overview({ limit: TOP_ACTOR_COUNT, links: TOP_LINKS }, signal),
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
