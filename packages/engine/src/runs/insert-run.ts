import { selectPreparedRows, type Db, type RunNodeStatusValue, type StoredNodeOutputs } from '@pc/db';
import { sql } from 'drizzle-orm';

/** A `run_nodes` row to insert (snake_case: it travels as JSON into `jsonb_populate_recordset`). */
export interface RunNodeInsert {
  run_id: string;
  node_id: string;
  type: string;
  role: 'target' | 'input';
  status: RunNodeStatusValue;
  remaining_deps: number;
  depends_on: string[];
  dependants: string[];
  cache_key: string;
  attempts: number;
  enqueued_at: string | null;
  started_at: string | null;
  finished_at: string | null;
  outputs: StoredNodeOutputs | null;
}

export interface RunInsert {
  id: string;
  graphId: string;
  workspaceId: string;
  revision: number;
  status: 'queued' | 'succeeded';
  requestedBy: string | null;
  priority: number;
  selection: string[] | null;
  batchId: string | null;
  /** Field overrides applied to the revision (a batch item's run). */
  overrides: Record<string, Record<string, unknown>> | null;
  now: Date;
}

/**
 * The cached outputs of these keys, touching `last_used_at`: one statement, the keys as
 * one JSON parameter (a 1,000-node plan would otherwise bind 1,000 parameters).
 * The touch skips rows another submit has locked: concurrent submits of one graph (a
 * batch's items) share keys, and a multi-row UPDATE locks them in no fixed order, which
 * deadlocked; the other transaction is touching those rows anyway.
 */
export const lookupCachedOutputs = async (db: Db, keys: readonly string[], now: Date): Promise<Map<string, StoredNodeOutputs>> => {
  if (keys.length === 0) return new Map();
  const rows = await selectPreparedRows<{ cacheKey: string; outputs: StoredNodeOutputs }>(
    db,
    sql`with wanted as (select jsonb_array_elements_text(${JSON.stringify(keys)}::jsonb) as cache_key),
             touched as (
               update node_outputs set last_used_at = ${now.toISOString()}::timestamptz
                where cache_key in (select o.cache_key from node_outputs as o where o.cache_key in (select cache_key from wanted) for update skip locked)
             )
        select cache_key as "cacheKey", outputs from node_outputs where cache_key in (select cache_key from wanted)`,
  );
  return new Map(rows.map((row) => [row.cacheKey, row.outputs]));
};

/**
 * Inserts the run and all its nodes in one statement (atomic without a transaction; the
 * foreign key from `run_nodes` is checked at its end). The nodes travel as one JSON array,
 * so a 1,000-node run is one round trip and no parameter limit applies.
 */
export const insertRun = async (db: Db, run: RunInsert, nodes: readonly RunNodeInsert[]): Promise<void> => {
  const now = sql`${run.now.toISOString()}::timestamptz`;
  const finished = run.status === 'succeeded' ? now : sql`null`;
  const selection = run.selection ? sql`array(select jsonb_array_elements_text(${JSON.stringify(run.selection)}::jsonb))` : sql`null`;
  // A prepared statement: its text varies only with which of the optional values are null.
  await selectPreparedRows(
    db,
    sql`
    with inserted_run as (
      insert into runs (id, graph_id, workspace_id, revision, status, requested_by, priority, selection, batch_id, overrides, created_at, started_at, finished_at)
      values (${run.id}, ${run.graphId}, ${run.workspaceId}, ${run.revision}, ${run.status}, ${run.requestedBy}, ${run.priority},
              ${selection}, ${run.batchId}, ${run.overrides ? sql`${JSON.stringify(run.overrides)}::jsonb` : sql`null`}, ${now}, ${finished}, ${finished})
      returning id
    )
    insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, attempts,
                           enqueued_at, started_at, finished_at, outputs)
    select run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, attempts,
           enqueued_at, started_at, finished_at, outputs
      from jsonb_populate_recordset(null::run_nodes, ${JSON.stringify(nodes)}::jsonb)`,
  );
};
