/*
 * The two hot transitions of a node job, each one SQL statement (one round trip, atomic
 * without an explicit transaction). Data-modifying CTEs see the same snapshot, so each
 * sub-statement touches different rows; concurrent completions of two parents still
 * serialise on the child's row lock and re-check it (READ COMMITTED), so exactly one of
 * them sees `remaining_deps` reach 0.
 */
import { selectRows, type Db, type StoredNodeOutputs } from '@pc/db';
import { sql } from 'drizzle-orm';
import type { NodeJob } from '../queue/node-job.js';

const at = (date: Date) => sql`${date.toISOString()}::timestamptz`;
const json = (value: unknown) => sql`${JSON.stringify(value)}::jsonb`;

/** A node this job now owns, with everything its execution needs. */
export interface ClaimedNode {
  nodeId: string;
  type: string;
  cacheKey: string;
  graphId: string;
  workspaceId: string;
  revision: number;
  /** The cached outputs of the node's key (another run made them): complete as `cached`. */
  cached: StoredNodeOutputs | null;
  /** Field overrides of the run (a batch item's), applied to the revision. */
  overrides: Record<string, Record<string, unknown>> | null;
  /** When the node's current attempt was enqueued (ms since the epoch), for the queue-wait metric. */
  enqueuedAtMs: number | null;
  /** This claim moved the run `queued → running`. */
  runStarted: boolean;
  /** Output values of the planned upstream nodes, by node id. */
  upstream: Record<string, Record<string, unknown> | null>;
}

/**
 * Claims a node for a job: `fresh` is the guarded `queued → running`; `takeover` is a
 * redelivered job (BullMQ's stalled checker) taking over a `running` node of the same
 * attempt whose heartbeat is older than `staleBefore`. Either way only while the run is
 * open and not cancelled. The same statement looks the key up in the cache (touching
 * `last_used_at`), moves a queued run to `running`, and reads the upstream outputs.
 * Undefined when the guard does not match (a duplicate delivery, or a cancelled run).
 */
export const claimNode = async (
  db: Db,
  job: NodeJob,
  mode: { kind: 'fresh' } | { kind: 'takeover'; staleBefore: Date },
  now: Date,
): Promise<ClaimedNode | undefined> => {
  const guard =
    mode.kind === 'fresh'
      ? sql`n.status = 'queued'`
      : sql`n.status = 'running' and n.heartbeat_at < ${at(mode.staleBefore)}`;
  const set = mode.kind === 'fresh' ? sql`status = 'running', started_at = ${at(now)}, heartbeat_at = ${at(now)}` : sql`heartbeat_at = ${at(now)}`;
  const [row] = await selectRows<ClaimedNode>(
    db,
    sql`
      with claimed as (
        update run_nodes as n set ${set}
          from runs as r
         where n.run_id = ${job.runId} and n.node_id = ${job.nodeId} and n.attempts = ${job.attempt} and ${guard}
           and r.id = n.run_id and r.status in ('queued', 'running') and not r.cancel_requested
        returning n.node_id, n.type, n.cache_key, n.depends_on, n.enqueued_at, r.graph_id, r.workspace_id, r.revision, r.overrides
      ),
      hit as (
        update node_outputs set last_used_at = ${at(now)}
         where cache_key = (select cache_key from claimed)
        returning outputs
      ),
      run_started as (
        update runs set status = 'running', started_at = ${at(now)}
         where id = ${job.runId} and status = 'queued' and exists (select 1 from claimed)
        returning id
      )
      select c.node_id as "nodeId", c.type, c.cache_key as "cacheKey", c.graph_id as "graphId", c.workspace_id as "workspaceId", c.revision, c.overrides,
             (extract(epoch from c.enqueued_at) * 1000)::float8 as "enqueuedAtMs",
             (select outputs from hit) as cached,
             exists (select 1 from run_started) as "runStarted",
             (select coalesce(jsonb_object_agg(u.node_id, u.outputs -> 'values'), '{}'::jsonb)
                from run_nodes as u where u.run_id = ${job.runId} and u.node_id = any (c.depends_on)) as upstream
        from claimed as c`,
  );
  return row;
};

