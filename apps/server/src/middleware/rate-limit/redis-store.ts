import { Redis } from 'ioredis';
import { ApiError } from '../../errors/api-error.js';
import { createLeases } from './leases.js';
import type { RateLimitCount, RateLimitStore } from './store.js';

/** How long a request waits for a (re)connecting Redis before it is refused with a 503. */
export const REDIS_READY_WAIT_MS = 1_000;

/**
 * Per key: INCR, PEXPIRE … NX (Redis 7) starts the window only on the first hit, PTTL. One
 * script for every key a request counts against: one command per request (EVALSHA; ioredis
 * falls back to EVAL once when the script cache is empty), where a MULTI was 2 + 3 × keys
 * commands to write, queue and answer. Atomic, as the MULTI was.
 */
const HIT_SCRIPT = `
local results = {}
for index, key in ipairs(KEYS) do
  local count = redis.call('INCR', key)
  redis.call('PEXPIRE', key, ARGV[index], 'NX')
  results[index * 2 - 1] = count
  results[index * 2] = redis.call('PTTL', key)
end
return results
`;

/**
 * Per key: a block of counts this process may hand out itself, so an admitted request costs
 * no round trip until its block is spent. The grant is 1/LEASE_SHARE of what is left of the
 * window (at least 1, at most LEASE_MAX), so the counts granted never pass the limit and
 * shrink to one at a time as it nears. A key at or past its limit gets one count, as a hit
 * did before: the refusal.
 */
const LEASE_SCRIPT = `
local results = {}
local maxBlock = tonumber(ARGV[1])
local share = tonumber(ARGV[2])
for index, key in ipairs(KEYS) do
  local limit = tonumber(ARGV[index * 2 + 2])
  local count = tonumber(redis.call('GET', key) or '0')
  local grant = 1
  if count < limit then grant = math.max(1, math.min(maxBlock, math.floor((limit - count) / share))) end
  count = redis.call('INCRBY', key, grant)
  redis.call('PEXPIRE', key, ARGV[index * 2 + 1], 'NX')
  results[index * 3 - 2] = count
  results[index * 3 - 1] = redis.call('PTTL', key)
  results[index * 3] = grant
end
return results
`;

/** A process reserves at most this many counts of one key at a time… */
export const LEASE_MAX = 64;
/** …and at most this fraction (1/n) of what is left of the key's window. */
export const LEASE_SHARE = 16;

type ScriptedRedis = Redis & {
  hitRateLimits(keyCount: number, ...keysThenWindows: (string | number)[]): Promise<number[]>;
  leaseRateLimits(keyCount: number, ...keysThenArgs: (string | number)[]): Promise<number[]>;
};

/**
 * Counters in Redis, shared by every server instance (scaled mode). `hit`/`hitMany` cost one
 * round trip however many keys; `take` (the API's limits) hands out counts this process
 * reserved ahead (leases.ts), so most admitted requests cost none.
 */
export function createRedisRateLimitStore(url: string, { keyPrefix = 'pc:rl:' }: { keyPrefix?: string } = {}): RateLimitStore {
  // Fail fast rather than queueing requests behind a dead Redis.
  // Auto-pipelining: the hits of the requests handled in one event-loop turn go out in one
  // write (one syscall here, one read for Redis) instead of one each.
  const redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false, enableAutoPipelining: true }) as ScriptedRedis;
  // ioredis prefixes the script's KEYS like any other key.
  redis.defineCommand('hitRateLimits', { lua: HIT_SCRIPT });
  redis.defineCommand('leaseRateLimits', { lua: LEASE_SCRIPT });
  redis.on('error', () => {
    // Reported per command as a rejection; a connection-level event must not crash the process.
  });
  const toCount = (count: number, ttl: number): RateLimitCount => ({ count, resetInMs: Math.max(ttl, 0) });
  // Without an offline queue a command sent while the connection is still opening (the first
  // requests after start) or reconnecting is rejected at once: wait a moment for it instead,
  // and past that answer a clear, retryable 503 rather than a 500.
  const counted = async <T>(operation: () => Promise<T>): Promise<T> => {
    try {
      if (redis.status !== 'ready') await readyWithin(redis, REDIS_READY_WAIT_MS);
      return await operation();
    } catch (error) {
      throw new ApiError('service_unavailable', {
        detail: 'Rate limits cannot be counted right now (Redis is unreachable); retry shortly.',
        headers: { 'Retry-After': '1' },
        cause: error,
      });
    }
  };
  const hitMany = (hits: readonly { key: string; windowMs: number }[]) => counted(() => transact(hits));
  const transact = async (hits: readonly { key: string; windowMs: number }[]) => {
    const results = await redis.hitRateLimits(hits.length, ...hits.map((hit) => hit.key), ...hits.map((hit) => hit.windowMs));
    return hits.map((_, index) => toCount(results[index * 2]!, results[index * 2 + 1]!));
  };
  const leases = createLeases(async (hits) => {
    const args = hits.flatMap((hit) => [hit.windowMs, hit.limit]);
    const results = await redis.leaseRateLimits(hits.length, ...hits.map((hit) => hit.key), LEASE_MAX, LEASE_SHARE, ...args);
    return hits.map((_, index) => ({ count: results[index * 3]!, resetInMs: Math.max(results[index * 3 + 1]!, 0), granted: results[index * 3 + 2]! }));
  });
  return {
    hit: async (key, windowMs) => (await hitMany([{ key, windowMs }]))[0]!,
    hitMany,
    take: (hits) => leases.take(hits, counted),
    peek: (key) =>
      counted(async () => {
        const [count, ttl] = await Promise.all([redis.get(key), redis.pttl(key)]);
        return count === null ? { count: 0, resetInMs: 0 } : toCount(Number(count), ttl);
      }),
    reset: (key) => counted(async () => void (await redis.del(key))),
    async close() {
      leases.close();
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}

const readyWithin = (redis: Redis, timeoutMs: number): Promise<void> =>
  new Promise((resolve, reject) => {
    const timer = setTimeout(() => {
      redis.off('ready', ready);
      reject(new Error(`Redis not ready within ${timeoutMs} ms (${redis.status})`));
    }, timeoutMs);
    const ready = () => {
      clearTimeout(timer);
      resolve();
    };
    redis.once('ready', ready);
  });
