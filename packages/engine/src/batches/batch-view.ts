import {
  batchItems,
  batches,
  runNodes,
  type BatchItemStatusValue,
  type BatchPriorityValue,
  type BatchRow,
  type BatchStatusValue,
  type Db,
  type RunErrorJson,
  type StoredArtifactRef,
} from '@pc/db';
import { and, asc, eq, gt, inArray, sql } from 'drizzle-orm';
import type { NodeStatus } from '../events/events.js';
import type { NodeOverrides } from './overrides.js';

/** Items by status; `total` is fixed at submission. */
export interface BatchCounts {
  total: number;
  queued: number;
  running: number;
  succeeded: number;
  failed: number;
  cancelled: number;
}

/** A batch as the API returns it (docs/batches.md), dates as ISO strings. */
export interface BatchView {
  id: string;
  workspaceId: string;
  graphId: string;
  revision: number;
  status: BatchStatusValue;
  priority: BatchPriorityValue;
  concurrency: number;
  counts: BatchCounts;
  /** Finished items / total. */
  progress: number;
  /** Seconds to go at the rate items finished so far; null until one finished (or when done). */
  etaSeconds: number | null;
  webhook: { url: string } | null;
  createdAt: string;
  startedAt: string | null;
  finishedAt: string | null;
}

/** A node's result within an item's run (artifact URLs are the API's to add). */
export interface BatchItemNodeOutput {
  status: NodeStatus;
  values: Record<string, unknown>;
  artifacts: Record<string, StoredArtifactRef>;
}

export interface BatchItemView {
  index: number;
  ref: string | null;
  status: BatchItemStatusValue;
  runId: string | null;
  overrides: NodeOverrides;
  outputs: Record<string, BatchItemNodeOutput>;
  error: RunErrorJson | null;
}

const iso = (date: Date | null) => (date ? date.toISOString() : null);

/** Items of a batch by status (one grouped scan of the batch's index range). */
export async function countBatchItems(db: Db, batch: Pick<BatchRow, 'id' | 'total'>): Promise<BatchCounts> {
  const rows = await db
    .select({ status: batchItems.status, count: sql<number>`count(*)::int` })
    .from(batchItems)
    .where(eq(batchItems.batchId, batch.id))
    .groupBy(batchItems.status);
  const counts: BatchCounts = { total: batch.total, queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
  for (const row of rows) counts[row.status] = Number(row.count);
  return counts;
}

/**
 * The ETA comes from stored times only (start → last item finished), not from "now":
 * the same state gives the same answer, so the ETag holds until something changes.
 */
export function batchViewOf(batch: BatchRow, counts: BatchCounts): BatchView {
  const finished = counts.succeeded + counts.failed + counts.cancelled;
  const remaining = counts.queued + counts.running;
  let etaSeconds: number | null = null;
  if (batch.status === 'running' && finished > 0 && remaining > 0 && batch.startedAt && batch.lastItemFinishedAt) {
    const elapsedS = Math.max(0.001, (batch.lastItemFinishedAt.getTime() - batch.startedAt.getTime()) / 1000);
    etaSeconds = Math.ceil((remaining * elapsedS) / finished);
  }
  return {
    id: batch.id,
    workspaceId: batch.workspaceId,
    graphId: batch.graphId,
    revision: batch.revision,
    status: batch.status,
    priority: batch.priority,
    concurrency: batch.concurrency,
    counts,
    progress: counts.total === 0 ? 1 : Math.round((finished / counts.total) * 10_000) / 10_000,
    etaSeconds,
    webhook: batch.webhookUrl ? { url: batch.webhookUrl } : null,
    createdAt: batch.createdAt.toISOString(),
    startedAt: iso(batch.startedAt),
    finishedAt: iso(batch.finishedAt),
  };
}

/** The batch with its counts, or undefined. */
/**
 * The batch row and its item counts in one statement, so one snapshot: the SSE stream's
 * event id (`finishedSeq`) then always matches the finishes its counts show.
 */
export async function loadBatchView(db: Db, batchId: string): Promise<{ row: BatchRow; view: BatchView } | undefined> {
  const [found] = await db
    .select({
      row: batches,
      byStatus: sql<Partial<Record<BatchItemStatusValue, number>> | null>`(
        select json_object_agg(s.status, s.n) from (
          select ${batchItems.status} as status, count(*)::int as n from ${batchItems} where ${batchItems.batchId} = ${batches.id} group by ${batchItems.status}
        ) s
      )`,
    })
    .from(batches)
    .where(eq(batches.id, batchId));
  if (!found) return undefined;
  const { row, byStatus } = found;
  const counts: BatchCounts = { total: row.total, queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 };
  for (const [status, count] of Object.entries(byStatus ?? {})) counts[status as BatchItemStatusValue] = Number(count);
  return { row, view: batchViewOf(row, counts) };
}

/** One page of items in index order, each with its run's node outputs. */
export async function listBatchItems(
  db: Db,
  batchId: string,
  options: { status?: BatchItemStatusValue | undefined; afterIndex?: number | undefined; limit: number },
): Promise<{ items: BatchItemView[]; hasMore: boolean }> {
  const rows = await db
    .select()
    .from(batchItems)
    .where(
      and(
        eq(batchItems.batchId, batchId),
        options.status ? eq(batchItems.status, options.status) : undefined,
        options.afterIndex === undefined ? undefined : gt(batchItems.index, options.afterIndex),
      ),
    )
    .orderBy(asc(batchItems.index))
    .limit(options.limit + 1);
  const page = rows.slice(0, options.limit);
  const runIds = page.flatMap((item) => (item.runId ? [item.runId] : []));
  const nodes =
    runIds.length === 0
      ? []
      : await db
          .select({ runId: runNodes.runId, nodeId: runNodes.nodeId, status: runNodes.status, outputs: runNodes.outputs })
          .from(runNodes)
          .where(inArray(runNodes.runId, runIds))
          .orderBy(asc(runNodes.nodeId));
  const byRun = new Map<string, Record<string, BatchItemNodeOutput>>();
  for (const node of nodes) {
    const outputs = byRun.get(node.runId) ?? {};
    outputs[node.nodeId] = {
      status: node.status === 'waiting' ? 'queued' : node.status,
      values: node.outputs?.values ?? {},
      artifacts: node.outputs?.artifacts ?? {},
    };
    byRun.set(node.runId, outputs);
  }
  return {
    items: page.map((item) => ({
      index: item.index,
      ref: item.ref,
      status: item.status,
      runId: item.runId,
      overrides: item.overrides,
      outputs: (item.runId && byRun.get(item.runId)) || {},
      error: item.error,
    })),
    hasMore: rows.length > options.limit,
  };
}
