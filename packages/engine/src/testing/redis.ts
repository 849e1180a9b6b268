import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';

/** The Redis the tests use: `REDIS_URL`, or the local one every dev and CI machine runs. */
export const testRedisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/** A key prefix no other test file (or engineer) shares: `pc-test-<random>`. */
export const freshPrefix = (): string => `pc-test-${randomBytes(5).toString('hex')}`;

/** Deletes every key under `prefix`; call in afterAll. */
export const deleteKeys = async (prefix: string): Promise<void> => {
  const redis = new Redis(testRedisUrl);
  try {
    let cursor = '0';
    do {
      const [next, keys] = await redis.scan(cursor, 'MATCH', `${prefix}:*`, 'COUNT', 1_000);
      cursor = next;
      if (keys.length > 0) await redis.unlink(...keys);
    } while (cursor !== '0');
  } finally {
    redis.disconnect();
  }
};
