import {
  newRunId,
  retryOnConflict,
  runNodes,
  runs,
  type Db,
  type RunErrorJson,
  type RunNodeRow,
  type RunNodeStatusValue,
  type StoredNodeOutputs,
} from '@pc/db';
import type { GraphDocument } from '@pc/graph';
import { currentTraceCarrier, withJobSpan } from '@pc/observability';
import { and, asc, eq, inArray } from 'drizzle-orm';
import type { EventBus } from '../events/event-bus.js';
import { graphRunsChannel, runChannel, type EngineEvent, type NodeStatus, type RunStatus } from '../events/events.js';
import { planRun, type RunPlan } from '../plan/plan-run.js';
import { nativeSha256Hex } from './native-sha256.js';
import { JobCancelledError, NonRetryableError } from '../queue/errors.js';
import type { JobContext, JobFailure, JobQueue, ProcessOptions } from '../queue/job-queue.js';
import { jobIdOf, jobPriority, type NodeJob, type ResourceClass } from '../queue/node-job.js';
import { createDbArtifactStore, type ArtifactStore } from './artifact-store.js';
import type { RenderPng } from '../png/png-pool.js';
import type { GenerationSource } from '../generation/workspace-generation.js';
import { createEnqueueBatcher } from './enqueue-batcher.js';
import { insertRuns, lookupCachedOutputs, type RunNodeInsert, type RunWithNodes } from './insert-run.js';
import { Lru } from './lru.js';
import { createNodeFunctions, type NodeFunctions } from './node-functions.js';
import { createCoalescer } from './coalescer.js';
import {
  claimNode,
  claimNodes,
  completeNodesAndFinishLeafRuns,
  finishRuns,
  type ClaimedNode,
  type CompletionOutcome,
  type CompletionRequest,
  type FinishedRunRow,
  type OutputToSave,
} from './node-transitions.js';
import { throttleProgress } from './progress-throttle.js';
import { createRevisionCache, indexRevision, type LoadedRevision } from './revision-cache.js';
import { selectNodesInFlight, selectRunsLeftOpen } from './sweeper-scans.js';
import { applyNodeOverrides, type NodeOverrides } from '../batches/overrides.js';

/** A run reached its final status (the batch scheduler finishes the run's item). */
export interface FinishedRun {
  id: string;
  batchId: string | null;
  status: RunStatus;
}

/** Where log lines go (pino fits). */
export interface EngineLogger {
  /** One line per node job this process ran (with run, node and job ids). */
  info?(object: object, message: string): void;
  warn(object: object, message: string): void;
  error(object: object, message: string): void;
}

export interface RunEngineOptions {
  db: Db;
  queue: JobQueue;
  bus: EventBus;
  /** The node functions; default `createNodeFunctions({renderPng})` (`@pc/functions`). */
  functions?: NodeFunctions;
  /** SVG → PNG for the default functions (usually `createPngPool().render`); without it runs store SVGs only. Ignored when `functions` is given. */
  renderPng?: RenderPng;
  artifactStore?: ArtifactStore;
  clock?: () => Date;
  /** The pool a node type runs on; default `cpu` (every current function is local). */
  resourceClassOf?: (type: string) => ResourceClass;
  /** A running node whose heartbeat is older than this is presumed lost (its worker died). Default 30 s. */
  leaseMs?: number;
  /** How often a running node's heartbeat is renewed. Default leaseMs / 3. */
  heartbeatMs?: number;
  /** A queued node enqueued longer ago than this is re-enqueued by the sweeper (same job id: a no-op when the job exists). Default 60 s. */
  requeueAfterMs?: number;
  /** Orchestrator attempts of a node (each a fresh job id) before a lost node fails. Default 3. */
  maxAttempts?: number;
  logger?: EngineLogger;
  /** At most one `node.progress` event per node this often. Default 250 ms. */
  progressIntervalMs?: number;
  /**
   * Workspaces' generation back ends (`createWorkspaceGeneration`); without it, or for a
   * workspace without one, nodes that generate make their built-in output.
   */
  generation?: GenerationSource;
  /**
   * How a finishing node's handler adds its ready dependants. `awaited`: it returns once the
   * queue answered the add. `ordered` (default since session 14): it returns once the add is sent ahead of its
   * own job's completion (`JobQueue.enqueueAhead`; BullMQ sends it on the workers'
   * connection), so its slot is free a round trip sooner and the completion's fetch still
   * finds the dependants. An add that fails then is logged and left to the sweeper (re-added
   * after `requeueAfterMs`), as one lost in a crash. Queues without `enqueueAhead` (in-process)
   * use `awaited`. Quiet-box pairs: CPU per node −16 %, node jobs/s ×1.07 (docs/benchmarks.md, session 14).
   */
  dependantsAdd?: DependantsAdd;
  /** Told about node waits and runs, cache lookups and finished runs (the metrics). */
  observer?: RunObserver;
  /** Called once per run, in the process that finalised it, after its final status committed. */
  onRunFinished?: (run: FinishedRun) => void | Promise<void>;
}

