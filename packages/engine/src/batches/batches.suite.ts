import { batchItems, runs, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { and, eq, isNotNull, sql } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { EventBus } from '../events/event-bus.js';
import type { JobQueue } from '../queue/job-queue.js';
import { createNodeFunctions, type NodeFunctions } from '../runs/node-functions.js';
import { createRunEngine, type RunEngine } from '../runs/run-engine.js';
import { seedGraph } from '../testing/runs.js';
import { cast, character, cover, frame, graphOf, scene, shot } from '../testing/script.js';
import { sleep, waitFor } from '../testing/wait.js';
import { createBatchService, type BatchService } from './batch-service.js';
import { loadBatchView, listBatchItems } from './batch-view.js';
import { submitBatch } from './submit-batch.js';

export interface BatchTransport {
  queue: JobQueue;
  bus: EventBus;
}

/** ANNA cast in one scene and framed in shot 1A: the node ids carry `prefix`, so two graphs never share a node id. */
const breakdown = (prefix: string, sceneNumber = '1') =>
  graphOf(
    [character(`${prefix}anna`), scene(`${prefix}sc`, sceneNumber), shot(`${prefix}sh`, `${sceneNumber}A`)],
    [cast(`${prefix}anna`, `${prefix}sc`), cover(`${prefix}sc`, `${prefix}sh`), frame(`${prefix}anna`, `${prefix}sh`)],
  );

/** The real functions, each held `delayMs` first (so items overlap), logging which node started, in order. */
function loggedFunctions(delayMs: number) {
  const inner: NodeFunctions = createNodeFunctions();
  const started: string[] = [];
  const functions: NodeFunctions = {
    ...inner,
    async run(request, context) {
      started.push(request.node.id);
      await sleep(delayMs);
      return inner.run(request, context);
    },
  };
  return { functions, started };
}

/**
 * The batch scheduler's specification on one database × queue combination: every item
 * of a big batch finishes exactly once with its result, two batches share the workers,
 * and a canvas run submitted during a batch jumps the batch's queued node jobs.
 */
export const describeBatchScheduling = (
  name: string,
  kind: 'postgres' | 'pglite',
  options: { bigBatch: number },
  createTransport: () => BatchTransport,
) => {
  describe(`batches: ${name}`, () => {
    let test: TestDatabase;
    let database: Database;
    let transport: BatchTransport;
    let engine: RunEngine;
    let service: BatchService;
    let stopTicking: (() => void) | undefined;
    const logged = loggedFunctions(15);

    beforeAll(async () => {
      test = await createTestDatabase(kind);
      database = test.database;
      transport = createTransport();
      engine = createRunEngine({
        db: database.db,
        queue: transport.queue,
        bus: transport.bus,
        functions: logged.functions,
        onRunFinished: (run) => service.onRunFinished(run),
      });
      service = createBatchService({ db: database.db, engine, bus: transport.bus, globalConcurrency: 16 });
      stopTicking = service.start(500);
      engine.startWorkers({ cpu: 2, io: 2 });
    }, 60_000);
    afterAll(async () => {
      stopTicking?.();
      await transport?.queue.close({ deadlineMs: 1_000 });
      await transport?.bus.close();
      await test?.dispose();
      // PGlite folds its data to disk on close: seconds on a busy 2-core host.
    }, 60_000);

    let keys = 0;
    const submit = async (graph: Awaited<ReturnType<typeof seedGraph>>, items: { overrides: Record<string, Record<string, unknown>> }[], concurrency: number) => {
      const outcome = await submitBatch(database.db, {
        workspaceId: graph.workspaceId,
        graphId: graph.graphId,
        revision: graph.revision,
        createdBy: graph.userId,
        idempotencyKey: `key-${++keys}`,
        requestHash: `hash-${keys}`,
        priority: 'normal',
        concurrency,
        items,
        maxActivePerUser: 100,
      });
      if (outcome.kind !== 'created') throw new Error(`submit: ${outcome.kind}`);
      service.kick();
      return outcome.batchId;
    };
    const view = async (batchId: string) => (await loadBatchView(database.db, batchId))!.view;
    const completed = (batchId: string, timeoutMs: number) => waitFor(async () => (await view(batchId)).status === 'completed', `batch ${batchId} to complete`, timeoutMs);
    const lensItems = (prefix: string, count: number) => Array.from({ length: count }, (_, index) => ({ overrides: { [`${prefix}sh`]: { lensMm: 10 + index } } }));

    it(`completes a ${options.bigBatch}-item batch: every item finishes once, with its own result`, async () => {
      const graph = await seedGraph(database.db, breakdown('big-'));
      // No batch yet: the poll may back off. An unfinished batch keeps it at the busy interval.
      expect(await service.scheduler.tick()).toBe('idle');
      const batchId = await submit(graph, lensItems('big-', options.bigBatch), 16);
      expect(await service.scheduler.tick()).toBe('busy');
      await completed(batchId, 600_000);
      expect(await service.scheduler.tick()).toBe('idle');
      const batch = await view(batchId);
      expect(batch.counts).toEqual({ total: options.bigBatch, queued: 0, running: 0, succeeded: options.bigBatch, failed: 0, cancelled: 0 });
      const items = (await listBatchItems(database.db, batchId, { limit: options.bigBatch })).items;
      expect(items).toHaveLength(options.bigBatch);
      const frames = new Set(items.map((item) => item.outputs['big-sh']?.artifacts['frame.svg']?.hash));
      expect(frames.size).toBe(options.bigBatch);
      expect(items.every((item) => item.outputs['big-sh']?.status === 'succeeded')).toBe(true);
      // Exactly one run per item, each linked from its item.
      const [linked] = await database.db
        .select({ runs: sql<number>`count(*)::int`, distinct: sql<number>`count(distinct ${batchItems.runId})::int` })
        .from(batchItems)
        .where(and(eq(batchItems.batchId, batchId), isNotNull(batchItems.runId)));
      const [created] = await database.db.select({ count: sql<number>`count(*)::int` }).from(runs).where(eq(runs.batchId, batchId));
      expect(linked).toEqual({ runs: options.bigBatch, distinct: options.bigBatch });
      expect(Number(created?.count)).toBe(options.bigBatch);
    }, 600_000);

    it('shares the workers between two batches: the second progresses while the first runs', async () => {
      const first = await seedGraph(database.db, breakdown('fa-', '2'));
      const second = await seedGraph(database.db, breakdown('fb-', '3'));
      const a = await submit(first, lensItems('fa-', 48), 16);
      const b = await submit(second, lensItems('fb-', 48), 16);
      // Watched from the second batch's side, so the scheduler's timing cannot flake it: the first batch
      // may take every slot before the second exists, but freed slots then alternate, so the second's
      // 8th success comes around the first's 24th. First come, first served would start the second's
      // items only once the first's last item started (32 done), its 8th success near the first's 48th.
      await waitFor(async () => (await view(b)).counts.succeeded >= 8, 'a sixth of the second batch', 300_000);
      expect((await view(a)).counts.succeeded).toBeLessThanOrEqual(36);
      await completed(a, 300_000);
      await completed(b, 300_000);
    }, 600_000);

    it('starts a canvas run submitted during a big batch ahead of the batch’s queued node jobs', async () => {
      const graph = await seedGraph(database.db, breakdown('bg-', '4'));
      const canvas = await seedGraph(database.db, breakdown('cv-', '5'));
      const batchId = await submit(graph, lensItems('bg-', 80), 16);
      // Wait until the batch fills the queue (warm-up item done, many items running).
      await waitFor(async () => (await view(batchId)).counts.running >= 12, 'the batch to fill its slots', 120_000);
      const before = logged.started.length;
      const run = await engine.submitRun({ graphId: canvas.graphId, workspaceId: canvas.workspaceId, revision: canvas.revision });
      await waitFor(() => logged.started.slice(before).includes('cv-anna'), 'the canvas run to start', 60_000);
      const batchNodesFirst = logged.started.slice(before, logged.started.indexOf('cv-anna', before)).filter((id) => id.startsWith('bg-')).length;
      // At most the jobs workers had already taken (2 workers, plus one each already fetched) start before it.
      expect(batchNodesFirst).toBeLessThanOrEqual(4);
      await waitFor(async () => (await engine.getRun(run.id))?.status === 'succeeded', 'the canvas run to finish', 60_000);
      expect((await view(batchId)).status).not.toBe('completed');
      await completed(batchId, 300_000);
    }, 600_000);
  });
};
