import { and, eq, isNull, lt } from 'drizzle-orm';
import type { Db } from './client.js';
import { runRequests } from './schema/run-requests.js';
import { runs, type RunStatusValue } from './schema/runs.js';

/**
 * How long a claim may stay without its run before another request with the key takes it
 * over: a submit takes milliseconds to a few seconds, so a claim this old belongs to a
 * server that died between the claim and the run.
 */
export const RUN_REQUEST_CLAIM_TTL_MS = 60_000;

/** What a request with an `Idempotency-Key` found. */
export type RunRequestClaim =
  /** The key is ours: submit the run, then {@link settleRunRequest} (or {@link releaseRunRequest} on failure). */
  | { kind: 'claimed' }
  /** An earlier request with this key and body started this run. */
  | { kind: 'replay'; runId: string; status: RunStatusValue }
  /** The key was used with another request. */
  | { kind: 'key_reused' }
  /** An earlier request with this key is submitting its run right now. */
  | { kind: 'in_progress' };

/**
 * Claims `key` for this request, or says what an earlier request with it did. One
 * statement decides between concurrent requests (the primary key); a claim older than
 * {@link RUN_REQUEST_CLAIM_TTL_MS} without a run is taken over.
 */
export async function claimRunRequest(
  db: Db,
  input: { createdBy: string; idempotencyKey: string; requestHash: string; now: Date },
): Promise<RunRequestClaim> {
  const inserted = await db
    .insert(runRequests)
    .values({ createdBy: input.createdBy, idempotencyKey: input.idempotencyKey, requestHash: input.requestHash, claimedAt: input.now })
    .onConflictDoNothing()
    .returning({ createdBy: runRequests.createdBy });
  if (inserted.length > 0) return { kind: 'claimed' };

  const key = and(eq(runRequests.createdBy, input.createdBy), eq(runRequests.idempotencyKey, input.idempotencyKey));
  const [earlier] = await db
    .select({ requestHash: runRequests.requestHash, runId: runRequests.runId, status: runs.status })
    .from(runRequests)
    .leftJoin(runs, eq(runs.id, runRequests.runId))
    .where(key);
  // Gone between the two statements (its run was deleted): claim it afresh.
  if (!earlier) return claimRunRequest(db, input);
  if (earlier.requestHash !== input.requestHash) return { kind: 'key_reused' };
  if (earlier.runId !== null && earlier.status !== null) return { kind: 'replay', runId: earlier.runId, status: earlier.status };

  const stale = new Date(input.now.getTime() - RUN_REQUEST_CLAIM_TTL_MS);
  const taken = await db
    .update(runRequests)
    .set({ claimedAt: input.now })
    .where(and(key, isNull(runRequests.runId), lt(runRequests.claimedAt, stale)))
    .returning({ createdBy: runRequests.createdBy });
  return taken.length > 0 ? { kind: 'claimed' } : { kind: 'in_progress' };
}

/** Records the run a claimed key started: later requests with the key replay it. */
export async function settleRunRequest(db: Db, input: { createdBy: string; idempotencyKey: string; runId: string }): Promise<void> {
  await db
    .update(runRequests)
    .set({ runId: input.runId })
    .where(and(eq(runRequests.createdBy, input.createdBy), eq(runRequests.idempotencyKey, input.idempotencyKey)));
}

/**
 * Frees a claimed key whose request failed (the graph could not run, the database was
 * down): nothing was started, so a retry with the key must be able to start the run.
 */
export async function releaseRunRequest(db: Db, input: { createdBy: string; idempotencyKey: string }): Promise<void> {
  await db
    .delete(runRequests)
    .where(and(eq(runRequests.createdBy, input.createdBy), eq(runRequests.idempotencyKey, input.idempotencyKey), isNull(runRequests.runId)));
}
