// Per-client token buckets (the `limiter` package): a client may spend a burst at once, then earns tokens back at the
// steady rate, so a busy moment costs seconds of waiting rather than a minute's lock-out.
import type { RequestHandler } from 'express';
import { TokenBucket } from 'limiter';

export interface RateLimitPolicy {
  /** Names the limit in the 429 message ("reads", "ad-hoc Cypher"). */
  name: string;
  perMinute: number; // steady rate; 0 disables the limit
  burst: number; // tokens a client starts with and may spend at once
}

/** Buckets kept before full (idle) ones are forgotten: bounds memory whatever the number of client addresses. */
const MAX_CLIENTS = 10_000;

export function rateLimit(policy: RateLimitPolicy, maxClients = MAX_CLIENTS): RequestHandler {
  if (policy.perMinute <= 0) return (_req, _res, next) => next();
  const buckets = new Map<string, TokenBucket>();
  const bucketFor = (client: string): TokenBucket => {
    let bucket = buckets.get(client);
    if (!bucket) {
      if (buckets.size >= maxClients) forgetIdle(buckets, maxClients);
      bucket = new TokenBucket({ bucketSize: policy.burst, tokensPerInterval: policy.perMinute, interval: 'minute' });
      bucket.content = policy.burst; // a new client starts with its whole burst (the package starts buckets empty)
      buckets.set(client, bucket);
    }
    return bucket;
  };
  return (req, res, next) => {
    const bucket = bucketFor(req.ip ?? req.socket.remoteAddress ?? 'unknown');
    if (bucket.tryRemoveTokens(1)) {
      next();
      return;
    }
    const seconds = Math.max(1, Math.ceil(bucket.getWaitTime(1) / 1000));
    res.setHeader('Retry-After', String(seconds));
    res.status(429).json({
      error: {
        code: 'rate_limited',
        message: `Too many ${policy.name} requests: ${policy.perMinute} a minute with bursts of ${policy.burst}. Try again in ${seconds} s.`,
      },
    });
  };
}

/** Drops the buckets that have filled up again (their clients went quiet), then the oldest if that was not enough. */
function forgetIdle(buckets: Map<string, TokenBucket>, maxClients: number): void {
  for (const [client, bucket] of buckets) {
    bucket.drip();
    if (bucket.content >= bucket.bucketSize) buckets.delete(client);
  }
  for (const client of buckets.keys()) {
    if (buckets.size < maxClients) break;
    buckets.delete(client);
  }
}
