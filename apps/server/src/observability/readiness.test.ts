// First: the app imports @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApp } from '../app.js';
import { createDatabase, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { createBullMqQueue, type BullMqJobQueue } from '@pc/engine';
import { createMetrics } from '@pc/observability';
import { randomBytes } from 'node:crypto';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRunServices } from '../runs/services.js';
import { eventually } from '../test/collab-harness.js';
import { startTcpProxy, throughProxy, type TcpProxy } from '../test/tcp-proxy.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';

/**
 * The app reaches Postgres and Redis through TCP proxies this test cuts and restores: the
 * shared services other test files use stay up.
 */
describe('/readyz while Postgres or Redis is unreachable (scaled mode)', () => {
  let test: TestDatabase;
  let database: Database;
  let queue: BullMqJobQueue;
  let postgresProxy: TcpProxy;
  let redisProxy: TcpProxy;
  let app: ReturnType<typeof createApp>;

  beforeAll(async () => {
    test = await createTestDatabase('postgres');
    const postgresTarget = new URL(test.url!);
    postgresProxy = await startTcpProxy({ host: postgresTarget.hostname, port: Number(postgresTarget.port || 5432) });
    const redisTarget = new URL(redisUrl);
    redisProxy = await startTcpProxy({ host: redisTarget.hostname, port: Number(redisTarget.port || 6379) });
    database = await createDatabase({ databaseUrl: throughProxy(test.url!, postgresProxy), maxConnections: 2 });
    queue = createBullMqQueue({ redisUrl: throughProxy(redisUrl, redisProxy), prefix: `pc-test-${randomBytes(5).toString('hex')}`, onError: () => {} });
    app = createApp({
      database,
      logger: pino({ level: 'silent' }),
      config: { maxBodyBytes: 64 * 1024 },
      runs: createRunServices({ database, queue, workers: false }),
      observability: { metrics: createMetrics({ service: 'server', defaultMetrics: false }), redis: () => queue.counts(), queues: Object.values(queue.queues) },
    });
  }, 60_000);
  afterAll(async () => {
    await redisProxy?.restore();
    await queue?.close({ deadlineMs: 500 });
    await database?.close();
    await postgresProxy?.close();
    await redisProxy?.close();
    await test?.dispose();
  });

  const readiness = async () => {
    const response = await app.request('/readyz');
    return { status: response.status, body: (await response.json()) as { checks: Record<string, string>; detail?: string } };
  };

  it('is ready while both answer', async () => {
    expect(await readiness()).toEqual({ status: 200, body: { status: 'ready', checks: { database: 'ok', migrations: 'ok', redis: 'ok' } } });
  });

  it('fails while the database is unreachable, stays alive, and recovers once it is back', async () => {
    await postgresProxy.cut();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ detail: 'The database is unreachable.', checks: { database: 'unreachable', redis: 'ok' } });
    expect((await app.request('/healthz')).status).toBe(200);
    await postgresProxy.restore();
    await eventually(async () => expect((await readiness()).status).toBe(200), 20_000, 200);
  });

  it('fails while Redis is unreachable and recovers once it is back', async () => {
    await redisProxy.cut();
    const down = await readiness();
    expect(down.status).toBe(503);
    expect(down.body).toMatchObject({ detail: 'Redis is unreachable.', checks: { database: 'ok', migrations: 'ok', redis: 'unreachable' } });
    await redisProxy.restore();
    await eventually(async () => expect((await readiness()).status).toBe(200), 30_000, 250);
  });
});