/** See {@link RunEngineOptions.dependantsAdd}. */
export type DependantsAdd = 'awaited' | 'ordered';

/** What the engine reports as it works; every method is called after the fact and must not throw. */
export interface RunObserver {
  /** A worker claimed a node `waitMs` after it was enqueued. */
  nodeStarted(info: { nodeType: string; resourceClass: ResourceClass; waitMs: number }): void;
  /** A node's job ended in this process (`failed`: this attempt threw). */
  nodeFinished(info: { nodeType: string; resourceClass: ResourceClass; outcome: 'succeeded' | 'cached' | 'failed'; runMs: number }): void;
  /** A node's output was looked up in the cache (at submit or when its job starts). */
  cacheLookup(info: { nodeType: string; hit: boolean }): void;
  /** A run reached a final state. */
  runFinished(info: { status: 'succeeded' | 'failed' | 'cancelled' }): void;
}

/** What to run. */
export interface SubmitRunInput {
  graphId: string;
  workspaceId: string;
  /** The immutable snapshot to execute (`graph_revisions`). */
  revision: number;
  /** Run these nodes and everything downstream; omitted, the whole graph. */
  nodeIds?: readonly string[] | undefined;
  requestedBy?: string | null | undefined;
  priority?: number | undefined;
  batchId?: string | null | undefined;
  /** The id to give the run (a batch item claims its run id before submitting); default a new one. */
  runId?: string | undefined;
  /** Node fields to override in the revision for this run (`{nodeId: {field: value}}`). */
  overrides?: NodeOverrides | null | undefined;
}

/** A node of a run as the API shows it (`waiting` shows as `queued`). */
export interface RunNodeView {
  nodeId: string;
  type: string;
  role: 'target' | 'input';
  status: NodeStatus;
  cacheKey: string;
  attempts: number;
  startedAt: Date | null;
  finishedAt: Date | null;
  outputs: StoredNodeOutputs | null;
  error: RunErrorJson | null;
}

export interface RunView {
  id: string;
  graphId: string;
  workspaceId: string;
  status: RunStatus;
  revision: number;
  selection: string[] | null;
  /** The batch this run is an item of (a variant with overrides), or null. */
  batchId: string | null;
  requestedBy: string | null;
  cancelRequested: boolean;
  error: RunErrorJson | null;
  createdAt: Date;
  startedAt: Date | null;
  finishedAt: Date | null;
  nodes: RunNodeView[];
}

export interface SweepReport {
  /** Queued nodes enqueued again (their job was lost or is late). */
  requeued: number;
  /** Running nodes whose worker stopped heartbeating, given a new attempt. */
  recovered: number;
  /** Lost nodes out of attempts, failed. */
  failed: number;
}

export interface RunEngine {
  /**
   * Plans the revision, inserts the run and its nodes in one transaction (nodes whose
   * cache key has an output complete as `cached` right there), then enqueues the ready
   * nodes. @throws {RunPlanError} when the graph cannot run; `Error` when the revision is missing.
   */
  submitRun(input: SubmitRunInput): Promise<{ id: string; status: RunStatus }>;
  /** The queue handler: runs one node job (see README "Runs"). */
  handleJob(job: NodeJob, context: JobContext): Promise<void>;
  /** The queue's failure callback: a final failure fails the node and skips its descendants. */
  onFailed(job: NodeJob, error: Error, failure: JobFailure): Promise<void>;
  /** Cancels a run: DB flag, unfinished nodes cancelled, queued jobs removed, running functions aborted. */
  cancel(runId: string): Promise<{ kind: 'cancelled' | 'already_final' | 'not_found'; status?: RunStatus }>;
  getRun(runId: string): Promise<RunView | undefined>;
  /** Re-enqueues stranded queued nodes and recovers nodes whose worker died. */
  sweep(): Promise<SweepReport>;
  /** Embedded mode after a restart: every unfinished run's queued nodes enqueued again, its running nodes retried. */
  recoverOnStartup(): Promise<SweepReport>;
  /** Starts taking jobs from the queue with this engine's handler and failure callback. */
  startWorkers(concurrency: ProcessOptions['concurrency']): void;
  /** Sweeps every `intervalMs` until the returned function is called. */
  startSweeper(intervalMs: number): () => void;
}

type Tx = Parameters<Parameters<Db['transaction']>[0]>[0];

const UNFINISHED_NODE: RunNodeStatusValue[] = ['waiting', 'queued', 'running'];
/** Coalesced statements of one kind (claims, completions, run finishes) out at once. */
const STATEMENTS_IN_FLIGHT = 4;
/** Submits whose cache lookups, or inserts, share one statement: runs can have 1,000 nodes, so one statement's JSON stays within a few MB. */
const SUBMITS_PER_STATEMENT = 32;

const toError = (error: unknown): RunErrorJson => {
  if (error instanceof JobCancelledError) return { code: 'cancelled', message: 'The run was cancelled' };
  const code =
    error && typeof error === 'object' && 'code' in error && typeof (error as { code: unknown }).code === 'string'
      ? (error as { code: string }).code.slice(0, 64)
      : 'function_failed';
  const message = error instanceof Error ? error.message : String(error);
  return { code, message: message.slice(0, 2_000) };
};

