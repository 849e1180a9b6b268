import { batches, newBatchId, type BatchPriorityValue, type Db } from '@pc/db';
import { and, eq, inArray, sql } from 'drizzle-orm';
import type { NodeOverrides } from './overrides.js';

/** A batch to create; the caller has validated the items against the revision. */
export interface SubmitBatchInput {
  workspaceId: string;
  graphId: string;
  revision: number;
  createdBy: string;
  idempotencyKey: string;
  /** sha256 of the canonical request body: a replay with the same key must carry the same. */
  requestHash: string;
  priority: BatchPriorityValue;
  concurrency: number;
  items: readonly { ref?: string | undefined; overrides: NodeOverrides }[];
  /** The webhook, its secret encrypted for the batch's id (the id is passed to `encryptSecret`). */
  webhook?: { url: string; encryptSecret: (batchId: string) => Promise<string> } | undefined;
  /** Unfinished batches a user may have at once. */
  maxActivePerUser: number;
}

export type SubmitBatchOutcome =
  | { kind: 'created'; batchId: string }
  | { kind: 'replayed'; batchId: string }
  | { kind: 'key_reused'; batchId: string }
  | { kind: 'too_many_active'; active: number };

/**
 * Creates the batch and all its items in one transaction: the batch row, then every
 * item in one `INSERT … SELECT FROM jsonb_array_elements(…)` (one round trip for 10,000
 * items). No runs yet: the scheduler creates each item's run when it starts it.
 *
 * The unique index on (created_by, idempotency_key) decides concurrent duplicates: the
 * second insert waits for the first to commit, then does nothing and reads the winner.
 * The per-user advisory lock serialises one user's submissions so the active-batch cap
 * cannot be overshot by a burst.
 */
export async function submitBatch(db: Db, input: SubmitBatchInput): Promise<SubmitBatchOutcome> {
  const id = newBatchId();
  const webhookSecret = input.webhook ? await input.webhook.encryptSecret(id) : null;
  return db.transaction(async (tx) => {
    await tx.execute(sql`select pg_advisory_xact_lock(hashtext(${`pc.batches.user:${input.createdBy}`}))`);
    const existing = async () => {
      const [row] = await tx
        .select({ id: batches.id, requestHash: batches.requestHash })
        .from(batches)
        .where(and(eq(batches.createdBy, input.createdBy), eq(batches.idempotencyKey, input.idempotencyKey)));
      return row && { kind: row.requestHash === input.requestHash ? ('replayed' as const) : ('key_reused' as const), batchId: row.id };
    };
    const before = await existing();
    if (before) return before;
    const [active] = await tx
      .select({ count: sql<number>`count(*)::int` })
      .from(batches)
      .where(and(eq(batches.createdBy, input.createdBy), inArray(batches.status, ['queued', 'running'])));
    const activeCount = Number(active?.count ?? 0);
    if (activeCount >= input.maxActivePerUser) return { kind: 'too_many_active' as const, active: activeCount };
    const inserted = await tx
      .insert(batches)
      .values({
        id,
        workspaceId: input.workspaceId,
        graphId: input.graphId,
        revision: input.revision,
        createdBy: input.createdBy,
        idempotencyKey: input.idempotencyKey,
        requestHash: input.requestHash,
        priority: input.priority,
        concurrency: input.concurrency,
        total: input.items.length,
        webhookUrl: input.webhook?.url ?? null,
        webhookSecret,
      })
      .onConflictDoNothing({ target: [batches.createdBy, batches.idempotencyKey] })
      .returning({ id: batches.id });
    if (inserted.length === 0) {
      const winner = await existing();
      if (!winner) throw new Error('batch idempotency conflict without a winner');
      return winner;
    }
    const items = JSON.stringify(input.items.map((item) => ({ ref: item.ref ?? null, overrides: item.overrides })));
    await tx.execute(sql`
      insert into batch_items (batch_id, index, ref, overrides)
      select ${id}, (t.ord - 1)::int, t.e->>'ref', coalesce(t.e->'overrides', '{}'::jsonb)
      from jsonb_array_elements(${items}::jsonb) with ordinality as t(e, ord)`);
    return { kind: 'created' as const, batchId: id };
  });
}
