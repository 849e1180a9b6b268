import { Queue, Worker, type Job, type JobsOptions } from 'bullmq';
import type { Redis } from 'ioredis';
import { JobCancelledError, QueueClosingError, toError } from '../errors.js';
import type { CloseReport, EnqueueInFlight, EnqueueOptions, JobCounts, JobHandler, JobQueue, ProcessOptions } from '../job-queue.js';
import { jobIdOf, jobPriority, nodeJobSchema, parseEnqueue, resourceClasses, type NodeJob, type ResourceClass } from '../node-job.js';
import { defaultRetentionPolicy, defaultRetryPolicy, type QueuePolicyOptions } from '../policy.js';
import { broadcastCancel, createRecentCancels, listenForCancels } from './cancel-channel.js';
import { closeRedis, connectRedis, untilReady, type RedisTarget } from '../../redis/connections.js';
import { createProcessor, type RunningJob } from './processor.js';
import { runWithEagerMainLoop } from './eager-main-loop.js';
import { addAndFetch, freeSlotsFor, sendAddAndFetch } from './add-and-fetch.js';
import { connectWorkerRedis } from './worker-connection.js';

/** Options of {@link createBullMqQueue}. */
export interface BullMqQueueOptions extends QueuePolicyOptions, RedisTarget {
  /** Redis key prefix (BullMQ `prefix`); one per deployment, or per test file. Default `pc`. */
  prefix?: string;
  /** Queue names are `${queueNamePrefix}-${resourceClass}`. Default `fn`. */
  queueNamePrefix?: string;
  /**
   * How long a job's lock lasts without renewal (renewed every half of it). A crashed
   * worker's jobs are redelivered after about this long. Default 30 s.
   */
  lockDurationMs?: number;
  /** How often this process looks for stalled jobs (locks expired). Default 30 s. */
  stalledIntervalMs?: number;
  /** Stalls a job survives before it fails. Default 1. */
  maxStalledCount?: number;
}

/** The BullMQ job queue, plus what only it has. */
export interface BullMqJobQueue extends JobQueue {
  /** The BullMQ queues by class, for /admin/queues (bull-board) and metrics. */
  readonly queues: Readonly<Record<ResourceClass, Queue>>;
  /**
   * For tests: stop like a killed process. Workers force-close without handing their
   * jobs back, so the jobs stay active until their locks expire and another process's
   * stalled checker redelivers them.
   */
  simulateCrash(): Promise<void>;
}

const sleep = (ms: number) => new Promise<'timeout'>((resolve) => setTimeout(() => resolve('timeout'), ms));
/** How long jobs aborted at the deadline get to move themselves back to waiting. */
const HAND_BACK_GRACE_MS = 2_000;

const keyPart = /^[A-Za-z0-9_-]+$/;

/**
 * Our priority as BullMQ's: the most urgent (1, `jobPriority.interactive`) goes without
 * one. BullMQ starts un-prioritised jobs before every prioritised one, so the order is
 * the same, and such a job is cheaper: a list push and pop instead of the priority
 * counter, the sorted set and a failed pop of the plain list on every fetch.
 */
const bullPriority = (priority: number): { priority?: number } => (priority <= jobPriority.interactive ? {} : { priority });

/**
 * The scaled mode's job queue: one BullMQ Queue and Worker per resource class on Redis.
 *
 * - Jobs are `{runId, nodeId, attempt}` with job id `${runId}_${nodeId}_${attempt}`,
 *   retried with exponential backoff and jitter, kept after they finish only within
 *   the retention bounds (Redis is transport, Postgres the truth).
 * - Cancel publishes on `${prefix}:${queueNamePrefix}:cancel`: every worker process
 *   aborts the handler signals of its jobs of the run (`worker.cancelJob` alone would be
 *   local). The caller names the run's jobs that may wait (the engine reads them from
 *   Postgres), so enqueueing keeps no per-run index in Redis.
 * - `close` pauses the workers, waits for running jobs up to the deadline, then aborts
 *   and moves the rest back to waiting; if even that hangs, workers force-close and the
 *   stalled checker redelivers. (`worker.close()` alone waits forever.)
 *
 * @example
 * const queue = createBullMqQueue({ redisUrl: process.env.REDIS_URL, prefix: 'pc' });
 * queue.process(runNode, { concurrency: { io: 32 } });
 * @remarks One producer, one worker and (when processing) one subscriber connection
 * per instance, plus BullMQ's blocking connection per worker.
 */
