import { runNodes, runs, type Db } from '@pc/db';
import { and, eq, sql } from 'drizzle-orm';

// The sweeper's two scans across runs. No index covers run_nodes.status (so status changes
// are HOT updates, migration 0008): both start from the few unfinished runs
// (runs_unfinished_idx) and reach their nodes by the primary key's run_id prefix. The
// statuses are literals, not parameters: statements are prepared, and a generic plan can
// only use the partial index when the query's text implies its predicate.
const RUN_UNFINISHED = sql`${runs.status} in ('queued', 'running')`;

/** Nodes queued or running in unfinished runs, with what the sweeper needs to re-enqueue them. */
export const selectNodesInFlight = (db: Db) =>
  db
    .select({
      runId: runNodes.runId,
      nodeId: runNodes.nodeId,
      type: runNodes.type,
      status: runNodes.status,
      attempts: runNodes.attempts,
      enqueuedAt: runNodes.enqueuedAt,
      heartbeatAt: runNodes.heartbeatAt,
      priority: runs.priority,
      cancelRequested: runs.cancelRequested,
    })
    .from(runs)
    .innerJoin(runNodes, eq(runNodes.runId, runs.id))
    .where(and(RUN_UNFINISHED, sql`${runNodes.status} in ('queued', 'running')`));

/** Unfinished runs with no unfinished node left: their last transition's finalisation was lost. */
export const selectRunsLeftOpen = (db: Db) =>
  db
    .select({ id: runs.id })
    .from(runs)
    .where(
      and(
        RUN_UNFINISHED,
        sql`not exists (select 1 from ${runNodes} where ${runNodes.runId} = ${runs.id} and ${runNodes.status} in ('waiting', 'queued', 'running'))`,
      ),
    );
