/**
 * How a job is retried after a retryable failure: up to `attempts` runs in total, the
 * n-th retry delayed by `delayMs · 2^(n-1)`, randomised by `jitter` (0 = exact, 0.5 = up
 * to half earlier) so retries of a failed back end do not arrive in lockstep.
 */
export interface RetryPolicy {
  attempts: number;
  backoff: { delayMs: number; jitter: number };
}

/** Three runs, 1 s then 2 s apart, ±50%: enough for a restarting back end, short for a person waiting. */
export const defaultRetryPolicy: RetryPolicy = { attempts: 3, backoff: { delayMs: 1_000, jitter: 0.5 } };

/**
 * The delay before the next run after `attemptsMade` failed runs; BullMQ's exponential
 * formula, so both queues behave alike.
 *
 * @example
 * backoffDelay(1, { delayMs: 1000, jitter: 0 }) // 1000
 * backoffDelay(3, { delayMs: 1000, jitter: 0 }) // 4000
 */
export const backoffDelay = (attemptsMade: number, backoff: RetryPolicy['backoff'], random: () => number = Math.random): number => {
  const full = 2 ** Math.max(0, attemptsMade - 1) * backoff.delayMs;
  if (backoff.jitter <= 0) return full;
  const jitter = Math.min(backoff.jitter, 1);
  return Math.floor(random() * full * jitter + full * (1 - jitter));
};

/** How long finished jobs are kept (BullMQ `removeOnComplete/removeOnFail: {age, count}`). */
export interface RetentionBounds {
  count: number;
  ageMs: number;
}

/** Finished jobs kept per class; their ids stay taken (dedup) while kept. */
export interface RetentionPolicy {
  completed: RetentionBounds;
  failed: RetentionBounds;
}

/** An hour or 1,000 completed jobs; a week of failures for diagnosis. Redis holds ids only, ~1 KB a job. */
export const defaultRetentionPolicy: RetentionPolicy = {
  completed: { count: 1_000, ageMs: 3_600_000 },
  failed: { count: 5_000, ageMs: 7 * 24 * 3_600_000 },
};

/** Options both queue implementations take. */
export interface QueuePolicyOptions {
  retry?: RetryPolicy;
  retention?: RetentionPolicy;
  /** Errors outside any job: a throwing outcome callback, a Redis connection error. Default: `console.error`. */
  onError?: (error: Error) => void;
}
