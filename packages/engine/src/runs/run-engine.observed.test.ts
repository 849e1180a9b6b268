import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { createMetrics, metricsRunObserver, type Metrics } from '@pc/observability';
import { inRootSpan, sampleValue, startTestTracing } from '@pc/observability/testing';
import { Queue } from 'bullmq';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createRedisEventBus } from '../events/redis-bus.js';
import { createBullMqQueue } from '../queue/bullmq/queue.js';
import type { EventBus } from '../events/event-bus.js';
import type { JobQueue } from '../queue/job-queue.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';
import { seedGraph } from '../testing/runs.js';
import { diamond } from '../testing/script.js';
import { waitFor } from '../testing/wait.js';
import { createRunEngine, type RunEngine } from './run-engine.js';

/**
 * Two engines on one BullMQ prefix, as in the scaled mode: one only submits (the server),
 * one runs jobs (the worker). Jobs reach the worker through Redis only, so the trace the
 * worker's spans join can only have come from the job data.
 */
describe('run engine observed: traces across the queue and metrics', () => {
  const prefix = freshPrefix();
  let test: TestDatabase;
  const transports: { queue: JobQueue; bus: EventBus }[] = [];
  let submitter: RunEngine;
  let metrics: Metrics;
  let tracing: ReturnType<typeof startTestTracing>;

  const transport = () => {
    const made = {
      queue: createBullMqQueue({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
      bus: createRedisEventBus({ redisUrl: testRedisUrl, prefix, onError: () => {} }),
    };
    transports.push(made);
    return made;
  };

  beforeAll(async () => {
    tracing = startTestTracing('engine-test');
    test = await createTestDatabase('postgres');
    metrics = createMetrics({ service: 'worker', defaultMetrics: false });
    const observer = metricsRunObserver(metrics);
    submitter = createRunEngine({ db: test.database.db, ...transport(), observer });
    const worker = createRunEngine({ db: test.database.db, ...transport(), observer });
    worker.startWorkers({ cpu: 2 });
  }, 60_000);
  afterAll(async () => {
    for (const made of transports) {
      await made.queue.close({ deadlineMs: 1_000 });
      await made.bus.close();
    }
    await tracing?.tracing.shutdown();
    await test?.dispose();
    await deleteKeys(prefix);
  });

  const finished = async (runId: string) => {
    await waitFor(async () => ['succeeded', 'failed', 'cancelled'].includes((await submitter.getRun(runId))?.status ?? ''), `run ${runId}`, 30_000);
    return (await submitter.getRun(runId))!;
  };

  it('continues the submitting span in every node job the worker runs', async () => {
    const graph = await seedGraph(test.database.db, diamond());
    const root = await inRootSpan('POST /api/v1/graphs/:graphId/runs', () => submitter.submitRun({ ...graph, revision: graph.revision }));
    const [runId, rootTraceId, rootSpanId] = [root.result.id, root.traceId, root.spanId];
    // The first job's data in Redis carries the submitting span as its W3C parent.
    const cpu = new Queue('fn-cpu', { connection: { url: testRedisUrl }, prefix });
    try {
      const job = await cpu.getJob(`${runId}_anna_1`);
      expect(job?.data).toMatchObject({ trace: { traceparent: `00-${rootTraceId}-${rootSpanId}-01` } });
    } finally {
      await cpu.close();
    }
    expect((await finished(runId)).status).toBe('succeeded');

    await waitFor(() => tracing.exporter.getFinishedSpans().filter((span) => span.attributes['pc.run_id'] === runId).length === 5, 'five node spans', 10_000);
    const nodeSpans = tracing.exporter.getFinishedSpans().filter((span) => span.attributes['pc.run_id'] === runId);
    expect(nodeSpans.every((span) => span.spanContext().traceId === rootTraceId)).toBe(true);
    const byNode = new Map(nodeSpans.map((span) => [span.attributes['pc.node_id'], span]));
    // anna was enqueued by the request; each scene by anna's job; each shot by its scene's.
    expect(byNode.get('anna')?.parentSpanContext?.spanId).toBe(rootSpanId);
    const parentOf = (nodeId: string) => byNode.get(nodeId)?.parentSpanContext?.spanId;
    expect([byNode.get('anna')?.spanContext().spanId]).toContain(parentOf('sc1'));
    expect([byNode.get('sc1')?.spanContext().spanId, byNode.get('sc2')?.spanContext().spanId]).toContain(parentOf('sh1a'));
  });

  it('counts node waits, runs, cache lookups and run outcomes', async () => {
    const before = await metrics.scrape();
    // Not the first test's content (that is cached now): a renamed Character changes every key downstream.
    const renamed = diamond();
    Object.assign(renamed.nodes.find((node) => node.id === 'anna')!.data, { name: 'Anna Observed' });
    const graph = await seedGraph(test.database.db, renamed);
    expect((await finished((await submitter.submitRun({ ...graph, revision: graph.revision })).id)).status).toBe('succeeded');
    // The same revision again: every node a cache hit at submit, the run finished at once.
    expect((await submitter.submitRun({ ...graph, revision: graph.revision })).status).toBe('succeeded');
    const after = await metrics.scrape();
    const delta = (name: string, labels: Record<string, string> = {}) => sampleValue(after.body, name, labels) - sampleValue(before.body, name, labels);
    expect(delta('pc_job_wait_seconds_count', { queue: 'cpu' })).toBe(5);
    expect(delta('pc_job_wait_seconds_count', { queue: 'cpu', node_type: 'scene' })).toBe(2);
    expect(delta('pc_job_run_seconds_count', { queue: 'cpu', outcome: 'succeeded' })).toBe(5);
    expect(delta('pc_job_run_seconds_count', { node_type: 'shot', outcome: 'succeeded' })).toBe(2);
    expect(delta('pc_node_cache_lookups_total', { result: 'miss' })).toBe(10); // 5 at submit, 5 when each job starts
    expect(delta('pc_node_cache_lookups_total', { result: 'hit' })).toBe(5);
    expect(delta('pc_runs_finished_total', { status: 'succeeded' })).toBe(2);
    expect(delta('pc_runs_finished_total', { status: 'failed' })).toBe(0);
  });
});
