import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../errors/api-error.js';
import { createMemoryRateLimitStore } from './memory-store.js';
import { createRedisRateLimitStore } from './redis-store.js';
import type { RateLimitStore } from './store.js';

const redisUrl = process.env.REDIS_URL ?? 'redis://127.0.0.1:6379';

/** One contract for both stores: the scaled mode must count exactly like the embedded one. */
describe.each([
  ['memory', () => createMemoryRateLimitStore()],
  ['redis', () => createRedisRateLimitStore(redisUrl, { keyPrefix: `pc:test:${randomBytes(4).toString('hex')}:` })],
] as const)('the %s rate-limit store', (_name, create) => {
  const store: RateLimitStore = create();
  afterAll(() => store.close());

  it('counts hits within a window and says when it ends', async () => {
    expect((await store.hit('a', 60_000)).count).toBe(1);
    const second = await store.hit('a', 60_000);
    expect(second.count).toBe(2);
    expect(second.resetInMs).toBeGreaterThan(59_000);
    expect(second.resetInMs).toBeLessThanOrEqual(60_000);
    expect((await store.peek('a')).count).toBe(2);
  });

  it('starts again once the window is over (no limit lasts for good)', async () => {
    await store.hit('b', 50);
    await store.hit('b', 50);
    await new Promise((resolve) => setTimeout(resolve, 80));
    expect((await store.peek('b')).count).toBe(0);
    expect((await store.hit('b', 50)).count).toBe(1);
  });

  it('forgets a key on reset, and keeps keys apart', async () => {
    await store.hit('c', 60_000);
    await store.hit('d', 60_000);
    await store.reset('c');
    expect((await store.peek('c')).count).toBe(0);
    expect((await store.peek('d')).count).toBe(1);
  });

  it('counts several keys with their own windows in one call', async () => {
    await store.hit('f', 60_000);
    const [f, g] = await store.hitMany([
      { key: 'f', windowMs: 60_000 },
      { key: 'g', windowMs: 30_000 },
    ]);
    expect(f!.count).toBe(2);
    expect(g!.count).toBe(1);
    expect(g!.resetInMs).toBeLessThanOrEqual(30_000);
    expect(f!.resetInMs).toBeGreaterThan(30_000);
  });

  it('counts concurrent hits exactly', async () => {
    const counts = await Promise.all(Array.from({ length: 20 }, () => store.hit('e', 60_000)));
    expect(counts.map((c) => c.count).sort((x, y) => x - y)).toEqual(Array.from({ length: 20 }, (_, i) => i + 1));
  });
});

describe('the redis rate-limit store while Redis is not ready', () => {
  it('counts the first hit sent before the connection is open (the first request after start)', async () => {
    const store = createRedisRateLimitStore(redisUrl, { keyPrefix: `pc:test:${randomBytes(4).toString('hex')}:` });
    try {
      expect((await store.hitMany([{ key: 'first', windowMs: 60_000 }]))[0]?.count).toBe(1);
    } finally {
      await store.close();
    }
  });

  it('refuses with a retryable 503, not a 500, when Redis cannot be reached', async () => {
    // Port 1 on loopback: nothing listens, connections are refused at once.
    const store = createRedisRateLimitStore('redis://127.0.0.1:1', { keyPrefix: 'pc:test:down:' });
    try {
      const error = await store.hit('k', 60_000).catch((caught: unknown) => caught);
      expect(error).toBeInstanceOf(ApiError);
      expect(error).toMatchObject({ status: 503, code: 'service_unavailable', headers: { 'Retry-After': '1' } });
      await expect(store.peek('k')).rejects.toMatchObject({ status: 503 });
    } finally {
      await store.close();
    }
  });
});