/** A dependant that reached 0 remaining dependencies and is now `queued`. */
export interface ReadyNode {
  nodeId: string;
  type: string;
  attempts: number;
}

/** What a completion did: nothing (`undefined`: the guard did not match), or the nodes now ready. */
export interface Completion {
  ready: ReadyNode[];
  /** The run's queue priority (when some node is ready). */
  priority: number | null;
  /** Some dependant still waits for another dependency: the run cannot be finished yet. */
  dependantsWaiting: boolean;
}

/** A produced output to upsert into the shared cache with the completion. */
export interface OutputToSave {
  nodeType: string;
  functionVersions: Record<string, number>;
  /** Artifact hashes the output references (access checks go artifact → key → runs). */
  hashes: string[];
}

/**
 * The completion: the output upserted into `node_outputs` (when `save`; it lands even if
 * the guard fails, so work done for a cancelled run still fills the cache), the node
 * `running → succeeded|cached` guarded by its attempt, each `waiting` dependant's
 * `remaining_deps` decremented unless the run was cancelled, those reaching 0 `queued`
 * with the run's priority returned for the enqueue.
 */
export const completeNode = async (
  db: Db,
  job: NodeJob,
  node: { cacheKey: string; status: 'succeeded' | 'cached'; outputs: StoredNodeOutputs; save?: OutputToSave },
  now: Date,
): Promise<Completion | undefined> => {
  const { save } = node;
  const saving = save
    ? sql`
      saved as (
        insert into node_outputs (cache_key, node_type, function_versions, outputs)
        values (${node.cacheKey}, ${save.nodeType}, ${json(save.functionVersions)}, ${json(node.outputs)})
        on conflict (cache_key) do update set last_used_at = ${at(now)}
        returning cache_key
      ),
      linked as (
        insert into node_output_artifacts (cache_key, hash)
        select ${node.cacheKey}, hash from jsonb_array_elements_text(${json(save.hashes)}) as hash
        on conflict do nothing
        returning hash
      ),`
    : sql``;
  const [row] = await selectRows<{ done: boolean; waiting: boolean; ready: (ReadyNode & { priority: number })[] }>(
    db,
    sql`
      with ${saving}
      done as (
        update run_nodes set status = ${node.status}, finished_at = ${at(now)}, outputs = ${json(node.outputs)}, error = null
         where run_id = ${job.runId} and node_id = ${job.nodeId} and status = 'running' and attempts = ${job.attempt}
        returning dependants
      ),
      decremented as (
        update run_nodes as c
           set remaining_deps = c.remaining_deps - 1,
               status = case when c.remaining_deps = 1 then 'queued' else c.status end,
               attempts = case when c.remaining_deps = 1 then 1 else c.attempts end,
               enqueued_at = case when c.remaining_deps = 1 then ${at(now)} else c.enqueued_at end
          from runs as r
         where c.run_id = ${job.runId} and c.node_id in (select unnest(dependants) from done) and c.status = 'waiting'
           and r.id = c.run_id and not r.cancel_requested
        returning c.node_id, c.type, c.status, c.attempts, r.priority
      )
      select exists (select 1 from done) as done,
             exists (select 1 from decremented where status = 'waiting') as waiting,
             coalesce((select jsonb_agg(jsonb_build_object('nodeId', node_id, 'type', type, 'attempts', attempts, 'priority', priority))
                         from decremented where status = 'queued'), '[]'::jsonb) as ready`,
  );
  if (!row?.done) return undefined;
  return {
    ready: row.ready.map(({ nodeId, type, attempts }) => ({ nodeId, type, attempts })),
    priority: row.ready[0]?.priority ?? null,
    dependantsWaiting: row.waiting,
  };
};
