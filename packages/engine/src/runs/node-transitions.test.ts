import { runNodes, runs as runsTable, type Database } from '@pc/db';
import { createTestDatabase, type TestDatabase } from '@pc/db/testing';
import { and, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createInProcessEventBus } from '../events/in-process-bus.js';
import { createInProcessQueue } from '../queue/in-process/queue.js';
import type { JobQueue } from '../queue/job-queue.js';
import type { NodeJob } from '../queue/node-job.js';
import { seedGraph } from '../testing/runs.js';
import { cast, character, graphOf, scene } from '../testing/script.js';
import { claimNodes, completeNodes, completeNodesAndFinishLeafRuns, finishRuns, type CompletionRequest } from './node-transitions.js';
import { createRunEngine } from './run-engine.js';

/** ANNA and BEN (two roots) both cast in scene 1: the scene waits for two parents. */
const twoParents = () => graphOf([character('anna'), character('ben'), scene('sc1', '1')], [cast('anna', 'sc1'), cast('ben', 'sc1')]);

const done = (job: NodeJob, cacheKey: string, save = true): CompletionRequest => ({
  job,
  cacheKey,
  status: 'succeeded',
  outputs: { values: { node: job.nodeId }, artifacts: {} },
  ...(save ? { save: { nodeType: 'character', functionVersions: { characterSheet: 1 }, hashes: [] } } : {}),
});

