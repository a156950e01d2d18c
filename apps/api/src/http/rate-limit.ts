import { GraphQLError } from "graphql";
import type { Plugin } from "graphql-yoga";
import { Redis } from "ioredis";
import { logger, outageLog } from "../log.ts";
import { viewerOf } from "./guards.ts";

const log = logger("rate-limit");

/** A token bucket: `perSecond` tokens flow in, at most `burst` are kept; each operation takes one. */
export interface RateLimit {
  perSecond: number;
  burst: number;
}

/** 50 operations a second sustained per API key, 200 at once: a dashboard page sends a handful. */
export const defaultRateLimit: RateLimit = { perSecond: 50, burst: 200 };

export const rateLimitedCode = "RATE_LIMITED";

export interface TakeResult {
  allowed: boolean;
  /** Whole tokens left after this take. */
  remaining: number;
  /** When refused, the milliseconds until a token is back. */
  retryAfterMs: number;
}

export interface RateLimiter {
  readonly limit: RateLimit;
  /** Takes one token of the key's bucket. Never throws: an unreachable Redis falls back to this instance's bucket. */
  take(keyId: number): Promise<TakeResult>;
  close(): Promise<void>;
}

/**
 * Refills by the time elapsed since the last take (Redis' own clock, so instances with skewed
 * clocks agree), takes one token if there is one, and keeps the bucket only as long as it takes
 * to fill up again (a full bucket and no bucket are the same). Returns {allowed, remaining, retryAfterMs}.
 */
const takeScript = `
local rate = tonumber(ARGV[1])
local burst = tonumber(ARGV[2])
local time = redis.call('TIME')
local now = tonumber(time[1]) * 1000 + math.floor(tonumber(time[2]) / 1000)
local state = redis.call('HMGET', KEYS[1], 'tokens', 'at')
local tokens = tonumber(state[1]) or burst
local at = tonumber(state[2]) or now
tokens = math.min(burst, tokens + math.max(0, now - at) * rate / 1000)
local allowed = 0
local retry = 0
if tokens >= 1 then
  tokens = tokens - 1
  allowed = 1
else
  retry = math.ceil((1 - tokens) * 1000 / rate)
end
redis.call('HSET', KEYS[1], 'tokens', tostring(tokens), 'at', now)
redis.call('PEXPIRE', KEYS[1], math.ceil(burst * 1000 / rate) + 1000)
return {allowed, math.floor(tokens), retry}
`;

/** The buckets of this instance alone: without Redis, and while it is unreachable. */
export function localBuckets(limit: RateLimit) {
  // Keyed by authenticated key ids, so it holds at most one entry per API key.
  const buckets = new Map<number, { tokens: number; at: number }>();
  return (keyId: number, now = performance.now()): TakeResult => {
    const bucket = buckets.get(keyId) ?? { tokens: limit.burst, at: now };
    bucket.tokens = Math.min(
      limit.burst,
      bucket.tokens + ((now - bucket.at) * limit.perSecond) / 1000,
    );
    bucket.at = now;
    buckets.set(keyId, bucket);
    if (bucket.tokens < 1)
      return {
        allowed: false,
        remaining: 0,
        retryAfterMs: Math.ceil(((1 - bucket.tokens) * 1000) / limit.perSecond),
      };
    bucket.tokens -= 1;
    return { allowed: true, remaining: Math.floor(bucket.tokens), retryAfterMs: 0 };
  };
}

/**
 * One bucket per API key. With `redisUrl` the bucket lives in Redis, so every instance draws on
 * the same budget; while Redis is unreachable each instance limits on its own (the budget is then
 * per instance) rather than failing requests.
 */
export function createRateLimiter(
  limit: RateLimit,
  redisUrl?: string,
  keyPrefix = "parley:rate:",
): RateLimiter {
  const local = localBuckets(limit);
  if (!redisUrl) return { limit, take: async (keyId) => local(keyId), close: async () => {} };

  // No offline queue and a short timeout: a request never waits on Redis for more than a moment.
  const redis = new Redis(redisUrl, {
    enableOfflineQueue: false,
    maxRetriesPerRequest: 1,
    commandTimeout: 200,
  });
  const health = outageLog(
    log,
    "Reaching Redis for rate limits (each instance limits on its own meanwhile)",
  );
  redis.on("error", (error: Error) => health.failed(error));
  redis.defineCommand("takeToken", { numberOfKeys: 1, lua: takeScript });
  const takeToken = (
    redis as unknown as {
      takeToken(key: string, rate: number, burst: number): Promise<[number, number, number]>;
    }
  ).takeToken.bind(redis);
  return {
    limit,
    async take(keyId) {
      try {
        const [allowed, remaining, retryAfterMs] = await takeToken(
          `${keyPrefix}${keyId}`,
          limit.perSecond,
          limit.burst,
        );
        health.recovered();
        return { allowed: allowed === 1, remaining, retryAfterMs };
      } catch (error) {
        health.failed(error);
        return local(keyId);
      }
    },
    async close() {
      redis.disconnect();
    },
  };
}

/** The error of an operation over its key's budget: 429 with `Retry-After` on HTTP, an error frame on websockets. */
export function rateLimited(
  limit: RateLimit,
  retryAfterMs: number,
  over: "http" | "websocket",
): GraphQLError {
  const retryAfterSeconds = Math.max(1, Math.ceil(retryAfterMs / 1000));
  const http = { status: 429, headers: { "Retry-After": String(retryAfterSeconds) } };
  return new GraphQLError(
    `Rate limit exceeded: an API key may run ${limit.perSecond} operations a second (bursts of ${limit.burst}); retry in ${retryAfterSeconds} s`,
    {
      extensions: {
        code: rateLimitedCode,
        retryAfterSeconds,
        ...(over === "http" ? { http } : {}),
      },
    },
  );
}

/** Takes a token per HTTP request once it is authenticated (useAuthenticationFirst runs before), before its body is parsed. */
export function useRateLimit(limiter: RateLimiter): Plugin {
  return {
    async onRequestParse({ request }) {
      const viewer = viewerOf(request);
      if (!viewer) return;
      const taken = await limiter.take(viewer.keyId);
      if (!taken.allowed) throw rateLimited(limiter.limit, taken.retryAfterMs, "http");
    },
  };
}