export const createBullMqQueue = (options: BullMqQueueOptions = {}): BullMqJobQueue => {
  const prefix = options.prefix ?? 'pc';
  const namePrefix = options.queueNamePrefix ?? 'fn';
  if (!keyPart.test(prefix) || !keyPart.test(namePrefix)) throw new Error('prefix and queueNamePrefix use letters, digits, "_" and "-" only');
  const retry = options.retry ?? defaultRetryPolicy;
  const retention = options.retention ?? defaultRetentionPolicy;
  const reportError = options.onError ?? ((error: Error) => console.error('[engine] BullMQ queue:', error));
  const cancelChannel = `${prefix}:${namePrefix}:cancel`;

  const producer = connectRedis(options, 'producer');
  producer.on('error', (error) => reportError(error));
  const producerReady = untilReady(producer);
  producerReady.catch(() => {});

  const queues = Object.fromEntries(
    resourceClasses.map((resourceClass) => {
      const queue = new Queue(`${namePrefix}-${resourceClass}`, { connection: producer, prefix });
      queue.on('error', (error) => reportError(error));
      return [resourceClass, queue];
    }),
  ) as Record<ResourceClass, Queue>;

  const jobOptions: JobsOptions = {
    attempts: retry.attempts,
    backoff: { type: 'exponential', delay: retry.backoff.delayMs, jitter: retry.backoff.jitter },
    removeOnComplete: { age: Math.ceil(retention.completed.ageMs / 1_000), count: retention.completed.count },
    removeOnFail: { age: Math.ceil(retention.failed.ageMs / 1_000), count: retention.failed.count },
  };

  const entriesOf = (jobs: readonly NodeJob[], priority: number) =>
    jobs.map((job) => ({ name: 'node', data: job, opts: { ...jobOptions, jobId: jobIdOf(job), ...bullPriority(priority) } }));

  const workers = new Map<ResourceClass, Worker>();
  const running = new Map<string, RunningJob>();
  const failures = new Map<string, Error>();
  const recentCancels = createRecentCancels();
  const pendingCallbacks = new Set<Promise<void>>();
  /** Adds sent ahead whose replies have not come: shutdown waits for them before closing the connections. */
  const addsInFlight = new Set<Promise<void>>();
  let workerConnection: Redis | undefined;
  let subscriber: Redis | undefined;
  let subscribed: Promise<void> | undefined;
  let closed: Promise<CloseReport> | undefined;
  let pastCloseDeadline = false;
  /**
   * Set once shutdown is about to close the connections. Not at close(): a job that finishes
   * while the queue drains must still add its dependants (the paused workers here take none of
   * them; another process does), or they would wait for the sweeper.
   */
  let refusingAdds = false;

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

  const abortRun = (runId: string, reason: string) => {
    recentCancels.add(runId, reason);
    for (const job of running.values()) {
      if (job.job.runId === runId) job.abort('cancelled', new JobCancelledError(runId, reason));
    }
  };

  const startWorker = (resourceClass: ResourceClass, concurrency: number, handler: JobHandler, callbacks: ProcessOptions) => {
    const processor = createProcessor({
      resourceClass,
      handler,
      running,
      failures,
      cancelReasonFor: (runId) => recentCancels.reasonFor(runId),
      isPastCloseDeadline: () => pastCloseDeadline,
      reportError,
    });
    const worker = new Worker(`${namePrefix}-${resourceClass}`, processor, {
      connection: workerConnection as Redis,
      prefix,
      concurrency,
      lockDuration: options.lockDurationMs ?? 30_000,
      stalledInterval: options.stalledIntervalMs ?? 30_000,
      maxStalledCount: options.maxStalledCount ?? 1,
      // Started below, once its main loop is the eager one.
      autorun: false,
    });
    worker.on('error', (error) => reportError(error));
    worker.on('lockRenewalFailed', (jobIds) => {
      for (const jobId of jobIds) running.get(jobId)?.abort('lock-lost', new Error(`Lost the lock of job ${jobId}; it will be redelivered`));
    });
    worker.on('completed', (job: Job) => {
      const { onCompleted } = callbacks;
      if (!onCompleted) return;
      const nodeJob = nodeJobSchema.safeParse(job.data);
      if (nodeJob.success) notify(() => onCompleted(nodeJob.data, { resourceClass, attemptsMade: job.attemptsMade }));
    });
    worker.on('failed', (job: Job | undefined, error: Error) => {
      if (!job?.id) return;
      const original = failures.get(job.id) ?? error;
      failures.delete(job.id);
      const { onFailed } = callbacks;
      const nodeJob = nodeJobSchema.safeParse(job.data);
      // BullMQ sets finishedOn only when the job failed for good (no retry scheduled).
      const failure = { resourceClass, attemptsMade: job.attemptsMade, final: job.finishedOn !== undefined };
      if (onFailed && nodeJob.success) notify(() => onFailed(nodeJob.data, original, failure));
    });
    workers.set(resourceClass, worker);
    if (!runWithEagerMainLoop(worker, reportError)) reportError(new Error('BullMQ Worker internals changed: running its stock main loop'));
  };

  /**
   * The add on the workers' connection: it reaches Redis before anything they send after
   * it, a finishing job's `moveToFinished` above all, whose fetch then finds the jobs.
   * Without workers in this process there is nothing to order it before: a plain enqueue.
   */
  const sendAhead = (newJobs: Parameters<JobQueue['enqueue']>[0], enqueueOptions: EnqueueOptions): EnqueueInFlight => {
    const { jobs, resourceClass, priority } = parseEnqueue(newJobs, enqueueOptions);
    if (refusingAdds) throw new Error('The job queue is closed');
    if (!workerConnection || jobs.length === 0) {
      const added = api.enqueue(newJobs, enqueueOptions);
      return { sent: added, added };
    }
    const entries = entriesOf(jobs, priority);
    const worker = workers.get(resourceClass);
    const flight = sendAddAndFetch(queues[resourceClass], worker, entries, freeSlotsFor(worker, jobs.length), workerConnection);
    addsInFlight.add(flight.added);
    void flight.added.catch(() => {}).finally(() => addsInFlight.delete(flight.added));
    return flight;
  };

  const countsOf = async (queue: Queue): Promise<JobCounts> => {
    // BullMQ v6 keeps paused jobs in `wait` (the `paused` list is gone).
    const counts = await queue.getJobCounts('wait', 'prioritized', 'active', 'delayed', 'failed');
    return {
      waiting: (counts['wait'] ?? 0) + (counts['prioritized'] ?? 0),
      active: counts['active'] ?? 0,
      delayed: counts['delayed'] ?? 0,
      failed: counts['failed'] ?? 0,
    };
  };

  // Polls rather than awaiting a snapshot: a job BullMQ fetched just before the pause
  // reaches the processor (and `running`) a moment later and must be waited for too.
  const waitUntilIdle = async (ms: number): Promise<'idle' | 'timeout'> => {
    const deadline = Date.now() + ms;
    while (running.size > 0) {
      if (Date.now() >= deadline) return 'timeout';
      await Promise.race([Promise.all([...running.values()].map((job) => job.done)), sleep(Math.min(20, deadline - Date.now()))]);
    }
    return 'idle';
  };

  const closeConnections = async () => {
    await Promise.allSettled(resourceClasses.map((name) => queues[name].close()));
    await Promise.allSettled([producer, workerConnection, subscriber].flatMap((client) => (client ? [closeRedis(client)] : [])));
  };

  const shutDown = async (deadlineMs: number): Promise<CloseReport> => {
    // 1. Stop fetching (a local pause; other processes keep working).
    await Promise.all([...workers.values()].map((worker) => worker.pause(true)));
    // 2. Let running jobs finish within the deadline.
    const handedBack: NodeJob[] = [];
    const idle = await waitUntilIdle(deadlineMs);
    // From now on a job still in transit from before the pause is handed straight back.
    pastCloseDeadline = true;
    if (idle === 'timeout') {
      // 3. Abort the rest; their processors move them back to waiting.
      for (const job of running.values()) {
        handedBack.push(job.job);
        job.abort('closing', new QueueClosingError());
      }
    }
    const stuck = (await waitUntilIdle(HAND_BACK_GRACE_MS)) === 'timeout';
    // 4. Close; forced only when a processor could not even hand its job back (Redis down).
    await Promise.allSettled([...workers.values()].map((worker) => worker.close(stuck)));
    await Promise.race([Promise.all(pendingCallbacks), sleep(Math.min(deadlineMs, 1_000))]);
    refusingAdds = true;
    // 5. Adds sent ahead are written already (QUIT would queue behind them); waiting for their
    //    replies reports a failure here instead of losing it. One still lost is the sweeper's.
    await Promise.race([Promise.allSettled(addsInFlight), sleep(HAND_BACK_GRACE_MS)]);
    await closeConnections();
    return { handedBack };
  };

  const api: BullMqJobQueue = {
    queues,

    async enqueue(newJobs, enqueueOptions) {
      const { jobs, resourceClass, priority } = parseEnqueue(newJobs, enqueueOptions);
      if (refusingAdds) throw new Error('The job queue is closed');
      if (jobs.length === 0) return;
      await producerReady;
      const queue = queues[resourceClass];
      const entries = entriesOf(jobs, priority);
      // One pipeline, one socket write for the batch. (With ioredis patched, a pipeline no longer
      // copies BullMQ's scripts, so `addBulk` costs no more CPU per job than one `add` each:
      // bench/engine/pipeline-cost.ts.) The jobs this process has free slots for leave with
      // their fetches in it, and start with its reply (add-and-fetch.ts).
      const worker = workers.get(resourceClass);
      const fetches = freeSlotsFor(worker, jobs.length);
      if (worker && fetches > 0) await addAndFetch(queue, worker, entries, fetches);
      else await queue.addBulk(entries);
    },

    enqueueAhead(newJobs, enqueueOptions) {
      try {
        return sendAhead(newJobs, enqueueOptions);
      } catch (error) {
        const failed = Promise.reject(toError(error));
        failed.catch(() => {});
        return { sent: failed, added: failed };
      }
    },

    process(handler, processOptions) {
      if (workerConnection) throw new Error('process() was already called on this queue');
      workerConnection = connectWorkerRedis(options);
      workerConnection.on('error', (error) => reportError(error));
      subscriber = connectRedis(options, 'subscriber');
      subscriber.on('error', (error) => reportError(error));
      subscribed = listenForCancels(subscriber, cancelChannel, ({ runId, reason }) => abortRun(runId, reason));
      subscribed.catch((error: unknown) => reportError(toError(error)));
      for (const resourceClass of resourceClasses) {
        const concurrency = Math.floor(processOptions.concurrency[resourceClass] ?? 0);
        if (concurrency > 0) startWorker(resourceClass, concurrency, handler, processOptions);
      }
    },

    async cancel(runId, reason, runJobs) {
      await producerReady;
      await subscribed?.catch(() => {});
      // 1. Remove what has not started. remove() refuses locked (running) jobs, and the
      //    state check keeps finished jobs retained for dedup.
      let removed = 0;
      for (const jobId of new Set(runJobs.map(jobIdOf))) {
        for (const queue of Object.values(queues)) {
          const state = await queue.getJobState(jobId);
          if (state === 'waiting' || state === 'prioritized' || state === 'delayed') removed += await queue.remove(jobId);
        }
      }
      // 2. Abort running jobs in every process; a job fetched between 1 and 2 is running
      //    by now and is aborted too, and workers refuse the run's jobs for a while.
      await broadcastCancel(producer, cancelChannel, { runId, reason });
      return { removed };
    },

    async counts() {
      const entries = await Promise.all(resourceClasses.map(async (name) => [name, await countsOf(queues[name])] as const));
      return Object.fromEntries(entries) as Record<ResourceClass, JobCounts>;
    },

    async pause(resourceClass) {
      await Promise.all((resourceClass ? [resourceClass] : resourceClasses).map((name) => queues[name].pause()));
    },

    async resume(resourceClass) {
      await Promise.all((resourceClass ? [resourceClass] : resourceClasses).map((name) => queues[name].resume()));
    },

    close(closeOptions = {}) {
      closed ??= shutDown(closeOptions.deadlineMs ?? 25_000);
      return closed;
    },

    async simulateCrash() {
      closed ??= (async () => {
        refusingAdds = true;
        for (const job of running.values()) job.abort('crashed', new Error('Simulated crash'));
        await Promise.allSettled([...workers.values()].map((worker) => worker.close(true)));
        await closeConnections();
        return { handedBack: [] };
      })();
      await closed;
    },
  };
  return api;
};
