import type { NodeJob, ResourceClass } from './node-job.js';

/** How a batch of node jobs is enqueued. */
export interface EnqueueOptions {
  /** The pool the node's function runs on. */
  resourceClass: ResourceClass;
  /** Lower runs sooner; defaults to `jobPriority.batch` so a forgotten priority never jumps the canvas queue. */
  priority?: number;
}

/** An add on its way: see {@link JobQueue.enqueueAhead}. */
export interface EnqueueInFlight {
  /** Settles once nothing this process's workers send the queue afterwards can reach it before the add. */
  sent: Promise<void>;
  /** Settles once the jobs are in the queue; a rejection means they may be lost (the engine's sweeper re-adds queued nodes). */
  added: Promise<void>;
}

/** Progress a handler reports: a fraction 0..1, or a small JSON object. */
export type JobProgress = number | Record<string, unknown>;

/** What a handler gets besides the job. */
export interface JobContext {
  /**
   * Aborted when the job's run is cancelled (`reason` is a `JobCancelledError`) or when
   * the queue closes past its deadline (`QueueClosingError`). Pass it to every fetch and
   * child process; a handler that ignores it is abandoned at shutdown.
   */
  signal: AbortSignal;
  /** Failed runs of this job before this one (0 on the first run). */
  attemptsMade: number;
  /** Records progress on the job (BullMQ: one Redis write). Live progress for people goes through the EventBus. */
  updateProgress(progress: JobProgress): Promise<void>;
}

/** Runs one node job; resolving completes it, throwing fails it (see `isRetryable`). */
export type JobHandler = (job: NodeJob, context: JobContext) => Promise<void>;

/** Facts about a finished run of a job, passed to the outcome callbacks. */
export interface JobOutcome {
  resourceClass: ResourceClass;
  /** Runs of the job so far, this one included. */
  attemptsMade: number;
}

/** Facts about a failed run of a job. */
export interface JobFailure extends JobOutcome {
  /** True when no retry follows: the last attempt, a non-retryable error, or a cancelled run. Reported once per job. */
  final: boolean;
}

/** How this process takes part in running jobs. */
export interface ProcessOptions {
  /**
   * Jobs of each class this process runs at once. Classes left out are not served by
   * this process (a CPU box can leave out `io`, and the reverse).
   */
  concurrency: Partial<Record<ResourceClass, number>>;
  /** After the queue recorded a completion. */
  onCompleted?: (job: NodeJob, outcome: JobOutcome) => void | Promise<void>;
  /**
   * After the queue recorded a failed run: `final` false means a retry is scheduled. A
   * cancelled run's job fails with a `JobCancelledError`. Jobs handed back at shutdown
   * and waiting jobs removed by `cancel` are not reported.
   */
  onFailed?: (job: NodeJob, error: Error, failure: JobFailure) => void | Promise<void>;
}

/** Jobs of one class by state. `waiting` includes prioritised and paused jobs; `delayed` are retries in backoff. */
export interface JobCounts {
  waiting: number;
  active: number;
  delayed: number;
  failed: number;
}

/** What `close` did with the jobs this process was running. */
export interface CloseReport {
  /** Jobs still running at the deadline: aborted and given back to the queue (BullMQ) or to the caller (in-process). */
  handedBack: NodeJob[];
}

/**
 * The job queue contract (n8n's `IJobQueue` pattern): the engine talks to this interface
 * only, so the embedded mode (in-process) and the scaled mode (BullMQ on Redis) run the
 * same orchestration code. `describeJobQueueContract` holds the specification both pass.
 *
 * Delivery is at-least-once: a job can run twice (a stalled worker, a crash between the
 * handler and the queue's bookkeeping). Handlers make every transition idempotent; the
 * database, not the queue, holds the truth.
 *
 * @example
 * const queue = createInProcessQueue();
 * queue.process(runNode, { concurrency: { cpu: 1, io: 16 }, onFailed: recordFailure });
 * await queue.enqueue([{ runId, nodeId: 'shot-12a', attempt: 1 }], { resourceClass: 'cpu', priority: jobPriority.interactive });
 */
export interface JobQueue {
  /**
   * Adds node jobs. Idempotent by job id while the job exists (waiting, delayed, running,
   * or retained after it finished): a duplicate is ignored, not an error.
   *
   * @throws {z.ZodError} for a malformed job; nothing of the batch is enqueued.
   */
  enqueue(jobs: readonly NodeJob[], options: EnqueueOptions): Promise<void>;
  /**
   * Adds node jobs ahead of whatever this process's workers send the queue next, without
   * waiting for the answer: a handler that awaits `sent` and returns has its job's
   * completion (and the next fetch it carries) reach the queue after the add, so that fetch
   * can take the jobs just added. Same validation and idempotency as `enqueue`. Optional:
   * BullMQ has it; the in-process queue adds synchronously and needs no such order.
   */
  enqueueAhead?(jobs: readonly NodeJob[], options: EnqueueOptions): EnqueueInFlight;
  /** Starts running jobs with `handler`. Call once per queue instance. */
  process(handler: JobHandler, options: ProcessOptions): void;
  /**
   * Cancels a run: removes its waiting and delayed jobs and aborts the signal of its
   * running jobs in every process. Returns how many jobs were removed before they ran.
   * `jobs` are the run's jobs that may still wait (the engine reads them from the
   * database: its queued nodes); BullMQ removes those, keeping no index of its own. The
   * in-process queue finds every job of the run itself.
   */
  cancel(runId: string, reason: string, jobs: readonly NodeJob[]): Promise<{ removed: number }>;
  /** Jobs by state for every resource class. */
  counts(): Promise<Record<ResourceClass, JobCounts>>;
  /** Stops starting jobs of the given class (all classes when omitted); running jobs go on. BullMQ: for every worker process. */
  pause(resourceClass?: ResourceClass): Promise<void>;
  /** Undoes `pause`. */
  resume(resourceClass?: ResourceClass): Promise<void>;
  /**
   * Graceful shutdown: stop taking jobs, wait up to `deadlineMs` for running jobs, then
   * abort the rest and hand them back. Idempotent.
   */
  close(options?: { deadlineMs?: number }): Promise<CloseReport>;
}
