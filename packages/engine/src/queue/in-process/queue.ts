import { isRetryable, JobCancelledError, QueueClosingError, toError } from '../errors.js';
import type { CloseReport, JobCounts, JobHandler, JobQueue, ProcessOptions } from '../job-queue.js';
import { jobIdOf, parseEnqueue, resourceClasses, type NodeJob, type ResourceClass } from '../node-job.js';
import { backoffDelay, defaultRetentionPolicy, defaultRetryPolicy, type QueuePolicyOptions } from '../policy.js';
import { createMinHeap, type MinHeap } from './min-heap.js';
import { createFinishedJobs, type FinishedJobs } from './retention.js';

/** Options of {@link createInProcessQueue}. */
export type InProcessQueueOptions = QueuePolicyOptions;

interface QueuedJob {
  job: NodeJob;
  jobId: string;
  resourceClass: ResourceClass;
  priority: number;
  /** Enqueue order: FIFO among equal priorities. */
  sequence: number;
  state: 'waiting' | 'delayed' | 'active' | 'removed';
  /** Runs finished so far (failed ones, until it completes). */
  attemptsMade: number;
  retryTimer?: ReturnType<typeof setTimeout>;
  running?: RunningJob;
}

interface RunningJob {
  controller: AbortController;
  /** Resolves when the job's outcome was recorded, or it was handed back. */
  settled: Promise<void>;
  handBack: () => void;
}

interface ClassLane {
  waiting: MinHeap<QueuedJob>;
  waitingCount: number;
  delayedCount: number;
  active: Set<QueuedJob>;
  concurrency: number;
  paused: boolean;
  completed: FinishedJobs;
  failed: FinishedJobs;
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));

/**
 * The embedded mode's job queue: no Redis, everything in this process. Same contract as
 * the BullMQ queue (priorities, per-class concurrency, retries with backoff, dedup by
 * job id, cancel through the AbortSignal, graceful close).
 *
 * **Memory only.** Waiting and delayed jobs die with the process. That is safe because
 * the database is the truth: on start the engine re-enqueues every `run_nodes` row that
 * is ready but unfinished (and fails or retries the ones left `running`), the same sweep
 * that heals a lost BullMQ job. `close` reports the jobs it aborted so a caller that
 * keeps running can re-enqueue them at once instead of waiting for the sweep.
 *
 * @example
 * const queue = createInProcessQueue({ retry: { attempts: 3, backoff: { delayMs: 500, jitter: 0.5 } } });
 * queue.process(runNode, { concurrency: { cpu: 1, io: 16 } });
 * @remarks enqueue is O(log n) per job; cancel is O(jobs in the queue).
 */
