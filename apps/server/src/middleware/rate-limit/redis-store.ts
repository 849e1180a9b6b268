import { Redis } from 'ioredis';
import type { RateLimitCount, RateLimitStore } from './store.js';

/**
 * Counters in Redis, shared by every server instance (scaled mode). One round trip per
 * hit: INCR, then PEXPIRE … NX (Redis 7) starts the window only on the first hit.
 */
export function createRedisRateLimitStore(url: string, { keyPrefix = 'pc:rl:' }: { keyPrefix?: string } = {}): RateLimitStore {
  // Fail fast rather than queueing requests behind a dead Redis.
  const redis = new Redis(url, { keyPrefix, maxRetriesPerRequest: 1, enableOfflineQueue: false, lazyConnect: false });
  redis.on('error', () => {
    // Reported per command as a rejection; a connection-level event must not crash the process.
  });
  const toCount = (count: number, ttl: number): RateLimitCount => ({ count, resetInMs: Math.max(ttl, 0) });
  return {
    async hit(key, windowMs) {
      const results = await redis.multi().incr(key).pexpire(key, windowMs, 'NX').pttl(key).exec();
      if (!results) throw new Error('rate limit transaction was aborted');
      const [[incrError, count], , [ttlError, ttl]] = results as [[Error | null, number], unknown, [Error | null, number]];
      if (incrError ?? ttlError) throw incrError ?? ttlError;
      return toCount(count, ttl);
    },
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
