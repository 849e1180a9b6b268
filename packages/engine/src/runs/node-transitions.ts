/*
 * The hot transitions of node jobs, each one SQL statement for any number of jobs (one
 * round trip, atomic without an explicit transaction): the engine coalesces the claims,
 * and the completions, of jobs that arrive together. Data-modifying CTEs see the same
 * snapshot, so each sub-statement touches different rows; concurrent completions of two
 * parents in different statements still serialise on the child's row lock and re-check it
 * (READ COMMITTED), so exactly one of them sees `remaining_deps` reach 0; two parents in
 * the same statement decrement their child once, by two.
 */
import { selectPreparedRows, selectPreparedRowsInSequence, type Db, type RunErrorJson, type StoredNodeOutputs } from '@pc/db';
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
  /** No node of the run depends on this one: its completion may finish the run. */
  leaf: boolean;
}

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

/** The identity of a job in a batch: the same job twice in one batch is done once. */
const jobKey = (job: NodeJob) => `${job.runId}\u0000${job.nodeId}\u0000${job.attempt}`;

/** How a job claims its node: see {@link claimNodes}. */
export type ClaimMode = { kind: 'fresh' } | { kind: 'takeover'; staleBefore: Date };

/**
 * Claims nodes for jobs, in one statement however many: `fresh` is the guarded
 * `queued → running`; `takeover` is a redelivered job (BullMQ's stalled checker) taking
 * over a `running` node of the same attempt whose heartbeat is older than `staleBefore`.
 * Either way only while the run is open and not cancelled. The same statement looks each
 * key up in the cache (touching `last_used_at`), moves queued runs to `running`, and reads
 * the upstream outputs. The jobs travel as one JSON array (a fixed statement text,
 * prepared once per connection). Per job: the claimed node, or `undefined` when the guard
 * does not match (a duplicate delivery, or a cancelled run). A job given twice is claimed
 * once (the first gets it), and `runStarted` goes to one job of the run.
 *
 * A claim is not flushed: it commits with `synchronous_commit = off`, so it does not wait
 * for the WAL to reach the disk (a flush is ~0.5 ms on a quiet disk, several under load,
 * on every hop). Postgres writes WAL in order, so any later durable commit (the node's
 * heartbeat, its completion, a cancel) flushes the claim too; only a Postgres crash
 * within a fraction of a second loses it, and then the node is back to `queued` at the
 * same attempt while its job runs. Every outcome of that is still exactly-once: the
 * completion accepts a `queued` node of its attempt ({@link completeNodes}); a job
 * redelivered meanwhile claims it afresh (the first completion wins, as for a takeover);
 * a job that failed is retried by the queue and claims it again. A lost `queued → running`
 * of the run is finished the same way (`finishRuns` accepts both).
 */