export const createInProcessQueue = (options: InProcessQueueOptions = {}): JobQueue => {
  const retry = options.retry ?? defaultRetryPolicy;
  const retention = options.retention ?? defaultRetentionPolicy;
  const reportError = options.onError ?? ((error: Error) => console.error('[engine] in-process queue:', error));
  const jobs = new Map<string, QueuedJob>();
  const pendingCallbacks = new Set<Promise<void>>();
  let sequence = 0;
  let handler: JobHandler | undefined;
  let processOptions: ProcessOptions | undefined;
  let closing = false;
  let closed: Promise<CloseReport> | undefined;

  const lanes = Object.fromEntries(
    resourceClasses.map((resourceClass): [ResourceClass, ClassLane] => [
      resourceClass,
      {
        waiting: createMinHeap<QueuedJob>((a, b) => a.priority < b.priority || (a.priority === b.priority && a.sequence < b.sequence)),
        waitingCount: 0,
        delayedCount: 0,
        active: new Set(),
        concurrency: 0,
        paused: false,
        completed: createFinishedJobs(retention.completed),
        failed: createFinishedJobs(retention.failed),
      },
    ]),
  ) as Record<ResourceClass, ClassLane>;

  const isKnown = (jobId: string, lane: ClassLane) => jobs.has(jobId) || lane.completed.has(jobId) || lane.failed.has(jobId);

  // Outcome callbacks run after the bookkeeping and never hold a concurrency slot;
  // close() waits for them (within its deadline) so a last DB write is not cut off.
  const notify = (callback: () => void | Promise<void>) => {
    const pending = (async () => {
      try {
        await callback();
      } catch (error) {
        reportError(toError(error));
      }
    })();
    pendingCallbacks.add(pending);
    void pending.finally(() => pendingCallbacks.delete(pending));
  };

  const makeWaiting = (entry: QueuedJob) => {
    const lane = lanes[entry.resourceClass];
    entry.state = 'waiting';
    lane.waitingCount += 1;
    lane.waiting.push(entry);
  };

  const pump = (resourceClass: ResourceClass) => {
    const lane = lanes[resourceClass];
    if (!handler || closing || lane.paused) return;
    while (lane.active.size < lane.concurrency) {
      const entry = lane.waiting.pop();
      if (!entry) return;
      // Cancelled entries are removed lazily: they stay in the heap until popped.
      if (entry.state !== 'waiting') continue;
      lane.waitingCount -= 1;
      start(entry, handler);
    }
  };

  const finish = (entry: QueuedJob, outcome: 'completed' | 'failed') => {
    const lane = lanes[entry.resourceClass];
    lane.active.delete(entry);
    entry.running = undefined;
    jobs.delete(entry.jobId);
    entry.state = 'removed';
    lane[outcome].add(entry.jobId);
  };

  const recordFailure = (entry: QueuedJob, thrown: unknown, cancelled: boolean) => {
    const lane = lanes[entry.resourceClass];
    const error = cancelled && entry.running ? toError(entry.running.controller.signal.reason) : toError(thrown);
    entry.attemptsMade += 1;
    const final = cancelled || !isRetryable(error) || entry.attemptsMade >= retry.attempts;
    const failure = { resourceClass: entry.resourceClass, attemptsMade: entry.attemptsMade, final };
    if (final) {
      finish(entry, 'failed');
    } else {
      lane.active.delete(entry);
      entry.running = undefined;
      entry.state = 'delayed';
      lane.delayedCount += 1;
      entry.retryTimer = setTimeout(() => {
        entry.retryTimer = undefined;
        if (entry.state !== 'delayed') return;
        lane.delayedCount -= 1;
        makeWaiting(entry);
        pump(entry.resourceClass);
      }, backoffDelay(entry.attemptsMade, retry.backoff));
    }
    const onFailed = processOptions?.onFailed;
    if (onFailed) notify(() => onFailed(entry.job, error, failure));
  };

  const start = (entry: QueuedJob, run: JobHandler) => {
    const lane = lanes[entry.resourceClass];
    const controller = new AbortController();
    let handBack!: () => void;
    const handedBack = new Promise<'handed-back'>((resolve) => {
      handBack = () => resolve('handed-back');
    });
    entry.state = 'active';
    lane.active.add(entry);
    const settled = (async () => {
      const context = {
        signal: controller.signal,
        attemptsMade: entry.attemptsMade,
        updateProgress: async () => {},
      };
      try {
        // A handler that ignores its signal is abandoned at shutdown, not awaited.
        const result = await Promise.race([run(entry.job, context).then(() => 'done' as const), handedBack]);
        if (result === 'handed-back') return;
        finish(entry, 'completed');
        const onCompleted = processOptions?.onCompleted;
        const outcome = { resourceClass: entry.resourceClass, attemptsMade: entry.attemptsMade + 1 };
        if (onCompleted) notify(() => onCompleted(entry.job, outcome));
      } catch (thrown) {
        if (controller.signal.reason instanceof QueueClosingError) return;
        recordFailure(entry, thrown, controller.signal.reason instanceof JobCancelledError);
      }
      pump(entry.resourceClass);
    })();
    entry.running = { controller, settled, handBack };
  };

  const countsOf = (lane: ClassLane): JobCounts => ({
    waiting: lane.waitingCount,
    active: lane.active.size,
    delayed: lane.delayedCount,
    failed: lane.failed.size,
  });

  const setPaused = (paused: boolean, resourceClass?: ResourceClass) => {
    for (const name of resourceClass ? [resourceClass] : resourceClasses) {
      lanes[name].paused = paused;
      pump(name);
    }
  };

  const shutDown = async (deadlineMs: number): Promise<CloseReport> => {
    closing = true;
    const running = () => resourceClasses.flatMap((name) => [...lanes[name].active]);
    const inFlight = Promise.all(running().map((entry) => entry.running?.settled));
    await Promise.race([inFlight, sleep(deadlineMs)]);
    const handedBack: NodeJob[] = [];
    for (const entry of running()) {
      entry.running?.controller.abort(new QueueClosingError());
      entry.running?.handBack();
      lanes[entry.resourceClass].active.delete(entry);
      handedBack.push(entry.job);
    }
    for (const entry of jobs.values()) clearTimeout(entry.retryTimer);
    await Promise.race([Promise.all(pendingCallbacks), sleep(Math.min(deadlineMs, 1_000))]);
    return { handedBack };
  };

  return {
    async enqueue(newJobs, enqueueOptions) {
      const { jobs: parsed, resourceClass, priority } = parseEnqueue(newJobs, enqueueOptions);
      if (closing) throw new Error('The job queue is closed');
      const lane = lanes[resourceClass];
      for (const job of parsed) {
        const jobId = jobIdOf(job);
        if (isKnown(jobId, lane)) continue;
        const entry: QueuedJob = { job, jobId, resourceClass, priority, sequence: sequence++, state: 'waiting', attemptsMade: 0 };
        jobs.set(jobId, entry);
        makeWaiting(entry);
      }
      pump(resourceClass);
    },

    process(jobHandler, options) {
      if (handler) throw new Error('process() was already called on this queue');
      handler = jobHandler;
      processOptions = options;
      for (const name of resourceClasses) {
        lanes[name].concurrency = Math.max(0, Math.floor(options.concurrency[name] ?? 0));
        pump(name);
      }
    },

    async cancel(runId, reason) {
      let removed = 0;
      for (const entry of [...jobs.values()]) {
        if (entry.job.runId !== runId) continue;
        const lane = lanes[entry.resourceClass];
        if (entry.state === 'active') {
          entry.running?.controller.abort(new JobCancelledError(runId, reason));
          continue;
        }
        if (entry.state === 'waiting') lane.waitingCount -= 1;
        if (entry.state === 'delayed') lane.delayedCount -= 1;
        clearTimeout(entry.retryTimer);
        entry.state = 'removed';
        jobs.delete(entry.jobId);
        removed += 1;
      }
      return { removed };
    },

    async counts() {
      return Object.fromEntries(resourceClasses.map((name) => [name, countsOf(lanes[name])])) as Record<ResourceClass, JobCounts>;
    },

    async pause(resourceClass) {
      setPaused(true, resourceClass);
    },

    async resume(resourceClass) {
      setPaused(false, resourceClass);
    },

    close(closeOptions = {}) {
      closed ??= shutDown(closeOptions.deadlineMs ?? 25_000);
      return closed;
    },
  };
};