describe.each(['postgres', 'pglite'] as const)('batched node transitions on %s', (kind) => {
  let test: TestDatabase;
  let database: Database;
  /** The jobs submits enqueued (nothing runs them: the test plays the worker). */
  const enqueued: NodeJob[] = [];
  let submit: (cancelled?: boolean) => Promise<{ runId: string; jobs: NodeJob[] }>;
  let runs = 0;
  let engine: ReturnType<typeof createRunEngine>;

  beforeAll(async () => {
    test = await createTestDatabase(kind);
    database = test.database;
    const inner = createInProcessQueue({ onError: () => {} });
    const queue: JobQueue = {
      ...inner,
      enqueue: async (jobs) => {
        enqueued.push(...jobs);
      },
    };
    engine = createRunEngine({ db: database.db, queue, bus: createInProcessEventBus() });
    submit = async (cancelled = false) => {
      // A distinct name per run: no run is served from another's cache.
      const document = twoParents();
      runs += 1;
      for (const character of document.nodes.slice(0, 2)) character.data['name'] = `${String(character.data['name'])} ${runs}`;
      const graph = await seedGraph(database.db, document);
      const before = enqueued.length;
      const { id } = await engine.submitRun({ ...graph, revision: graph.revision });
      if (cancelled) await engine.cancel(id);
      return { runId: id, jobs: enqueued.slice(before).map(({ runId, nodeId, attempt }) => ({ runId, nodeId, attempt })) };
    };
  }, 60_000);
  afterAll(async () => {
    await test?.dispose();
  });

  const node = async (runId: string, nodeId: string) => {
    const [row] = await database.db
      .select()
      .from(runNodes)
      .where(and(eq(runNodes.runId, runId), eq(runNodes.nodeId, nodeId)));
    return row;
  };

  it('claims a batch once per job: a duplicate gets nothing, a cancelled run’s job nothing, the run starts once', async () => {
    const open = await submit();
    const cancelled = await submit(true);
    const [anna, ben] = open.jobs;
    const claims = await claimNodes(database.db, [anna!, ben!, anna!, cancelled.jobs[0]!], { kind: 'fresh' }, new Date());
    expect(claims.map((claim) => claim?.nodeId)).toEqual(['anna', 'ben', undefined, undefined]);
    expect(claims.map((claim) => claim?.runStarted)).toEqual([true, false, undefined, undefined]);
    expect(claims[0]?.cacheKey).toBe((await node(open.runId, 'anna'))?.cacheKey);
    expect((await node(open.runId, 'ben'))?.status).toBe('running');
    expect((await node(cancelled.runId, 'anna'))?.status).toBe('cancelled');
  });

  it('completes two parents of one child in one batch: the child is decremented by two and made ready once', async () => {
    const { runId, jobs } = await submit();
    const [anna, ben] = jobs as [NodeJob, NodeJob];
    const claims = await claimNodes(database.db, [anna, ben], { kind: 'fresh' }, new Date());
    const completions = await completeNodes(database.db, [done(anna, claims[0]!.cacheKey), done(ben, claims[1]!.cacheKey)], new Date());
    expect(completions[0]).toEqual({ ready: [{ nodeId: 'sc1', type: 'scene', attempts: 1 }], priority: 1, dependantsWaiting: false });
    // The other parent must not finish the run: its dependant is unfinished.
    expect(completions[1]).toEqual({ ready: [], priority: null, dependantsWaiting: true });
    expect(await node(runId, 'sc1')).toMatchObject({ status: 'queued', remainingDeps: 0, attempts: 1 });
    expect(await node(runId, 'ben')).toMatchObject({ status: 'succeeded', outputs: { values: { node: 'ben' }, artifacts: {} } });

    // A completion delivered again changes nothing.
    expect(await completeNodes(database.db, [done(anna, claims[0]!.cacheKey)], new Date())).toEqual([undefined]);
    expect(await node(runId, 'sc1')).toMatchObject({ status: 'queued', remainingDeps: 0 });
  });

  it('completes a node whose claim was lost (back to queued at its attempt), once; not at another attempt', async () => {
    const { runId, jobs } = await submit();
    const [anna, ben] = jobs as [NodeJob, NodeJob];
    const claims = await claimNodes(database.db, [anna, ben], { kind: 'fresh' }, new Date());
    // Claims commit without a WAL flush: a Postgres crash can undo one while its job runs.
    await database.db
      .update(runNodes)
      .set({ status: 'queued', startedAt: null, heartbeatAt: null })
      .where(and(eq(runNodes.runId, runId), eq(runNodes.nodeId, 'anna')));
    expect(await completeNodes(database.db, [done({ ...anna, attempt: anna.attempt + 1 }, claims[0]!.cacheKey)], new Date())).toEqual([undefined]);
    expect(await node(runId, 'anna')).toMatchObject({ status: 'queued' });
    const [completion] = await completeNodes(database.db, [done(anna, claims[0]!.cacheKey)], new Date());
    expect(completion).toEqual({ ready: [], priority: null, dependantsWaiting: true });
    expect(await node(runId, 'anna')).toMatchObject({ status: 'succeeded', attempts: 1, startedAt: expect.any(Date) });
    expect(await node(runId, 'sc1')).toMatchObject({ status: 'waiting', remainingDeps: 1 });
    expect(await completeNodes(database.db, [done(anna, claims[0]!.cacheKey)], new Date())).toEqual([undefined]);
    expect(await node(runId, 'sc1')).toMatchObject({ remainingDeps: 1 });
  });

  it('decrements a child once per parent when its parents complete in separate statements', async () => {
    const { runId, jobs } = await submit();
    const [anna, ben] = jobs as [NodeJob, NodeJob];
    const claims = await claimNodes(database.db, [anna, ben], { kind: 'fresh' }, new Date());
    const [first] = await completeNodes(database.db, [done(anna, claims[0]!.cacheKey)], new Date());
    expect(first).toEqual({ ready: [], priority: null, dependantsWaiting: true });
    expect(await node(runId, 'sc1')).toMatchObject({ status: 'waiting', remainingDeps: 1 });
    const [second] = await completeNodes(database.db, [done(ben, claims[1]!.cacheKey)], new Date());
    expect(second?.ready.map((ready) => ready.nodeId)).toEqual(['sc1']);
  });

  it('finishes a run right after the completion of its last leaf, in the same call; not while another node is unfinished', async () => {
    const { runId, jobs } = await submit();
    const [anna, ben] = jobs as [NodeJob, NodeJob];
    const claims = await claimNodes(database.db, [anna, ben], { kind: 'fresh' }, new Date());
    const [first] = await completeNodes(database.db, [done(anna, claims[0]!.cacheKey), done(ben, claims[1]!.cacheKey)], new Date());
    const sc1 = { runId, nodeId: 'sc1', attempt: first!.ready[0]!.attempts };
    const [claimed] = await claimNodes(database.db, [sc1], { kind: 'fresh' }, new Date());
    expect(claimed?.leaf).toBe(true);
    expect(claims[0]?.leaf).toBe(false);
    // A leaf whose completion does not match (a duplicate) still cannot finish a run with a node running.
    const early = await completeNodesAndFinishLeafRuns(database.db, [{ ...done({ ...sc1, attempt: 9 }, claimed!.cacheKey, false), leaf: true }], new Date());
    expect(early).toEqual([{ completion: undefined, finishedRun: undefined }]);
    const outcomes = await completeNodesAndFinishLeafRuns(database.db, [{ ...done(sc1, claimed!.cacheKey, false), leaf: true }], new Date());
    expect(outcomes).toEqual([
      { completion: { ready: [], priority: null, dependantsWaiting: false }, finishedRun: { status: 'succeeded', error: null, batchId: null } },
    ]);
    expect(await finishRuns(database.db, [runId], new Date())).toEqual([undefined]);
  });

  it('finishes the runs of a batch once each', async () => {
    const a = await submit();
    const b = await submit();
    for (const run of [a, b]) {
      const claims = await claimNodes(database.db, run.jobs, { kind: 'fresh' }, new Date());
      const [completion] = await completeNodes(database.db, run.jobs.map((job, index) => done(job, claims[index]!.cacheKey)), new Date());
      const sc1 = { runId: run.runId, nodeId: 'sc1', attempt: completion!.ready[0]!.attempts };
      const [claimed] = await claimNodes(database.db, [sc1], { kind: 'fresh' }, new Date());
      expect(await completeNodes(database.db, [done(sc1, claimed!.cacheKey, false)], new Date())).toEqual([
        { ready: [], priority: null, dependantsWaiting: false },
      ]);
    }
    const unfinished = await submit();
    const finished = await finishRuns(database.db, [a.runId, b.runId, a.runId, unfinished.runId], new Date());
    expect(finished.map((row) => row?.status)).toEqual(['succeeded', 'succeeded', undefined, undefined]);
    expect(await finishRuns(database.db, [a.runId], new Date())).toEqual([undefined]);
  });

  // PGlite has one connection: two transactions cannot interleave there.
  it.skipIf(kind === 'pglite')('cancels a run while a claim of its first node is half done, without a deadlock', async () => {
    const { runId } = await submit();
    let release!: () => void;
    const released = new Promise<void>((resolve) => (release = resolve));
    let locked!: () => void;
    const nodeLocked = new Promise<void>((resolve) => (locked = resolve));
    // Plays claimNodes' lock order in one transaction: the node's row first, then the run's
    // (a claim starts a queued run in the same statement).
    const claim = database.db.transaction(async (tx) => {
      await tx.update(runNodes).set({ status: 'running' }).where(and(eq(runNodes.runId, runId), eq(runNodes.nodeId, 'anna')));
      locked();
      await released;
      await tx.update(runsTable).set({ status: 'running' }).where(and(eq(runsTable.id, runId), eq(runsTable.status, 'queued')));
    });
    await nodeLocked;
    const cancel = engine.cancel(runId);
    // Long enough for the cancel to take whatever locks it takes before it must wait.
    await new Promise((resolve) => setTimeout(resolve, 300));
    release();
    const [claimed, cancelled] = await Promise.allSettled([claim, cancel]);
    expect(claimed.status).toBe('fulfilled');
    expect(cancelled).toEqual({ status: 'fulfilled', value: { kind: 'cancelled', status: 'cancelled' } });
    expect((await node(runId, 'anna'))?.status).toBe('cancelled');
    const [run] = await database.db.select({ status: runsTable.status }).from(runsTable).where(eq(runsTable.id, runId));
    expect(run?.status).toBe('cancelled');
  });
});
