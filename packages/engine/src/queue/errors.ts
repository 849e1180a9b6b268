/**
 * Thrown by a job handler for a failure that another attempt cannot fix (invalid
 * input, a refused prompt, a 4xx from a back end): the job fails at once, without the
 * remaining retries.
 */
export class NonRetryableError extends Error {
  readonly retryable = false;

  constructor(message: string, options?: ErrorOptions) {
    super(message, options);
    this.name = 'NonRetryableError';
  }
}

/**
 * The abort reason of a job whose run was cancelled, and the error `onFailed` reports
 * for it (always final). A handler that sees `signal.aborted` should stop and rethrow
 * `signal.reason`.
 */
export class JobCancelledError extends Error {
  readonly retryable = false;
  readonly runId: string;

  constructor(runId: string, reason: string) {
    super(`Run ${runId} was cancelled: ${reason}`);
    this.name = 'JobCancelledError';
    this.runId = runId;
  }
}

/**
 * The abort reason of a job still running when its queue closed past the deadline. The
 * job is handed back (BullMQ: moved back to waiting; in-process: reported by `close`),
 * never reported as failed.
 */
export class QueueClosingError extends Error {
  constructor() {
    super('The job queue is shutting down; the job is handed back');
    this.name = 'QueueClosingError';
  }
}

/**
 * Whether another attempt could succeed. Errors are retryable unless they say otherwise:
 * a {@link NonRetryableError}, a {@link JobCancelledError}, or any error carrying
 * `retryable: false` (so functions can classify errors without importing this package).
 *
 * @example
 * isRetryable(new Error('ECONNRESET')) // true
 * isRetryable(new NonRetryableError('Prompt refused')) // false
 */
export const isRetryable = (error: unknown): boolean => {
  if (error instanceof NonRetryableError || error instanceof JobCancelledError) return false;
  if (typeof error === 'object' && error !== null && 'retryable' in error) return error.retryable !== false;
  return true;
};

/** Anything thrown, as an Error (a thrown string keeps its text). */
export const toError = (thrown: unknown): Error =>
  thrown instanceof Error ? thrown : new Error(typeof thrown === 'string' ? thrown : JSON.stringify(thrown) ?? String(thrown));
