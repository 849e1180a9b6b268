import type { Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import pino from 'pino';
import { afterAll, beforeAll } from 'vitest';
import { createApp, type AppConfig } from '../app.js';
import { createPasswordHasher } from '../auth/password.js';
import { createCollabService, createLocalRelay, createRedisRelay, type Relay } from '../collab/index.js';
import { createMemoryRateLimitStore } from '../middleware/rate-limit/index.js';
import { SAME_ORIGIN, TEST_PASSWORD } from './harness.js';

type App = ReturnType<typeof createApp>;

/**
 * An app instance as one server process is: over a database it shares with other
 * instances, with caches of its own, hearing of the others' changes only through `relay`.
 */
export function createProcessApp(database: Database, relay: Relay, { security, now }: { security: AppConfig['security']; now: () => Date }): App {
  const logger = pino({ level: 'silent' });
  return createApp({
    database,
    logger,
    config: { maxBodyBytes: 1024 * 1024, security },
    rateLimitStore: createMemoryRateLimitStore(),
    passwords: createPasswordHasher({ N: 1024, r: 8, p: 1 }),
    now,
    collab: createCollabService({ db: database.db, logger, relay, sessionIdleMs: 3_600_000, now }),
  });
}

/** Calls `/api/v1` on `app` as a browser holding the session `cookie` ('' for none) does. */
export const browserOn =
  (app: App, cookie: string) =>
  (method: string, path: string, body?: unknown, headers: Record<string, string> = {}): Promise<Response> =>
    Promise.resolve(
      app.request(`/api/v1${path}`, {
        method,
        headers: { ...SAME_ORIGIN, Cookie: cookie, ...(body === undefined ? {} : { 'Content-Type': 'application/json' }), ...headers },
        body: body === undefined ? undefined : JSON.stringify(body),
      }),
    );

/** Signs a new user up on `app`: their session cookie, for {@link browserOn} on any process. */
export async function signUpOn(app: App, name = 'Reader'): Promise<string> {
  const email = `${name.toLowerCase()}-${Math.random().toString(36).slice(2)}@example.test`;
  const response = await browserOn(app, '')('POST', '/auth/signup', { email, password: TEST_PASSWORD, name });
  if (response.status !== 201) throw new Error(`sign-up failed: ${response.status} ${await response.text()}`);
  return (response.headers.get('set-cookie') ?? '').split(';')[0]!;
}

/**
 * For a describe block about several server processes: a fresh Postgres database for the
 * block, `start` one process on it (with the Redis relay, or with none: every message
 * lost), and one clock for all of them that the test moves.
 */
export function useProcesses(security: AppConfig['security']): { start(relay: 'redis' | 'none'): App; advanceClock(ms: number): void } {
  const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
  let test: TestDatabase | undefined;
  let offsetMs = 0;
  const relays: Relay[] = [];
  beforeAll(async () => {
    test = await createTestDatabase('postgres');
  }, 60_000);
  afterAll(async () => {
    await Promise.allSettled(relays.map((relay) => relay.close()));
    await test?.dispose();
  });
  return {
    start(kind) {
      if (!test) throw new Error('start processes inside a test');
      const relay = kind === 'redis' ? createRedisRelay(redisUrl, pino({ level: 'silent' })) : createLocalRelay();
      relays.push(relay);
      return createProcessApp(test.database, relay, { security, now: () => new Date(Date.now() + offsetMs) });
    },
    advanceClock: (ms) => void (offsetMs += ms),
  };
}
