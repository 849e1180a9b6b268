import { batchItems, batches, newRunId, runs, selectRows, type BatchPriorityValue, type Db, type NodeOverridesJson } from '@pc/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import { RunPlanError } from '../plan/run-plan-error.js';
import { jobPriority } from '../queue/node-job.js';
import type { EngineLogger, RunEngine } from '../runs/run-engine.js';
import { finishBatchItem, runFailure, type BatchEvents, type FinishedItemStatus } from './item-finish.js';

/** Queue priority of a batch's node jobs: always after the canvas (`jobPriority.interactive` = 1). */
export const batchJobPriority: Record<BatchPriorityValue, number> = { high: jobPriority.batch - 5, normal: jobPriority.batch, low: jobPriority.batch * 2 };

/** A batch's share of the global cap relative to the others (weighted round-robin). */
const WEIGHT: Record<BatchPriorityValue, number> = { high: 4, normal: 2, low: 1 };

/** Claims of item runs left uncreated this long (a process died between claim and submit) are undone. */
const STALE_CLAIM_MS = 60_000;
/** Claims of one item before it fails instead of being claimed again. */
const MAX_CLAIMS = 3;

export interface SchedulerOptions {
  db: Db;
  engine: Pick<RunEngine, 'submitRun'>;
  events: BatchEvents;
  /** Batch items running at once across all batches and processes. */
  globalConcurrency: number;
  clock?: () => Date;
  logger?: EngineLogger;
}

interface ActiveBatch {
  id: string;
  status: 'queued' | 'running';
  priority: BatchPriorityValue;
  concurrency: number;
  graph_id: string;
  workspace_id: string;
  revision: number;
  created_by: string;
  queued: number;
  running: number;
  finished: number;
  last_scheduled_at: string | null;
  created_at: string;
}

/** How many items of each batch to start now (pure: the fairness rule, tested on its own). */
export function allocateSlots(
  active: readonly Pick<ActiveBatch, 'id' | 'priority' | 'concurrency' | 'queued' | 'running' | 'finished' | 'last_scheduled_at' | 'created_at'>[],
  free: number,
): Map<string, number> {
  const allocation = new Map<string, number>();
  const limitOf = (batch: (typeof active)[number]) => {
    // Warm-up: until one item finished, a batch runs one item, so the nodes its items
    // share are computed once and every later item finds them in the cache.
    const cap = batch.finished === 0 && batch.queued + batch.running > 1 ? 1 : batch.concurrency;
    return Math.max(0, Math.min(cap - batch.running, batch.queued));
  };
  const candidates = active.filter((batch) => limitOf(batch) > 0);
  const order = (batch: (typeof active)[number]) => (batch.running + (allocation.get(batch.id) ?? 0)) / WEIGHT[batch.priority];
  const lastScheduled = (batch: (typeof active)[number]) => (batch.last_scheduled_at ? Date.parse(batch.last_scheduled_at) : 0);
  for (let slots = free; slots > 0 && candidates.length > 0; slots -= 1) {
    candidates.sort((a, b) => order(a) - order(b) || lastScheduled(a) - lastScheduled(b) || Date.parse(a.created_at) - Date.parse(b.created_at));
    const next = candidates[0]!;
    const given = (allocation.get(next.id) ?? 0) + 1;
    allocation.set(next.id, given);
    if (given >= limitOf(next)) candidates.shift();
  }
  return allocation;
}

export interface BatchScheduler {
  /**
   * Reconciles finished runs, then starts items up to the caps. Calls coalesce: one pass at
   * a time, one more if asked meanwhile. Resolves `busy` while batches are unfinished (or
   * another process held the allocation), `idle` when there are none.
   */
  tick(): Promise<'busy' | 'idle'>;
  /** The engine's run-finished hook: finishes the run's item, then schedules. */
  onRunFinished(run: { id: string; batchId: string | null; status: string }): Promise<void>;
}

/**
 * The fair batch scheduler (docs/batches.md "Scheduling"). Item runs are created here,
 * lazily, never at submission. Several processes may run it: the slot allocation runs
 * under a transaction-level advisory lock (one allocator at a time, so the global cap
 * holds across processes), items are claimed `FOR UPDATE SKIP LOCKED`, and every item
 * transition is a guarded update.
 */
