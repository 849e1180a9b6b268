import { Redis } from 'ioredis';
import { ApiError } from '../../errors/api-error.js';
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

type ScriptedRedis = Redis & { hitRateLimits(keyCount: number, ...keysThenWindows: (string | number)[]): Promise<number[]> };

/** Counters in Redis, shared by every server instance (scaled mode): one round trip per request, however many rules it counts against. */
export function createRedisRateLimitStore(url: string, { keyPrefix = 'pc:rl:' }: { keyPrefix?: string } = {}): RateLimitStore {
  // Fail fast rather than queueing requests behind a dead Redis.
  // Auto-pipelining: the hits of the requests handled in one event-loop turn go out in one
  // write (one syscall here, one read for Redis) instead of one each.
  const redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false, enableAutoPipelining: true }) as ScriptedRedis;
  // ioredis prefixes the script's KEYS like any other key.
  redis.defineCommand('hitRateLimits', { lua: HIT_SCRIPT });
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
  return {
    hit: async (key, windowMs) => (await hitMany([{ key, windowMs }]))[0]!,
    hitMany,
    peek: (key) =>
      counted(async () => {
        const [count, ttl] = await Promise.all([redis.get(key), redis.pttl(key)]);
        return count === null ? { count: 0, resetInMs: 0 } : toCount(Number(count), ttl);
      }),
    reset: (key) => counted(async () => void (await redis.del(key))),
    async close() {
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
