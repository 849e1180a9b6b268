import { randomBytes } from 'node:crypto';
import { afterAll, describe, expect, it } from 'vitest';
import { ApiError } from '../../errors/api-error.js';
import { createMemoryRateLimitStore } from './memory-store.js';
import { createRedisRateLimitStore, LEASE_MAX } from './redis-store.js';
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

  it('takes one count per limit, refusing past the limit until the window ends', async () => {
    const take = async () => (await store.take([{ key: 'take', windowMs: 150, limit: 3 }]))[0]!.count;
    expect([await take(), await take(), await take()]).toEqual([1, 2, 3]);
    expect(await take()).toBeGreaterThan(3);
    expect(await take()).toBeGreaterThan(3);
    await new Promise((resolve) => setTimeout(resolve, 200));
    expect(await take()).toBe(1);
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
      await expect(store.take([{ key: 'k', windowMs: 60_000, limit: 10 }])).rejects.toMatchObject({ status: 503 });
    } finally {
      await store.close();
    }
  });
});

/**
 * Two stores on one Redis prefix are two server processes: each hands out counts it
 * reserved ahead (leases.ts), and together they must never admit more than the limit.
 */
describe('the redis store taking counts for two processes', () => {
  const prefix = `pc:test:${randomBytes(4).toString('hex')}:`;
  const first = createRedisRateLimitStore(redisUrl, { keyPrefix: prefix });
  const second = createRedisRateLimitStore(redisUrl, { keyPrefix: prefix });
  const observer = createRedisRateLimitStore(redisUrl, { keyPrefix: prefix });
  afterAll(() => Promise.all([first.close(), second.close(), observer.close()]));
  const take = async (store: RateLimitStore, key: string, limit: number) => (await store.take([{ key, windowMs: 60_000, limit }]))[0]!;

  it('admits exactly the limit from one process, however many ask at once', async () => {
    const limit = 300;
    const counts = await Promise.all(Array.from({ length: 400 }, () => take(first, 'alone', limit)));
    const admitted = counts.filter((count) => count.count <= limit).map((count) => count.count);
    expect(admitted.sort((a, b) => a - b)).toEqual(Array.from({ length: limit }, (_, index) => index + 1));
    expect(counts.every((count) => count.resetInMs > 0 && count.resetInMs <= 60_000)).toBe(true);
  });

  it('never admits more than the limit across both, in any interleaving', async () => {
    const limit = 500;
    const counts = await Promise.all(Array.from({ length: 700 }, (_, index) => take(index % 3 === 0 ? second : first, 'shared', limit)));
    const admitted = counts.filter((count) => count.count <= limit).map((count) => count.count);
    // Short of the limit only by counts one process reserved and had no request left to use.
    expect(admitted.length).toBeLessThanOrEqual(limit);
    expect(admitted.length).toBeGreaterThan(limit - LEASE_MAX);
    // Every admitted request got its own count: none handed out twice.
    expect(new Set(admitted).size).toBe(admitted.length);
  });

  it('answers from a block it holds without asking Redis, and no block passes LEASE_MAX', async () => {
    const limit = 1_000_000;
    expect((await take(first, 'block', limit)).count).toBe(1);
    // The first request reserved a block: the shared count is the block's end.
    const reserved = (await observer.peek('block')).count;
    expect(reserved).toBe(LEASE_MAX);
    const served = first.take([{ key: 'block', windowMs: 60_000, limit }]);
    expect(Array.isArray(served)).toBe(true);
    expect((served as { count: number }[])[0]!.count).toBe(2);
    // The other process reserves after it: its counts follow the first block's.
    expect((await take(second, 'block', limit)).count).toBe(LEASE_MAX + 1);
  });

  it('reserves smaller blocks as the limit nears, one count at a time at the end', async () => {
    const limit = 40;
    // 40 left: a block of 40 / 16 = 2, then 38 / 16 = 2, …, then 1 at a time below 32 left.
    expect((await take(first, 'near', limit)).count).toBe(1);
    expect((await observer.peek('near')).count).toBe(2);
    let admittedOnSecond = 0;
    while ((await take(second, 'near', limit)).count <= limit) admittedOnSecond += 1;
    expect(admittedOnSecond).toBe(38);
    expect((await observer.peek('near')).count).toBe(limit + 1);
    // `first` still holds count 2 of its block: the other process was refused, it is not.
    expect((await take(first, 'near', limit)).count).toBe(2);
    expect((await take(first, 'near', limit)).count).toBeGreaterThan(limit);
  });

  it('refuses a key at its limit locally until its window ends', async () => {
    const limit = 2;
    const short = (store: RateLimitStore) => store.take([{ key: 'flood', windowMs: 200, limit }]);
    await short(first);
    await short(first);
    expect(((await short(first)) as { count: number }[])[0]!.count).toBe(3);
    const countAfterRefusal = (await observer.peek('flood')).count;
    // Refused from what this process knows: synchronously, and Redis is not asked again.
    const refused = short(first);
    expect(Array.isArray(refused)).toBe(true);
    expect((refused as { count: number }[])[0]!.count).toBeGreaterThan(limit);
    expect((await observer.peek('flood')).count).toBe(countAfterRefusal);
    await new Promise((resolve) => setTimeout(resolve, 250));
    expect(((await short(first)) as { count: number }[])[0]!.count).toBe(1);
  });
});
