import { batchItems, batches, retryOnConflict, type Db } from '@pc/db';
import { and, eq, inArray, isNotNull, isNull, sql } from 'drizzle-orm';
import type { RunEngine } from '../runs/run-engine.js';
import { queueCompletionWebhook, type BatchEvents } from './item-finish.js';

export type BatchControlOutcome = { kind: 'done' } | { kind: 'already_final' } | { kind: 'not_found' } | { kind: 'not_retryable' };

const CANCELLED = { code: 'cancelled', message: 'The batch was cancelled' };

/** Rolls a cancel back when the batch became final while it ran. */
class BatchFinishedMeanwhile extends Error {}

/**
 * Cancels a batch: in one transaction the batch becomes `cancelled` and its unfinished
 * items `cancelled` (one finish sequence number for all of them) and the webhook is
 * queued; then the runs of items that were running are cancelled through the engine.
 * Their run-finished hook then finds the item already final and does nothing.
 */
export async function cancelBatch(db: Db, engine: Pick<RunEngine, 'cancel'>, events: BatchEvents, batchId: string, now: Date): Promise<BatchControlOutcome> {
  // Items first, then the batch row: the order every other transition takes (a finish locks its
  // item then the batch; a claim its items then the batch), so a cancel never deadlocks with them.
  const outcome = await retryOnConflict(() => db.transaction(async (tx) => {
      const [current] = await tx.select({ status: batches.status }).from(batches).where(eq(batches.id, batchId));
      if (!current) return { kind: 'not_found' as const };
      if (current.status !== 'queued' && current.status !== 'running') return { kind: 'already_final' as const };
      const items = await tx
        .update(batchItems)
        .set({ status: 'cancelled', finishedAt: now, error: CANCELLED, finishSeq: null })
        .where(and(eq(batchItems.batchId, batchId), inArray(batchItems.status, ['queued', 'running'])))
        .returning({ runId: batchItems.runId });
      const [batch] = await tx
        .update(batches)
        .set({ status: 'cancelled', finishedAt: now, finishedSeq: sql`${batches.finishedSeq} + 1` })
        .where(and(eq(batches.id, batchId), inArray(batches.status, ['queued', 'running'])))
        .returning({ seq: batches.finishedSeq });
      // Completed or cancelled meanwhile: undo the item changes.
      if (!batch) throw new BatchFinishedMeanwhile();
      // One finish number for every item this cancel finished (the SSE replay sends them after it).
      await tx
        .update(batchItems)
        .set({ finishSeq: batch.seq })
        .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'cancelled'), isNull(batchItems.finishSeq)));
      await queueCompletionWebhook(tx, batchId);
      return { kind: 'done' as const, seq: batch.seq, runIds: items.flatMap((item) => (item.runId ? [item.runId] : [])) };
    })).catch((error: unknown) => {
      if (error instanceof BatchFinishedMeanwhile) return { kind: 'already_final' as const };
      throw error;
    });
  if (outcome.kind !== 'done') return outcome;
  events.publish(batchId, { kind: 'batch.status', v: 1, at: now.getTime(), batchId, status: 'cancelled', seq: outcome.seq });
  for (const runId of outcome.runIds) await engine.cancel(runId);
  return { kind: 'done' };
}

/**
 * Puts a batch's failed items back in the queue (new runs, made by the scheduler) and
 * reopens the batch. Succeeded and cancelled items stay as they are; a cancelled batch
 * cannot be retried.
 */
export async function retryBatch(db: Db, events: BatchEvents, batchId: string, now: Date): Promise<BatchControlOutcome> {
  // Batch row first, then items: the reverse of a cancel's order, so the two can deadlock; the
  // victim was rolled back whole and runs again.
  const outcome = await retryOnConflict(() => db.transaction(async (tx) => {
    const [batch] = await tx.select({ status: batches.status, seq: batches.finishedSeq }).from(batches).where(eq(batches.id, batchId)).for('update');
    if (!batch) return { kind: 'not_found' as const };
    if (batch.status === 'cancelled') return { kind: 'not_retryable' as const };
    const items = await tx
      .update(batchItems)
      .set({ status: 'queued', runId: null, error: null, finishedAt: null, finishSeq: null, claimedAt: null, attempts: 0 })
      .where(and(eq(batchItems.batchId, batchId), eq(batchItems.status, 'failed'), isNotNull(batchItems.finishedAt)))
      .returning({ index: batchItems.index });
    if (items.length > 0 && batch.status === 'completed') {
      await tx.update(batches).set({ status: 'running', finishedAt: null }).where(eq(batches.id, batchId));
      return { kind: 'done' as const, reopened: true, seq: batch.seq };
    }
    return { kind: 'done' as const, reopened: false, seq: batch.seq };
  }));
  if (outcome.kind !== 'done') return outcome;
  if (outcome.reopened) events.publish(batchId, { kind: 'batch.status', v: 1, at: now.getTime(), batchId, status: 'running', seq: outcome.seq });
  return { kind: 'done' };
}
