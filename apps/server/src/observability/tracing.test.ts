// First: the app imports @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApiHarness, bodyOf, type ApiHarness } from '../test/harness.js';
import { createBullMqQueue, createRedisEventBus, type BullMqJobQueue, type EventBus } from '@pc/engine';
import { createDatabase, type Database } from '@pc/db';
import { startTestTracing } from '@pc/observability/testing';
import { randomBytes } from 'node:crypto';
import { Redis } from 'ioredis';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { eventually } from '../test/collab-harness.js';
import { createRunServices, type RunServices } from '../runs/services.js';

const redisUrl = process.env['REDIS_URL'] ?? 'redis://127.0.0.1:6379';
const prefix = `pc-test-${randomBytes(5).toString('hex')}`;

/**
 * The scaled mode in one process: the app submits runs to BullMQ and runs no jobs; a
 * separate engine (its own database pool, queue and bus connections) is the worker. The
 * only path from the request to the worker is the job data in Redis.
 */
describe('one trace from an HTTP request to the worker that runs its jobs (BullMQ on Redis)', () => {
  const tracing = startTestTracing('pc-test');
  let harness: ApiHarness;
  let serverQueue: BullMqJobQueue;
  let serverBus: EventBus;
  let workerDatabase: Database;
  let worker: RunServices;

  beforeAll(async () => {
    serverQueue = createBullMqQueue({ redisUrl, prefix, onError: () => {} });
    serverBus = createRedisEventBus({ redisUrl, prefix, onError: () => {} });
    harness = await createApiHarness('postgres', {}, { runs: (database) => createRunServices({ database, queue: serverQueue, bus: serverBus, workers: false }) });
    workerDatabase = await createDatabase({ databaseUrl: harness.test.url!, maxConnections: 4 });
    worker = createRunServices({
      database: workerDatabase,
      queue: createBullMqQueue({ redisUrl, prefix, onError: () => {} }),
      bus: createRedisEventBus({ redisUrl, prefix, onError: () => {} }),
      workers: { cpu: 2 },
    });
  }, 60_000);
  afterAll(async () => {
    await worker?.close({ deadlineMs: 1_000 });
    await workerDatabase?.close();
    await harness?.dispose();
    await tracing.tracing.shutdown();
    const redis = new Redis(redisUrl);
    const keys = await redis.keys(`${prefix}:*`);
    if (keys.length > 0) await redis.unlink(...keys);
    redis.disconnect();
  });

  it("continues the caller's traceparent through the request span into every node job", async () => {
    const graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour', document: harbourScene() }))) as { id: string }).id;
    const callerTraceId = randomBytes(16).toString('hex');
    const callerSpanId = randomBytes(8).toString('hex');
    const started = await harness.call('POST', `/graphs/${graphId}/runs`, undefined, { traceparent: `00-${callerTraceId}-${callerSpanId}-01` });
    expect(started.status).toBe(202);
    const { id: runId } = (await started.json()) as { id: string };
    const run = await eventually(async () => {
      const body = (await bodyOf(await harness.call('GET', `/runs/${runId}`))) as { status: string; nodes: { nodeId: string }[] };
      expect(body.status).toBe('succeeded');
      return body;
    }, 30_000);

    const spans = () => tracing.exporter.getFinishedSpans().filter((span) => span.spanContext().traceId === callerTraceId);
    await eventually(() => expect(spans().filter((span) => span.name === 'node.run')).toHaveLength(run.nodes.length), 10_000);
    const request = spans().find((span) => span.name === 'POST /api/v1/graphs/:id/runs');
    expect(request?.parentSpanContext?.spanId).toBe(callerSpanId);
    expect(request?.attributes).toMatchObject({ 'http.route': '/api/v1/graphs/:id/runs', 'http.response.status_code': 202 });
    // Every node span hangs off the request span, directly (the first nodes) or through the node whose completion enqueued it.
    const byId = new Map(spans().map((span) => [span.spanContext().spanId, span]));
    for (const span of spans().filter((candidate) => candidate.name === 'node.run')) {
      expect(span.attributes['pc.run_id']).toBe(runId);
      let ancestor = span.parentSpanContext?.spanId;
      while (ancestor && ancestor !== request!.spanContext().spanId) ancestor = byId.get(ancestor)?.parentSpanContext?.spanId;
      expect(ancestor).toBe(request!.spanContext().spanId);
    }
  });
});
