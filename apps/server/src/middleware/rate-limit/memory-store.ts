import type { RateLimitCount, RateLimitStore } from './store.js';

/**
 * Counters in a Map, for the embedded mode (one process). Expired windows are dropped
 * by a sweep, so memory stays proportional to recent distinct callers.
 */
export function createMemoryRateLimitStore({ now = Date.now, sweepEveryMs = 60_000 }: { now?: () => number; sweepEveryMs?: number } = {}): RateLimitStore {
  const windows = new Map<string, { count: number; endsAt: number }>();
  const sweep = setInterval(() => {
    const at = now();
    for (const [key, window] of windows) if (window.endsAt <= at) windows.delete(key);
  }, sweepEveryMs);
  sweep.unref();

  const current = (key: string) => {
    const window = windows.get(key);
    return window && window.endsAt > now() ? window : undefined;
  };
  const toCount = (window: { count: number; endsAt: number } | undefined): RateLimitCount =>
    window ? { count: window.count, resetInMs: window.endsAt - now() } : { count: 0, resetInMs: 0 };

  const hit = (key: string, windowMs: number) => {
    const window = current(key) ?? { count: 0, endsAt: now() + windowMs };
    window.count += 1;
    windows.set(key, window);
    return toCount(window);
  };
  return {
    hit: async (key, windowMs) => hit(key, windowMs),
    hitMany: async (hits) => hits.map(({ key, windowMs }) => hit(key, windowMs)),
    // One process holds every counter: exact, and without an await.
    take: (hits) => hits.map(({ key, windowMs }) => hit(key, windowMs)),
    async peek(key) {
      return toCount(current(key));
    },
    async reset(key) {
      windows.delete(key);
    },
    async close() {
      clearInterval(sweep);
      windows.clear();
    },
  };
}