const nodeView = (row: RunNodeRow): RunNodeView => ({
  nodeId: row.nodeId,
  type: row.type,
  role: row.role,
  status: row.status === 'waiting' ? 'queued' : row.status,
  cacheKey: row.cacheKey,
  attempts: row.attempts,
  startedAt: row.startedAt,
  finishedAt: row.finishedAt,
  outputs: row.outputs,
  error: row.error,
});

/**
 * The database-backed orchestrator: Postgres (or PGlite) holds the truth, the queue only
 * carries `{runId, nodeId, attempt}`. Every transition is a guarded update, so a job
 * delivered twice, a callback lost in a crash, or a sweep racing a worker changes nothing
 * twice. Events go on the bus after each committed transition.
 */
export function createRunEngine(options: RunEngineOptions): RunEngine {
  const { db, queue, bus } = options;
  const functions = options.functions ?? createNodeFunctions({ renderPng: options.renderPng });
  const artifactStore = options.artifactStore ?? createDbArtifactStore(db);
  const clock = options.clock ?? (() => new Date());
  const resourceClassOf = options.resourceClassOf ?? (() => 'cpu' as const);
  const leaseMs = options.leaseMs ?? 30_000;
  const heartbeatMs = options.heartbeatMs ?? Math.max(50, Math.floor(leaseMs / 3));
  const requeueAfterMs = options.requeueAfterMs ?? 60_000;
  const maxAttempts = options.maxAttempts ?? 3;
  const logger = options.logger;
  const observer = options.observer;

  const progressIntervalMs = options.progressIntervalMs ?? 250;
  // Revisions are immutable: jobs of a run share one read and one index of the document,
  // and re-submitting a revision with the same selection reuses its plan.
  const revisions = createRevisionCache(db);
  const plans = new Lru<string, RunPlan>(64);
  const enqueueJobs = createEnqueueBatcher((jobs, enqueueOptions) => queue.enqueue(jobs, enqueueOptions));
  const enqueueAhead = queue.enqueueAhead?.bind(queue);
  const dependantsAdd: DependantsAdd = options.dependantsAdd ?? 'ordered';
  const enqueueDependants =
    dependantsAdd === 'ordered' && enqueueAhead
      ? createEnqueueBatcher((jobs, enqueueOptions) => {
          const { sent, added } = enqueueAhead(jobs, enqueueOptions);
          added.catch((error: unknown) =>
            logger?.warn({ err: error, jobs: jobs.map(jobIdOf) }, 'adding dependants failed; the sweeper re-adds them after requeueAfterMs'),
          );
          return sent;
        })
      : enqueueJobs;
  // Jobs that claim, complete or finish their run together share one statement each (one
  // round trip for the batch instead of one per job); at rest each goes alone, at once. A
  // few statements of each kind in flight keep the pool busy while the next batch gathers.
  const claimFresh = createCoalescer<NodeJob, ClaimedNode | undefined>({
    runBatch: (jobs) => claimNodes(db, jobs, { kind: 'fresh' }, clock()),
    runOne: (job) => claimNode(db, job, { kind: 'fresh' }, clock()),
    maxInFlight: STATEMENTS_IN_FLIGHT,
  });
  const complete = createCoalescer<CompletionRequest, CompletionOutcome>({
    runBatch: (requests) => completeNodesAndFinishLeafRuns(db, requests, clock()),
    runOne: async (request) => (await completeNodesAndFinishLeafRuns(db, [request], clock()))[0] as CompletionOutcome,
    maxInFlight: STATEMENTS_IN_FLIGHT,
  });
  // Runs submitted together (a batch's items, a burst of canvas runs) share their cache
  // lookup and their insert: two statements for the burst instead of two per run.
  const lookupCache = createCoalescer<readonly string[], Map<string, StoredNodeOutputs>>({
    runBatch: async (lookups) => {
      const found = await lookupCachedOutputs(db, [...new Set(lookups.flat())], clock());
      return lookups.map((keys) => new Map(keys.flatMap((key) => (found.has(key) ? [[key, found.get(key) as StoredNodeOutputs] as const] : []))));
    },
    runOne: (keys) => lookupCachedOutputs(db, keys, clock()),
    maxInFlight: STATEMENTS_IN_FLIGHT,
    maxBatch: SUBMITS_PER_STATEMENT,
  });
  const insert = createCoalescer<RunWithNodes, void>({
    runBatch: async (entries) => {
      await insertRuns(db, entries);
      return entries.map(() => undefined);
    },
    runOne: (entry) => insertRuns(db, [entry]),
    maxInFlight: STATEMENTS_IN_FLIGHT,
    maxBatch: SUBMITS_PER_STATEMENT,
  });
  const finishRun = createCoalescer<string, FinishedRunRow | undefined>({
    runBatch: (runIds) => finishRuns(db, runIds, clock()),
    runOne: async (runId) => (await finishRuns(db, [runId], clock()))[0],
    maxInFlight: STATEMENTS_IN_FLIGHT,
  });

  /** The revision a run executes: the shared cached one, or (a batch item's) a copy with the run's overrides applied, indexed once per run. */
  const overridden = new Lru<string, LoadedRevision>(64);
  const revisionOfRun = async (runId: string, node: Pick<ClaimedNode, 'graphId' | 'revision' | 'overrides'>): Promise<LoadedRevision | undefined> => {
    const loaded = await revisions.get(node.graphId, node.revision);
    if (!loaded || !node.overrides || Object.keys(node.overrides).length === 0) return loaded;
    const known = overridden.get(runId);
    if (known) return known;
    const applied = indexRevision(applyNodeOverrides(loaded.document, node.overrides));
    overridden.set(runId, applied);
    return applied;
  };

  const runFinished = (run: FinishedRun) => {
    if (!options.onRunFinished) return;
    Promise.resolve(options.onRunFinished(run)).catch((error: unknown) => logger?.error({ err: error, runId: run.id }, 'run-finished hook failed'));
  };

  const publish = (runId: string, event: EngineEvent) => {
    bus.publish(runChannel(runId), event).catch((error: unknown) => logger?.warn({ err: error, runId }, 'event publish failed'));
  };
  const publishNode = (runId: string, nodeId: string, status: RunNodeStatusValue, error?: RunErrorJson | null) =>
    publish(runId, {
      kind: 'node.status',
      v: 1,
      at: clock().getTime(),
      runId,
      nodeId,
      status: status === 'waiting' ? 'queued' : status,
      ...(error ? { error } : {}),
    });
  const publishRun = (runId: string, status: RunStatus, error?: RunErrorJson | null) => {
    // Every caller publishes after its own guarded transition: a final status is reported once.
    if (status === 'succeeded' || status === 'failed' || status === 'cancelled') observer?.runFinished({ status });
    publish(runId, { kind: 'run.status', v: 1, at: clock().getTime(), runId, status, ...(error ? { error } : {}) });
  };

  const enqueue = async (runId: string, priority: number, nodes: { nodeId: string; type: string; attempts: number }[], send = enqueueJobs) => {
    const byClass = new Map<ResourceClass, NodeJob[]>();
    // The jobs continue the trace of whatever enqueues them (an HTTP request, a finishing node).
    const trace = currentTraceCarrier();
    for (const node of nodes) {
      const resourceClass = resourceClassOf(node.type);
      const list = byClass.get(resourceClass) ?? [];
      list.push({ runId, nodeId: node.nodeId, attempt: node.attempts, ...(trace ? { trace } : {}) });
      byClass.set(resourceClass, list);
    }
    await Promise.all([...byClass].map(([resourceClass, jobs]) => send(jobs, resourceClass, priority)));
  };

  /** Reports a run this process moved to its final status. */
  const announceFinished = (runId: string, row: FinishedRunRow) => {
    publishRun(runId, row.status, row.error);
    runFinished({ id: runId, batchId: row.batchId, status: row.status });
  };

  /** Final run status once nothing is left to do; guarded, so only one caller wins. */
  const finalizeRun = async (runId: string): Promise<void> => {
    const row = await finishRun(runId);
    if (row) announceFinished(runId, row);
  };

  const afterComplete = async (job: NodeJob, status: 'succeeded' | 'cached', { completion: outcome, finishedRun }: CompletionOutcome, leaf: boolean) => {
    // The dependants' enqueue is asked for before this turn's events are published, so its
    // add reaches the queue first: the events are not on the dependants' path, the add is.
    const ready = outcome?.ready ?? [];
    const enqueued = ready.length > 0 ? enqueue(job.runId, outcome?.priority ?? jobPriority.interactive, ready, enqueueDependants) : undefined;
    if (outcome) publishNode(job.runId, job.nodeId, status);
    // A leaf's completion already tried to finish its run (same round trip).
    if (leaf) {
      if (finishedRun) announceFinished(job.runId, finishedRun);
      return;
    }
    if (!outcome) return;
    if (enqueued) {
      for (const node of ready) publishNode(job.runId, node.nodeId, 'queued');
      await enqueued;
      // Nodes just queued keep the run unfinished (a cancel committed meanwhile finalises it itself).
      return;
    }
    // A dependant still waiting on another dependency keeps the run unfinished too: no finalise needed.
    if (outcome.dependantsWaiting) return;
    await finalizeRun(job.runId);
  };

  /** Descendants of `nodeId` in the run (via `dependants`), not including it. */
  const descendantsOf = (rows: Pick<RunNodeRow, 'nodeId' | 'dependants'>[], nodeId: string): string[] => {
    const byId = new Map(rows.map((row) => [row.nodeId, row]));
    const seen = new Set<string>();
    const stack = [...(byId.get(nodeId)?.dependants ?? [])];
    while (stack.length > 0) {
      const next = stack.pop() as string;
      if (seen.has(next)) continue;
      seen.add(next);
      stack.push(...(byId.get(next)?.dependants ?? []));
    }
    return [...seen];
  };

  /** A node failed for good: it `failed`, its unfinished descendants `skipped`, then the run finalised. */
  const failNode = async (runId: string, nodeId: string, attempt: number | undefined, error: RunErrorJson): Promise<boolean> => {
    const skipped = await db.transaction(async (tx: Tx) => {
      const now = clock();
      const [failed] = await tx
        .update(runNodes)
        .set({ status: 'failed', finishedAt: now, error })
        .where(
          and(
            eq(runNodes.runId, runId),
            eq(runNodes.nodeId, nodeId),
            inArray(runNodes.status, ['queued', 'running']),
            attempt === undefined ? undefined : eq(runNodes.attempts, attempt),
          ),
        )
        .returning({ nodeId: runNodes.nodeId });
      if (!failed) return undefined;
      const rows = await tx.select({ nodeId: runNodes.nodeId, dependants: runNodes.dependants }).from(runNodes).where(eq(runNodes.runId, runId));
      const descendants = descendantsOf(rows, nodeId);
      if (descendants.length === 0) return [];
      const skippedRows = await tx
        .update(runNodes)
        .set({ status: 'skipped', finishedAt: now, error: { code: 'upstream_failed', message: `Skipped: ${nodeId} failed` } })
        .where(and(eq(runNodes.runId, runId), inArray(runNodes.nodeId, descendants), inArray(runNodes.status, ['waiting', 'queued'])))
        .returning({ nodeId: runNodes.nodeId });
      return skippedRows.map((row) => row.nodeId);
    });
    if (!skipped) return false;
    publishNode(runId, nodeId, 'failed', error);
    for (const id of skipped) publishNode(runId, id, 'skipped');
    await finalizeRun(runId);
    return true;
  };

  /** Runs the node's functions and stores its artifacts; returns the outputs and what to save with the completion. */
  const execute = async (job: NodeJob, node: ClaimedNode, signal: AbortSignal) => {
    const loaded = await revisionOfRun(job.runId, node);
    if (!loaded) throw new NonRetryableError(`Revision ${node.revision} of graph ${node.graphId} is gone`);
    const graphNode = loaded.nodesById.get(node.nodeId);
    if (!graphNode) throw new NonRetryableError(`Node ${node.nodeId} is not in revision ${node.revision}`);
    const upstream: Record<string, { nodeId: string; type: string; data: Record<string, unknown>; outputs: Record<string, unknown> }[]> = {};
    for (const edge of loaded.incoming.get(node.nodeId) ?? []) {
      const source = loaded.nodesById.get(edge.source);
      if (!source) continue;
      (upstream[edge.targetHandle] ??= []).push({ nodeId: source.id, type: source.type, data: source.data, outputs: node.upstream[source.id] ?? {} });
    }
    const progress = throttleProgress(
      (fraction, message) =>
        publish(job.runId, {
          kind: 'node.progress',
          v: 1,
          at: clock().getTime(),
          runId: job.runId,
          nodeId: job.nodeId,
          progress: fraction,
          ...(message ? { message } : {}),
        }),
      progressIntervalMs,
    );
    const generation = functions.generates?.(node.type) ? await options.generation?.forWorkspace(node.workspaceId) : undefined;
    let result: Awaited<ReturnType<NodeFunctions['run']>>;
    try {
      result = await functions.run(
        { node: { id: graphNode.id, type: graphNode.type, data: graphNode.data }, upstream, runId: job.runId, workspaceId: node.workspaceId },
        {
          signal,
          onProgress: progress.report,
          ...(generation ? { generation: { backend: await generation.backend(), idempotencyKey: `${job.runId}_${job.nodeId}` } } : {}),
        },
      );
    } finally {
      progress.stop();
    }
    signal.throwIfAborted();
    const outputs: StoredNodeOutputs = { values: result.values, artifacts: {} };
    for (const artifact of result.artifacts) {
      const bytes = artifact.bytes ?? new TextEncoder().encode(artifact.text);
      const { hash, size } = await artifactStore.put(bytes, artifact.mediaType);
      outputs.artifacts[artifact.name] = { hash, mediaType: artifact.mediaType, bytes: size };
    }
    const save: OutputToSave = {
      nodeType: node.type,
      functionVersions: functions.versionsOf(node.type),
      hashes: [...new Set(Object.values(outputs.artifacts).map((ref) => ref.hash))],
    };
    return { outputs, save };
  };

  /** Runs a claimed job; `onNode` learns which node it claimed (none for a duplicate or a finished run). */
  const runJob = async (job: NodeJob, context: JobContext, onNode: (node: ClaimedNode) => void): Promise<'succeeded' | 'cached' | 'skipped'> => {
    const now = clock();
    let node = await claimFresh(job);
    if (node) {
      observer?.nodeStarted({ nodeType: node.type, resourceClass: resourceClassOf(node.type), waitMs: now.getTime() - (node.enqueuedAtMs ?? now.getTime()) });
      publishNode(job.runId, job.nodeId, 'running');
      if (node.runStarted) publishRun(job.runId, 'running');
    } else {
      // A redelivery (BullMQ's stalled checker) of a job whose worker died: take it over
      // once its heartbeat has lapsed; otherwise it is a duplicate and another worker owns it.
      node = await claimNode(db, job, { kind: 'takeover', staleBefore: new Date(now.getTime() - leaseMs) }, now);
      if (!node) return 'skipped';
    }

    onNode(node);
    observer?.cacheLookup({ nodeType: node.type, hit: node.cached !== null });
    if (node.cached) {
      const outcome = await complete({ job, cacheKey: node.cacheKey, status: 'cached', outputs: node.cached, leaf: node.leaf });
      await afterComplete(job, 'cached', outcome, node.leaf);
      return 'cached';
    }
    const heartbeat = setInterval(() => {
      db.update(runNodes)
        .set({ heartbeatAt: clock() })
        .where(and(eq(runNodes.runId, job.runId), eq(runNodes.nodeId, job.nodeId), eq(runNodes.status, 'running'), eq(runNodes.attempts, job.attempt)))
        .catch((error: unknown) => logger?.warn({ err: error, ...job }, 'heartbeat failed'));
    }, heartbeatMs);
    heartbeat.unref?.();
    let executed: Awaited<ReturnType<typeof execute>>;
    try {
      executed = await execute(job, node, context.signal);
    } finally {
      clearInterval(heartbeat);
    }
    const outcome = await complete({ job, cacheKey: node.cacheKey, status: 'succeeded', ...executed, leaf: node.leaf });
    await afterComplete(job, 'succeeded', outcome, node.leaf);
    return 'succeeded';
  };

  /** A job in a span continuing its enqueuer's trace, timed for the observer. */
  const handleJob = (job: NodeJob, context: JobContext): Promise<void> =>
    withJobSpan('node.run', job.trace, { 'pc.run_id': job.runId, 'pc.node_id': job.nodeId, 'pc.attempt': job.attempt }, async () => {
      const started = performance.now();
      let claimed: ClaimedNode | undefined;
      const finished = (outcome: 'succeeded' | 'cached' | 'failed', error?: unknown) => {
        if (!claimed) return;
        const runMs = performance.now() - started;
        observer?.nodeFinished({ nodeType: claimed.type, resourceClass: resourceClassOf(claimed.type), outcome, runMs });
        const line = { runId: job.runId, nodeId: job.nodeId, jobId: jobIdOf(job), attempt: job.attempt, nodeType: claimed.type, outcome, durationMs: Math.round(runMs) };
        if (outcome === 'failed') logger?.warn({ ...line, err: error }, 'node job failed');
        else logger?.info?.(line, 'node job finished');
      };
      try {
        const outcome = await runJob(job, context, (node) => (claimed = node));
        if (outcome !== 'skipped') finished(outcome);
      } catch (error) {
        finished('failed', error);
        throw error;
      }
    });


  const onFailed = async (job: NodeJob, error: Error, failure: JobFailure): Promise<void> => {
    try {
      if (error instanceof JobCancelledError) {
        const rows = await db
          .update(runNodes)
          .set({ status: 'cancelled', finishedAt: clock(), error: toError(error) })
          .where(and(eq(runNodes.runId, job.runId), eq(runNodes.nodeId, job.nodeId), inArray(runNodes.status, ['queued', 'running']), eq(runNodes.attempts, job.attempt)))
          .returning({ nodeId: runNodes.nodeId });
        if (rows.length > 0) publishNode(job.runId, job.nodeId, 'cancelled');
        await finalizeRun(job.runId);
        return;
      }
      if (!failure.final) {
        // The queue retries the same job id: make it startable again.
        await db
          .update(runNodes)
          .set({ status: 'queued', error: toError(error), enqueuedAt: clock() })
          .where(and(eq(runNodes.runId, job.runId), eq(runNodes.nodeId, job.nodeId), eq(runNodes.status, 'running'), eq(runNodes.attempts, job.attempt)));
        return;
      }
      await failNode(job.runId, job.nodeId, job.attempt, toError(error));
    } catch (failureError) {
      logger?.error({ err: failureError, ...job }, 'recording a failed node failed; the sweeper will retry');
    }
  };

  /** The plan of a revision and selection; revisions are immutable, so a re-submit reuses it. */
  const planOf = async (input: SubmitRunInput, document: GraphDocument): Promise<RunPlan> => {
    // Nodes that generate are keyed with the workspace's back end too: changing it re-runs them.
    const generation = options.generation ? await options.generation.forWorkspace(input.workspaceId) : undefined;
    const key = `${input.graphId}@${input.revision}#${input.nodeIds ? JSON.stringify([...input.nodeIds].sort()) : '*'}#${generation?.fingerprint ?? ''}#${input.overrides ? JSON.stringify(input.overrides) : ''}`;
    const known = plans.get(key);
    if (known) return known;
    const keyContextOf = generation ? (type: string) => (functions.generates?.(type) ? { generation: generation.fingerprint } : undefined) : undefined;
    const plan = planRun(document, {
      ...(input.nodeIds ? { nodeIds: input.nodeIds } : {}),
      getFunctionVersion: functions.versionOf,
      ...(keyContextOf ? { keyContextOf } : {}),
      hash: nativeSha256Hex,
    });
    plans.set(key, plan);
    return plan;
  };

  const submitRun = async (input: SubmitRunInput): Promise<{ id: string; status: RunStatus }> => {
    const loaded = await revisions.get(input.graphId, input.revision);
    if (!loaded) throw new Error(`Revision ${input.revision} of graph ${input.graphId} does not exist`);
    const plan = await planOf(input, input.overrides ? applyNodeOverrides(loaded.document, input.overrides) : loaded.document);
    const id = input.runId ?? newRunId();
    const priority = input.priority ?? jobPriority.interactive;
    const now = clock();
    const stamp = now.toISOString();
    // Looked up before the insert: cached outputs never change meaning, so no transaction is needed around both.
    const cache = await lookupCache([...new Set(plan.nodes.map((node) => node.cacheKey))]);
    for (const node of plan.nodes) observer?.cacheLookup({ nodeType: node.type, hit: cache.has(node.cacheKey) });
    // Resolve cached nodes in plan (topological) order: their dependants get one dep fewer.
    const remaining = new Map(plan.nodes.map((node) => [node.nodeId, node.remainingDeps]));
    for (const node of plan.nodes) {
      if (!cache.has(node.cacheKey)) continue;
      for (const dependant of node.dependants) remaining.set(dependant, (remaining.get(dependant) ?? 1) - 1);
    }
    const rows = plan.nodes.map((node): RunNodeInsert => {
      const outputs = cache.get(node.cacheKey) ?? null;
      const left = remaining.get(node.nodeId) ?? 0;
      const status: RunNodeStatusValue = outputs ? 'cached' : left === 0 ? 'queued' : 'waiting';
      return {
        run_id: id,
        node_id: node.nodeId,
        type: node.type,
        role: node.role,
        status,
        remaining_deps: left,
        depends_on: node.dependsOn,
        dependants: node.dependants,
        cache_key: node.cacheKey,
        attempts: status === 'queued' ? 1 : 0,
        enqueued_at: status === 'queued' ? stamp : null,
        started_at: outputs ? stamp : null,
        finished_at: outputs ? stamp : null,
        outputs,
      };
    });
    const status = rows.every((row) => row.status === 'cached') ? 'succeeded' : 'queued';
    await insert({
      run: {
        id,
        graphId: input.graphId,
        workspaceId: input.workspaceId,
        revision: input.revision,
        status,
        requestedBy: input.requestedBy ?? null,
        priority,
        selection: input.nodeIds ? [...input.nodeIds] : null,
        batchId: input.batchId ?? null,
        overrides: input.overrides ?? null,
        now,
      },
      nodes: rows,
    });
    publishRun(id, status);
    bus
      .publish(graphRunsChannel(input.graphId), { kind: 'run.created', v: 1, at: clock().getTime(), runId: id, graphId: input.graphId, status })
      .catch((error: unknown) => logger?.warn({ err: error, runId: id }, 'event publish failed'));
    if (status === 'succeeded') runFinished({ id, batchId: input.batchId ?? null, status: 'succeeded' });
    const ready = rows.filter((row) => row.status === 'queued').map((row) => ({ nodeId: row.node_id, type: row.type, attempts: row.attempts }));
    if (ready.length > 0) await enqueue(id, priority, ready);
    return { id, status };
  };

  const cancel: RunEngine['cancel'] = async (runId) => {
    // A deadlock the lock order below cannot rule out (a claim or a completion locking several
    // of the run's nodes in another order) aborts the cancel whole: it is run again.
    const outcome = await retryOnConflict(() => db.transaction(async (tx: Tx) => {
      // The nodes' rows before the run's, in key order: the order a claim takes (its node, then
      // it starts the run) and completions take (nodes only). Run first, a cancel racing the
      // claim of a queued run's first node deadlocked, and Postgres aborted one of the two.
      await tx
        .select({ nodeId: runNodes.nodeId })
        .from(runNodes)
        .where(and(eq(runNodes.runId, runId), inArray(runNodes.status, UNFINISHED_NODE)))
        .orderBy(asc(runNodes.nodeId))
        .for('update');
      const [run] = await tx
        .update(runs)
        .set({ cancelRequested: true })
        .where(eq(runs.id, runId))
        .returning({ status: runs.status });
      if (!run) return { kind: 'not_found' as const };
      if (run.status !== 'queued' && run.status !== 'running') return { kind: 'already_final' as const, status: run.status };
      const cancelled = await tx
        .update(runNodes)
        .set({ status: 'cancelled', finishedAt: clock(), error: { code: 'cancelled', message: 'The run was cancelled' } })
        .where(and(eq(runNodes.runId, runId), inArray(runNodes.status, UNFINISHED_NODE)))
        .returning({ nodeId: runNodes.nodeId, attempts: runNodes.attempts });
      return { kind: 'cancelled' as const, nodes: cancelled };
    }));
    if (outcome.kind !== 'cancelled') return outcome;
    for (const { nodeId } of outcome.nodes) publishNode(runId, nodeId, 'cancelled');
    await finalizeRun(runId);
    // Remove waiting jobs and abort running functions everywhere (a broadcast in BullMQ).
    // Nodes that were ever enqueued (attempts > 0) are the ones whose job may still wait.
    const enqueued = outcome.nodes.filter((node) => node.attempts > 0).map((node) => ({ runId, nodeId: node.nodeId, attempt: node.attempts }));
    await queue.cancel(runId, 'run cancelled', enqueued).catch((error: unknown) => logger?.warn({ err: error, runId }, 'queue cancel failed'));
    return { kind: 'cancelled', status: 'cancelled' };
  };

  const getRun = async (runId: string): Promise<RunView | undefined> => {
    const [run] = await db.select().from(runs).where(eq(runs.id, runId));
    if (!run) return undefined;
    const nodes = await db.select().from(runNodes).where(eq(runNodes.runId, runId)).orderBy(asc(runNodes.nodeId));
    return {
      id: run.id,
      graphId: run.graphId,
      workspaceId: run.workspaceId,
      status: run.status,
      revision: run.revision,
      selection: run.selection,
      batchId: run.batchId,
      requestedBy: run.requestedBy,
      cancelRequested: run.cancelRequested,
      error: run.error,
      createdAt: run.createdAt,
      startedAt: run.startedAt,
      finishedAt: run.finishedAt,
      nodes: nodes.map(nodeView),
    };
  };

  /** Gives a lost running node a new attempt (new job id), or fails it when out of attempts. */
  const retryLost = async (node: Pick<RunNodeRow, 'runId' | 'nodeId' | 'type' | 'attempts'>, priority: number, report: SweepReport) => {
    if (node.attempts >= maxAttempts) {
      if (await failNode(node.runId, node.nodeId, node.attempts, { code: 'worker_lost', message: `The worker running ${node.nodeId} stopped ${node.attempts} times` })) report.failed += 1;
      return;
    }
    const [bumped] = await db
      .update(runNodes)
      .set({ status: 'queued', attempts: node.attempts + 1, enqueuedAt: clock(), heartbeatAt: null })
      .where(and(eq(runNodes.runId, node.runId), eq(runNodes.nodeId, node.nodeId), eq(runNodes.status, 'running'), eq(runNodes.attempts, node.attempts)))
      .returning({ nodeId: runNodes.nodeId, type: runNodes.type, attempts: runNodes.attempts });
    if (!bumped) return;
    report.recovered += 1;
    publishNode(node.runId, node.nodeId, 'queued');
    await enqueue(node.runId, priority, [bumped]);
  };

  const sweepWith = async (mode: 'sweep' | 'startup'): Promise<SweepReport> => {
    const report: SweepReport = { requeued: 0, recovered: 0, failed: 0 };
    const now = clock().getTime();
    const inFlight = await selectNodesInFlight(db);
    const toRequeue = new Map<string, { priority: number; nodes: { nodeId: string; type: string; attempts: number }[] }>();
    for (const node of inFlight) {
      if (node.status === 'queued') {
        const stale = mode === 'startup' || (node.enqueuedAt?.getTime() ?? 0) < now - requeueAfterMs;
        if (!stale) continue;
        const entry = toRequeue.get(node.runId) ?? { priority: node.priority, nodes: [] };
        entry.nodes.push(node);
        toRequeue.set(node.runId, entry);
      } else {
        const lost = mode === 'startup' || (node.heartbeatAt?.getTime() ?? 0) < now - leaseMs;
        if (lost) await retryLost(node, node.priority, report);
      }
    }
    for (const [runId, entry] of toRequeue) {
      // Same job id: a no-op while the job exists, a fresh job when it was lost.
      await db
        .update(runNodes)
        .set({ enqueuedAt: clock() })
        .where(and(eq(runNodes.runId, runId), inArray(runNodes.nodeId, entry.nodes.map((node) => node.nodeId)), eq(runNodes.status, 'queued')));
      await enqueue(runId, entry.priority, entry.nodes);
      report.requeued += entry.nodes.length;
    }
    // Runs whose last transition's finalisation was lost.
    const open = await selectRunsLeftOpen(db);
    for (const run of open) await finalizeRun(run.id);
    return report;
  };

  let sweeping: Promise<SweepReport> | undefined;
  const sweep = () => (sweeping ??= sweepWith('sweep').finally(() => (sweeping = undefined)));

  return {
    submitRun,
    handleJob,
    onFailed,
    cancel,
    getRun,
    sweep,
    recoverOnStartup: () => sweepWith('startup'),
    startWorkers(concurrency) {
      queue.process(handleJob, { concurrency, onFailed });
    },
    startSweeper(intervalMs) {
      const timer = setInterval(() => {
        sweep().catch((error: unknown) => logger?.error({ err: error }, 'sweep failed'));
      }, intervalMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
  };
}

