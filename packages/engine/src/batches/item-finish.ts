import { batchItems, batchWebhookDeliveries, batches, newWebhookDeliveryId, runNodes, runs, type BatchItemStatusValue, type Db, type RunErrorJson } from '@pc/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { EventBus } from '../events/event-bus.js';
import { batchChannel, type EngineEvent } from '../events/events.js';
import type { EngineLogger } from '../runs/run-engine.js';
import { countBatchItems, batchViewOf } from './batch-view.js';

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];
export type FinishedItemStatus = Extract<BatchItemStatusValue, 'succeeded' | 'failed' | 'cancelled'>;

/** Where item and batch transitions announce themselves. */
export interface BatchEvents {
  publish(batchId: string, event: EngineEvent): void;
}

export function createBatchEvents(bus: EventBus, logger?: EngineLogger): BatchEvents {
  return {
    publish: (batchId, event) => {
      bus.publish(batchChannel(batchId), event).catch((error: unknown) => logger?.warn({ err: error, batchId }, 'batch event publish failed'));
    },
  };
}

/**
 * Completes the batch when none of its items is left unfinished (guarded: one caller
 * wins) and queues its completion webhook in the same transaction.
 */
export async function completeBatchIfDone(tx: Tx, batchId: string, now: Date): Promise<{ seq: number } | undefined> {
  const [done] = await tx
    .update(batches)
    .set({ status: 'completed', finishedAt: now })
    .where(
      and(
        eq(batches.id, batchId),
        inArray(batches.status, ['queued', 'running']),
        sql`not exists (select 1 from ${batchItems} where ${batchItems.batchId} = ${batchId} and ${batchItems.status} in ('queued', 'running'))`,
      ),
    )
    .returning();
  if (!done) return undefined;
  await queueCompletionWebhook(tx, done.id);
  return { seq: done.finishedSeq };
}

/** Inserts the `batch.completed` delivery (payload: the batch as it is now) when the batch has a webhook. */
export async function queueCompletionWebhook(tx: Tx, batchId: string): Promise<void> {
  const [batch] = await tx.select().from(batches).where(eq(batches.id, batchId));
  if (!batch?.webhookUrl) return;
  const view = batchViewOf(batch, await countBatchItems(tx as unknown as Db, batch));
  await tx.insert(batchWebhookDeliveries).values({ id: newWebhookDeliveryId(), batchId, event: 'batch.completed', payload: view as unknown as Record<string, unknown> });
}

/**
 * The item transition `running → succeeded|failed|cancelled`, guarded by the item's
 * current run: a finish delivered twice (hook and reconciler, two processes) counts once.
 * Bumps the batch's finish counter (the SSE event id) and completes the batch when it
 * was the last item. Returns what happened, for events, or undefined when nothing did.
 */
export async function finishBatchItem(
  db: Db,
  target: { runId: string } | { batchId: string; index: number; runId: string | null },
  status: FinishedItemStatus,
  error: RunErrorJson | null,
  now: Date,
): Promise<{ batchId: string; index: number; seq: number; completed: boolean } | undefined> {
  return db.transaction(async (tx) => {
    const [item] = await tx
      .update(batchItems)
      .set({ status, error, finishedAt: now })
      .where(
        'batchId' in target
          ? and(eq(batchItems.batchId, target.batchId), eq(batchItems.index, target.index), eq(batchItems.status, 'running'))
          : and(eq(batchItems.runId, target.runId), eq(batchItems.status, 'running')),
      )
      .returning({ batchId: batchItems.batchId, index: batchItems.index });
    if (!item) return undefined;
    const [batch] = await tx
      .update(batches)
      .set({ finishedSeq: sql`${batches.finishedSeq} + 1`, lastItemFinishedAt: now })
      .where(eq(batches.id, item.batchId))
      .returning({ seq: batches.finishedSeq });
    const seq = batch?.seq ?? 0;
    await tx.update(batchItems).set({ finishSeq: seq }).where(and(eq(batchItems.batchId, item.batchId), eq(batchItems.index, item.index)));
    const completed = await completeBatchIfDone(tx, item.batchId, now);
    return { batchId: item.batchId, index: item.index, seq, completed: completed !== undefined };
  });
}

/** Why a failed run failed, for its item: the run's error, else its first failed node's. */
export async function runFailure(db: Db, runId: string): Promise<RunErrorJson> {
  const [run] = await db.select({ error: runs.error }).from(runs).where(eq(runs.id, runId));
  if (run?.error) return run.error;
  const [node] = await db
    .select({ nodeId: runNodes.nodeId, error: runNodes.error })
    .from(runNodes)
    .where(and(eq(runNodes.runId, runId), eq(runNodes.status, 'failed')))
    .limit(1);
  if (node?.error) return { code: node.error.code, message: `${node.nodeId}: ${node.error.message}` };
  return { code: 'run_failed', message: `Run ${runId} failed` };
}
