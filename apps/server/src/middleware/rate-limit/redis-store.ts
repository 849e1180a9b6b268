import { Redis } from 'ioredis';
import { ApiError } from '../../errors/api-error.js';
import type { RateLimitCount, RateLimitStore } from './store.js';

/** How long a request waits for a (re)connecting Redis before it is refused with a 503. */
export const REDIS_READY_WAIT_MS = 1_000;

/**
 * Counters in Redis, shared by every server instance (scaled mode). One round trip per
 * request, however many rules it counts against: per key INCR, then PEXPIRE … NX (Redis 7)
 * starts the window only on the first hit, then PTTL — all in one MULTI.
 */
export function createRedisRateLimitStore(url: string, { keyPrefix = 'pc:rl:' }: { keyPrefix?: string } = {}): RateLimitStore {
  // Fail fast rather than queueing requests behind a dead Redis.
  const redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
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
    const transaction = redis.multi();
    for (const { key, windowMs } of hits) transaction.incr(key).pexpire(key, windowMs, 'NX').pttl(key);
    const results = (await transaction.exec()) as [Error | null, number][] | null;
    if (!results) throw new Error('rate limit transaction was aborted');
    return hits.map((_, index) => {
      const [incrError, count] = results[index * 3]!;
      const [ttlError, ttl] = results[index * 3 + 2]!;
      if (incrError ?? ttlError) throw incrError ?? ttlError;
      return toCount(count, ttl);
    });
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
