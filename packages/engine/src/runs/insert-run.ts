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

/** A run and its nodes, for {@link insertRuns}. */
export interface RunWithNodes {
  run: RunInsert;
  nodes: readonly RunNodeInsert[];
}

/**
 * Inserts runs and all their nodes in one statement (atomic without a transaction: one
 * bad run inserts none of them; the foreign key from `run_nodes` is checked at its end).
 * The runs and the nodes travel as two JSON arrays, so the statement text never changes
 * (prepared once per connection), a 1,000-node run is one round trip and no parameter
 * limit applies. The engine inserts the runs submitted together in one go.
 */
export const insertRuns = async (db: Db, entries: readonly RunWithNodes[]): Promise<void> => {
  if (entries.length === 0) return;
  const runRows = entries.map(({ run }) => {
    const now = run.now.toISOString();
    const finished = run.status === 'succeeded' ? now : null;
    return {
      id: run.id,
      graph_id: run.graphId,
      workspace_id: run.workspaceId,
      revision: run.revision,
      status: run.status,
      requested_by: run.requestedBy,
      priority: run.priority,
      selection: run.selection,
      batch_id: run.batchId,
      overrides: run.overrides,
      created_at: now,
      started_at: finished,
      finished_at: finished,
    };
  });
  const nodeRows = entries.length === 1 ? (entries[0] as RunWithNodes).nodes : entries.flatMap((entry) => entry.nodes);
  await selectPreparedRows(
    db,
    sql`
    with inserted_runs as (
      insert into runs (id, graph_id, workspace_id, revision, status, requested_by, priority, selection, batch_id, overrides, created_at, started_at, finished_at)
      select id, graph_id, workspace_id, revision, status, requested_by, priority, selection, batch_id, overrides, created_at, started_at, finished_at
        from jsonb_populate_recordset(null::runs, ${JSON.stringify(runRows)}::jsonb)
      returning id
    )
    insert into run_nodes (run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, attempts,
                           enqueued_at, started_at, finished_at, outputs)
    select run_id, node_id, type, role, status, remaining_deps, depends_on, dependants, cache_key, attempts,
           enqueued_at, started_at, finished_at, outputs
      from jsonb_populate_recordset(null::run_nodes, ${JSON.stringify(nodeRows)}::jsonb)`,
  );
};