export const claimNodes = async (db: Db, jobs: readonly NodeJob[], mode: ClaimMode, now: Date): Promise<(ClaimedNode | undefined)[]> => {
  const guard =
    mode.kind === 'fresh'
      ? sql`n.status = 'queued'`
      : sql`n.status = 'running' and n.heartbeat_at < ${at(mode.staleBefore)}`;
  const set = mode.kind === 'fresh' ? sql`status = 'running', started_at = ${at(now)}, heartbeat_at = ${at(now)}` : sql`heartbeat_at = ${at(now)}`;
  const wanted = jobs.map((job) => ({ run_id: job.runId, node_id: job.nodeId, attempt: job.attempt }));
  const rows = await selectPreparedRows<ClaimedNode & { runId: string; attempt: number }>(
    db,
    sql`
      with wanted as (
        -- Committed without waiting for the WAL flush (the statement's own transaction
        -- only): see "A claim is not flushed" above.
        select * from jsonb_to_recordset(${json(wanted)}) as w(run_id text, node_id text, attempt int)
         where set_config('synchronous_commit', 'off', true) is not null
      ),
      claimed as (
        update run_nodes as n set ${set}
          from wanted as w, runs as r
         where n.run_id = w.run_id and n.node_id = w.node_id and n.attempts = w.attempt and ${guard}
           and r.id = n.run_id and r.status in ('queued', 'running') and not r.cancel_requested
        returning n.run_id, n.node_id, n.attempts, n.type, n.cache_key, n.depends_on, n.dependants, n.enqueued_at, r.graph_id, r.workspace_id, r.revision, r.overrides
      ),
      -- Keys are shared across runs: touch them skipping rows another statement has locked
      -- (it is touching them anyway; multi-row locks in no fixed order would deadlock).
      touched as (
        update node_outputs set last_used_at = ${at(now)}
         where cache_key in (select o.cache_key from node_outputs as o where o.cache_key in (select cache_key from claimed) for update skip locked)
      ),
      run_started as (
        update runs set status = 'running', started_at = ${at(now)}
         where id in (select run_id from claimed) and status = 'queued'
        returning id
      )
      select c.run_id as "runId", c.node_id as "nodeId", c.attempts as attempt, c.type, c.cache_key as "cacheKey", c.graph_id as "graphId",
             c.workspace_id as "workspaceId", c.revision, c.overrides,
             (extract(epoch from c.enqueued_at) * 1000)::float8 as "enqueuedAtMs",
             (select o.outputs from node_outputs as o where o.cache_key = c.cache_key) as cached,
             exists (select 1 from run_started as s where s.id = c.run_id) as "runStarted",
             cardinality(c.dependants) = 0 as leaf,
             (select coalesce(jsonb_object_agg(u.node_id, u.outputs -> 'values'), '{}'::jsonb)
                from run_nodes as u where u.run_id = c.run_id and u.node_id = any (c.depends_on)) as upstream
        from claimed as c`,
  );
  const byJob = new Map(rows.map(({ runId, attempt, ...node }) => [jobKey({ runId, nodeId: node.nodeId, attempt }), node]));
  const startedRuns = new Set<string>();
  return jobs.map((job) => {
    const key = jobKey(job);
    const node = byJob.get(key);
    if (!node) return undefined;
    byJob.delete(key);
    const runStarted = node.runStarted && !startedRuns.has(job.runId);
    if (runStarted) startedRuns.add(job.runId);
    return { ...node, runStarted };
  });
};

/** {@link claimNodes} for one job. */
export const claimNode = async (db: Db, job: NodeJob, mode: ClaimMode, now: Date): Promise<ClaimedNode | undefined> =>
  (await claimNodes(db, [job], mode, now))[0];

/** One node's completion in {@link completeNodes}. */
export interface CompletionRequest {
  job: NodeJob;
  cacheKey: string;
  status: 'succeeded' | 'cached';
  outputs: StoredNodeOutputs;
  save?: OutputToSave;
  /** The node has no dependants: {@link completeNodesAndFinishLeafRuns} tries to finish its run right after. */
  leaf?: boolean;
}

/**
 * Completes nodes, in one statement however many: the outputs upserted into
 * `node_outputs` (when `save`; once per key; they land even if the guard fails, so work
 * done for a cancelled run still fills the cache), each node `running → succeeded|cached`
 * guarded by its attempt (or `queued →`, when the claim of that attempt was lost: see
 * {@link claimNodes}), each `waiting` dependant's `remaining_deps` decremented unless
 * the run was cancelled — by the number of its parents completing here (GROUP BY child) —
 * and those reaching 0 `queued`, returned with the run's priority for the enqueue, to one
 * parent only (the first in the batch). Per request: `undefined` when its guard did not
 * match.
 */
export const completeNodes = async (db: Db, requests: readonly CompletionRequest[], now: Date): Promise<(Completion | undefined)[]> =>
  readCompletions(await selectPreparedRows<CompletionRow>(db, completionStatement(requests, now)), requests);