export function createBatchScheduler(options: SchedulerOptions): BatchScheduler {
  const { db, engine, events } = options;
  const clock = options.clock ?? (() => new Date());
  const logger = options.logger;

  const finished = async (target: Parameters<typeof finishBatchItem>[1], status: FinishedItemStatus, error: Parameters<typeof finishBatchItem>[3], runId: string | null) => {
    const outcome = await finishBatchItem(db, target, status, error, clock());
    if (!outcome) return;
    const at = clock().getTime();
    events.publish(outcome.batchId, { kind: 'batch.item.finished', v: 1, at, batchId: outcome.batchId, index: outcome.index, status, runId, seq: outcome.seq });
    if (outcome.completed) events.publish(outcome.batchId, { kind: 'batch.status', v: 1, at, batchId: outcome.batchId, status: 'completed', seq: outcome.seq });
  };

  const finishFromRun = async (runId: string, status: string) => {
    if (status !== 'succeeded' && status !== 'failed' && status !== 'cancelled') return;
    const error = status === 'failed' ? await runFailure(db, runId) : status === 'cancelled' ? { code: 'cancelled', message: 'The item’s run was cancelled' } : null;
    await finished({ runId }, status, error, runId);
  };

  /** Items whose run finished while no hook saw it (a process died), and claims whose run never appeared. */
  const reconcile = async () => {
    const done = await db
      .select({ runId: runs.id, status: runs.status })
      .from(batchItems)
      .innerJoin(runs, eq(runs.id, batchItems.runId))
      .where(and(eq(batchItems.status, 'running'), inArray(runs.status, ['succeeded', 'failed', 'cancelled'])));
    for (const run of done) await finishFromRun(run.runId, run.status);
    const staleBefore = new Date(clock().getTime() - STALE_CLAIM_MS);
    const stranded = await db
      .select({ batchId: batchItems.batchId, index: batchItems.index, runId: batchItems.runId, attempts: batchItems.attempts })
      .from(batchItems)
      .where(
        and(
          eq(batchItems.status, 'running'),
          sql`${batchItems.claimedAt} < ${staleBefore.toISOString()}::timestamptz`,
          sql`not exists (select 1 from ${runs} where ${runs.id} = ${batchItems.runId})`,
        ),
      );
    for (const item of stranded) {
      if (item.attempts >= MAX_CLAIMS) {
        await finished(item, 'failed', { code: 'item_not_started', message: `The item's run could not be created after ${item.attempts} tries` }, null);
        continue;
      }
      await db
        .update(batchItems)
        .set({ status: 'queued', runId: null, claimedAt: null })
        .where(and(eq(batchItems.batchId, item.batchId), eq(batchItems.index, item.index), eq(batchItems.status, 'running'), item.runId ? eq(batchItems.runId, item.runId) : undefined));
    }
  };

  type Claim = { batch: ActiveBatch; index: number; runId: string; overrides: NodeOverridesJson };

  /** Allocates free slots and claims items, in one transaction under the scheduler lock. */
  const claim = async (): Promise<{ claims: Claim[]; started: string[]; pending: boolean }> =>
    db.transaction(async (tx) => {
      const [lock] = await selectRows<{ locked: boolean }>(tx as unknown as Db, sql`select pg_try_advisory_xact_lock(hashtext('pc.batch-scheduler')) as locked`);
      if (!lock?.locked) return { claims: [], started: [], pending: true };
      const active = await selectRows<ActiveBatch>(
        tx as unknown as Db,
        sql`select b.id, b.status, b.priority, b.concurrency, b.graph_id, b.workspace_id, b.revision, b.created_by,
                   b.last_scheduled_at::text as last_scheduled_at, b.created_at::text as created_at,
                   count(*) filter (where i.status = 'queued')::int as queued,
                   count(*) filter (where i.status = 'running')::int as running,
                   count(*) filter (where i.status in ('succeeded', 'failed', 'cancelled'))::int as finished
            from ${batches} b join ${batchItems} i on i.batch_id = b.id
            where b.status in ('queued', 'running')
            group by b.id`,
      );
      const running = active.reduce((sum, batch) => sum + Number(batch.running), 0);
      const allocation = allocateSlots(
        active.map((batch) => ({ ...batch, queued: Number(batch.queued), running: Number(batch.running), finished: Number(batch.finished) })),
        options.globalConcurrency - running,
      );
      const claims: Claim[] = [];
      const started: string[] = [];
      const now = clock();
      for (const batch of active) {
        const count = allocation.get(batch.id);
        if (!count) continue;
        const rows = await tx
          .select({ index: batchItems.index, overrides: batchItems.overrides })
          .from(batchItems)
          .where(and(eq(batchItems.batchId, batch.id), eq(batchItems.status, 'queued')))
          .orderBy(batchItems.index)
          .limit(count)
          .for('update', { skipLocked: true });
        if (rows.length === 0) continue;
        const claimed = rows.map((row) => ({ batch, index: row.index, overrides: row.overrides, runId: newRunId() }));
        const pairs = JSON.stringify(claimed.map((item) => ({ idx: item.index, run_id: item.runId })));
        await tx.execute(sql`
          update ${batchItems} as b set status = 'running', run_id = v.run_id, claimed_at = ${now.toISOString()}::timestamptz,
                 attempts = b.attempts + 1, error = null, finished_at = null
          from jsonb_to_recordset(${pairs}::jsonb) as v(idx int, run_id text)
          where b.batch_id = ${batch.id} and b.index = v.idx and b.status = 'queued'`);
        const [moved] = await tx
          .update(batches)
          .set({ status: 'running', startedAt: sql`coalesce(${batches.startedAt}, ${now.toISOString()}::timestamptz)`, lastScheduledAt: now })
          .where(and(eq(batches.id, batch.id), inArray(batches.status, ['queued', 'running'])))
          .returning({ id: batches.id });
        if (moved && batch.status === 'queued') started.push(batch.id);
        claims.push(...claimed);
      }
      return { claims, started, pending: active.length > 0 };
    });

  const runExists = async (runId: string) => (await db.select({ id: runs.id }).from(runs).where(eq(runs.id, runId))).length > 0;

  /**
   * Creates the claimed item's run. A transient failure (a deadlock between concurrent
   * submissions touching the same cached outputs, a dropped connection) is retried with
   * the same run id while the run does not exist; after that the claim is given back (or
   * the item fails once it was claimed MAX_CLAIMS times), so it never waits for the
   * stale-claim sweep.
   */
  const startRun = async ({ batch, index, runId, overrides }: Claim) => {
    for (let attempt = 1; ; attempt += 1) {
      try {
        await engine.submitRun({
          runId,
          graphId: batch.graph_id,
          workspaceId: batch.workspace_id,
          revision: batch.revision,
          requestedBy: batch.created_by,
          priority: batchJobPriority[batch.priority],
          batchId: batch.id,
          overrides,
        });
        return;
      } catch (error) {
        if (error instanceof RunPlanError) {
          await finished({ batchId: batch.id, index, runId }, 'failed', { code: 'graph_not_runnable', message: error.message.slice(0, 2_000) }, null);
          return;
        }
        // Committed, and only the enqueue after it failed: the engine's sweeper enqueues its nodes again.
        if (await runExists(runId).catch(() => false)) return;
        if (attempt < 3) {
          await new Promise((resolve) => setTimeout(resolve, 25 * attempt));
          continue;
        }
        logger?.warn({ err: error, batchId: batch.id, index }, 'starting a batch item failed; giving the claim back');
        const [item] = await db
          .select({ attempts: batchItems.attempts })
          .from(batchItems)
          .where(and(eq(batchItems.batchId, batch.id), eq(batchItems.index, index), eq(batchItems.runId, runId)));
        if (item && item.attempts >= MAX_CLAIMS) {
          await finished({ batchId: batch.id, index, runId }, 'failed', { code: 'item_not_started', message: `The item's run could not be created: ${String(error).slice(0, 500)}` }, null);
          return;
        }
        await db
          .update(batchItems)
          .set({ status: 'queued', runId: null, claimedAt: null })
          .where(and(eq(batchItems.batchId, batch.id), eq(batchItems.index, index), eq(batchItems.status, 'running'), eq(batchItems.runId, runId)));
        return;
      }
    }
  };

  const pass = async (): Promise<'busy' | 'idle'> => {
    await reconcile();
    for (;;) {
      const { claims, started, pending } = await claim();
      for (const batchId of started) events.publish(batchId, { kind: 'batch.status', v: 1, at: clock().getTime(), batchId, status: 'running', seq: 0 });
      if (claims.length === 0) return pending ? 'busy' : 'idle';
      await Promise.all(claims.map(startRun));
      // Items that were all cached finished during submit and freed their slots: go again.
    }
  };

  let current: Promise<'busy' | 'idle'> | undefined;
  let again = false;
  const tick = (): Promise<'busy' | 'idle'> => {
    if (current) {
      again = true;
      return current;
    }
    current = (async () => {
      try {
        let outcome: 'busy' | 'idle';
        do {
          again = false;
          outcome = await pass();
        } while (again);
        return outcome;
      } finally {
        current = undefined;
      }
    })();
    return current;
  };

  return {
    tick,
    async onRunFinished(run) {
      if (!run.batchId) return;
      await finishFromRun(run.id, run.status);
      await tick();
    },
  };
}
