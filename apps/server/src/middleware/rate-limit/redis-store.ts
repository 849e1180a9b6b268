import { Redis } from 'ioredis';
import type { RateLimitCount, RateLimitStore } from './store.js';

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
  const hitMany = async (hits: readonly { key: string; windowMs: number }[]) => {
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
    async peek(key) {
      const [count, ttl] = await Promise.all([redis.get(key), redis.pttl(key)]);
      return count === null ? { count: 0, resetInMs: 0 } : toCount(Number(count), ttl);
    },
    async reset(key) {
      await redis.del(key);
    },
    async close() {
      await redis.quit().catch(() => redis.disconnect());
    },
  };
}