interface CompletionRow {
  i: number;
  waiting: boolean;
  ready: (ReadyNode & { priority: number })[];
}

const readCompletions = (rows: readonly CompletionRow[], requests: readonly CompletionRequest[]): (Completion | undefined)[] => {
  const byIndex = new Map(rows.map((row) => [row.i, row]));
  return requests.map((_, index) => {
    const row = byIndex.get(index);
    if (!row) return undefined;
    return {
      ready: row.ready.map(({ nodeId, type, attempts }) => ({ nodeId, type, attempts })),
      priority: row.ready[0]?.priority ?? null,
      dependantsWaiting: row.waiting,
    };
  });
};

const completionStatement = (requests: readonly CompletionRequest[], now: Date) => {
  const items = requests.map((request, index) => ({
    i: index,
    run_id: request.job.runId,
    node_id: request.job.nodeId,
    attempt: request.job.attempt,
    status: request.status,
    cache_key: request.cacheKey,
    outputs: request.outputs,
    node_type: request.save?.nodeType ?? null,
    function_versions: request.save?.functionVersions ?? null,
    hashes: request.save?.hashes ?? [],
  }));
  return sql`
      with item as (
        select * from jsonb_to_recordset(${json(items)})
          as x(i int, run_id text, node_id text, attempt int, status text, cache_key text, outputs jsonb, node_type text, function_versions jsonb, hashes jsonb)
      ),
      saved as (
        insert into node_outputs (cache_key, node_type, function_versions, outputs)
        select distinct on (cache_key) cache_key, node_type, function_versions, outputs from item where node_type is not null order by cache_key, i
        on conflict (cache_key) do update set last_used_at = ${at(now)}
        returning cache_key
      ),
      linked as (
        insert into node_output_artifacts (cache_key, hash)
        select distinct item.cache_key, h.hash from item cross join lateral jsonb_array_elements_text(item.hashes) as h(hash) where item.node_type is not null
         order by 1, 2
        on conflict do nothing
        returning hash
      ),
      -- \`queued\` at the same attempt: this job's claim was lost in a crash (claims are not flushed).
      done as (
        update run_nodes as n set status = x.status, started_at = coalesce(n.started_at, ${at(now)}), finished_at = ${at(now)}, outputs = x.outputs, error = null
          from item as x
         where n.run_id = x.run_id and n.node_id = x.node_id and n.status in ('running', 'queued') and n.attempts = x.attempt
        returning x.i, n.run_id, n.dependants
      ),
      edge as (
        select d.i, d.run_id, unnest(d.dependants) as child from done as d
      ),
      per_child as (
        select run_id, child, count(*)::int as parents, min(i) as first from edge group by run_id, child
      ),
      -- The dependants locked in key order, so concurrent statements sharing some never deadlock.
      locked as (
        select c.run_id, c.node_id, k.parents from run_nodes as c join per_child as k on c.run_id = k.run_id and c.node_id = k.child
         where c.status = 'waiting'
         order by c.run_id, c.node_id
           for update of c
      ),
      decremented as (
        update run_nodes as c
           set remaining_deps = c.remaining_deps - k.parents,
               status = case when c.remaining_deps = k.parents then 'queued' else c.status end,
               attempts = case when c.remaining_deps = k.parents then 1 else c.attempts end,
               enqueued_at = case when c.remaining_deps = k.parents then ${at(now)} else c.enqueued_at end
          from locked as k, runs as r
         where c.run_id = k.run_id and c.node_id = k.node_id and c.status = 'waiting'
           and r.id = c.run_id and not r.cancel_requested
        returning c.run_id, c.node_id, c.type, c.status, c.attempts, r.priority
      )
      select d.i,
             -- A dependant still waiting, or made ready by another parent of the batch: the run is not finished.
             exists (select 1 from edge as e
                       join per_child as k on k.run_id = e.run_id and k.child = e.child
                       join decremented as x on x.run_id = e.run_id and x.node_id = e.child
                      where e.i = d.i and (x.status = 'waiting' or k.first <> d.i)) as waiting,
             coalesce((select jsonb_agg(jsonb_build_object('nodeId', x.node_id, 'type', x.type, 'attempts', x.attempts, 'priority', x.priority))
                         from per_child as k join decremented as x on x.run_id = k.run_id and x.node_id = k.child
                        where k.first = d.i and x.status = 'queued'), '[]'::jsonb) as ready
        from done as d`;
};

