import { UnrecoverableError, WaitingError, type Job, type Processor } from 'bullmq';
import { isRetryable, JobCancelledError, QueueClosingError, toError } from '../errors.js';
import type { JobHandler } from '../job-queue.js';
import { nodeJobSchema, type NodeJob, type ResourceClass } from '../node-job.js';

/** Why this process aborted a running job; each ends differently in Redis. */
export type AbortKind = 'cancelled' | 'closing' | 'lock-lost' | 'crashed';

/** A job this process is running. */
export interface RunningJob {
  job: NodeJob;
  resourceClass: ResourceClass;
  abort(kind: AbortKind, reason: Error): void;
  /** Settles when the processor returned (the handler finished or was abandoned). */
  done: Promise<void>;
}

export interface ProcessorContext {
  resourceClass: ResourceClass;
  handler: JobHandler;
  running: Map<string, RunningJob>;
  /** The original error of a failed run, by job id, for `onFailed` (BullMQ only keeps a message). */
  failures: Map<string, Error>;
  /** A cancel reason when the run was cancelled recently (the broadcast came before the job). */
  cancelReasonFor(runId: string): string | undefined;
  /** True once the close deadline passed: a job fetched that late is handed straight back. */
  isPastCloseDeadline(): boolean;
  reportError(error: Error): void;
}

const never = new Promise<never>(() => {});

/**
 * Wraps a {@link JobHandler} as a BullMQ processor. The handler's AbortSignal is this
 * process's own, aborted through `running` (a cancel, a shutdown, a lost lock), with the
 * reason telling the handler why. The processor takes two parameters: BullMQ then makes
 * no AbortController of its own per job (it does for processors with a third), and
 * `worker.cancelJob` is not used.
 *
 * Outcomes in Redis:
 * - resolved → completed;
 * - a retryable error → BullMQ retries with backoff; a non-retryable one or a cancelled
 *   run → `UnrecoverableError`, failed at once (the original error goes to `onFailed`);
 * - closing past the deadline → moved back to waiting (`WaitingError`), not failed;
 * - lock lost or crashed → left active: the stalled checker redelivers it.
 */
export const createProcessor = (context: ProcessorContext): Processor => {
  const { handler, running, failures } = context;
  return async (job: Job, token?: string) => {
    const parsed = nodeJobSchema.safeParse(job.data);
    if (!parsed.success || !job.id) throw new UnrecoverableError('Malformed node job data');
    const jobId = job.id;
    const nodeJob = parsed.data;
    const controller = new AbortController();
    let abortKind: AbortKind | undefined;
    let abandon!: () => void;
    const abandoned = new Promise<'abandoned'>((resolve) => {
      abandon = () => resolve('abandoned');
    });
    const abort = (kind: AbortKind, reason: Error) => {
      if (abortKind) return;
      abortKind = kind;
      controller.abort(reason);
      // A handler that ignores its signal must not hold a shutdown or a crash.
      if (kind !== 'cancelled') abandon();
    };
    let markDone!: () => void;
    const done = new Promise<void>((resolve) => {
      markDone = resolve;
    });
    running.set(jobId, { job: nodeJob, resourceClass: context.resourceClass, abort, done });
    const cancelReason = context.cancelReasonFor(nodeJob.runId);
    if (cancelReason !== undefined) abort('cancelled', new JobCancelledError(nodeJob.runId, cancelReason));
    if (context.isPastCloseDeadline()) abort('closing', new QueueClosingError());

    const endWithoutOutcome = async (): Promise<never> => {
      if (abortKind === 'crashed') return never;
      if (abortKind === 'closing' && token) {
        try {
          await job.moveToWait(token);
        } catch (error) {
          // The lock expires and the stalled checker redelivers it instead.
          context.reportError(toError(error));
        }
      }
      throw new WaitingError();
    };

    try {
      if (abortKind === 'cancelled') throw controller.signal.reason;
      const result = await Promise.race([
        handler(nodeJob, {
          signal: controller.signal,
          attemptsMade: job.attemptsMade,
          updateProgress: (progress) => job.updateProgress(progress),
        }).then(() => 'done' as const),
        abandoned,
      ]);
      if (result === 'abandoned') return await endWithoutOutcome();
    } catch (thrown) {
      if (thrown instanceof WaitingError) throw thrown;
      if (abortKind && abortKind !== 'cancelled') return await endWithoutOutcome();
      const error = abortKind === 'cancelled' ? toError(controller.signal.reason) : toError(thrown);
      failures.set(jobId, error);
      throw isRetryable(error) ? error : new UnrecoverableError(error.message);
    } finally {
      running.delete(jobId);
      markDone();
    }
  };
};