/** A run that reached its final status. */
export interface FinishedRunRow {
  status: 'succeeded' | 'failed' | 'cancelled';
  error: RunErrorJson | null;
  batchId: string | null;
}

/**
 * The final status of each run with nothing left to do (`cancelled` when cancel was
 * requested, `failed` when a node failed, else `succeeded`), in one statement; guarded by
 * the run's status, so of concurrent callers exactly one gets the row. A run id given
 * twice answers the first.
 */
export const finishRuns = async (db: Db, runIds: readonly string[], now: Date): Promise<(FinishedRunRow | undefined)[]> =>
  readFinished(await selectPreparedRows<FinishedRunRow & { id: string }>(db, finishStatement(runIds, now)), runIds);

const finishStatement = (runIds: readonly string[], now: Date) => sql`
      update runs as r
         set status = case when r.cancel_requested then 'cancelled'
                           when exists (select 1 from run_nodes as f where f.run_id = r.id and f.status = 'failed') then 'failed'
                           else 'succeeded' end,
             finished_at = ${at(now)},
             started_at = coalesce(r.started_at, ${at(now)})
       where r.id in (select jsonb_array_elements_text(${json(runIds)})) and r.status in ('queued', 'running')
         and not exists (select 1 from run_nodes as u where u.run_id = r.id and u.status in ('waiting', 'queued', 'running'))
      returning r.id, r.status, r.error, r.batch_id as "batchId"`;

const readFinished = (rows: readonly (FinishedRunRow & { id: string })[], runIds: readonly string[]): (FinishedRunRow | undefined)[] => {
  const byRun = new Map(rows.map(({ id, ...row }) => [id, row]));
  return runIds.map((runId) => {
    const row = byRun.get(runId);
    byRun.delete(runId);
    return row;
  });
};

/** What {@link completeNodesAndFinishLeafRuns} did for one request. */
export interface CompletionOutcome {
  completion: Completion | undefined;
  /** The request's run reached its final status right after (reported to one leaf of the run). */
  finishedRun: FinishedRunRow | undefined;
}

/**
 * {@link completeNodes}, then {@link finishRuns} for the runs of the leaves among them — a
 * leaf's completion always tries to finish its run — in one round trip: two statements
 * pipelined on one connection, the finish in its own transaction after the completion
 * committed, so it sees it (and whatever else committed by then), exactly as a separate
 * call would.
 */
export const completeNodesAndFinishLeafRuns = async (db: Db, requests: readonly CompletionRequest[], now: Date): Promise<CompletionOutcome[]> => {
  const leafRuns = [...new Set(requests.filter((request) => request.leaf).map((request) => request.job.runId))];
  if (leafRuns.length === 0) return (await completeNodes(db, requests, now)).map((completion) => ({ completion, finishedRun: undefined }));
  const [completionRows, finishRows] = await selectPreparedRowsInSequence(db, [completionStatement(requests, now), finishStatement(leafRuns, now)]);
  const completions = readCompletions(completionRows as CompletionRow[], requests);
  const finishedRows = readFinished(finishRows as (FinishedRunRow & { id: string })[], leafRuns);
  const finished = new Map(leafRuns.map((runId, index) => [runId, finishedRows[index]]));
  return requests.map((request, index) => {
    const finishedRun = request.leaf ? finished.get(request.job.runId) : undefined;
    if (finishedRun) finished.delete(request.job.runId);
    return { completion: completions[index], finishedRun };
  });
};
