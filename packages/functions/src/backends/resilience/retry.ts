import { BackendRequestError, isRetryableError } from '../errors.js';
import { sleep } from '../sleep.js';
import type { GenerationBackend } from '../types.js';

/** Retry policy; every field has a default suited to a GPU back end. */
export interface RetryOptions {
  /** Retries after the first attempt (default 3). */
  retries?: number;
  /** First backoff (default 1000 ms); doubles per retry. */
  baseDelayMs?: number;
  /** Backoff cap (default 30 s). */
  maxDelayMs?: number;
  /** Share of each delay that is random, 0–1 (default 0.5): spreads retries of many workers. */
  jitter?: number;
  /** A `Retry-After` longer than this ends the retries instead of waiting (default 60 s). */
  maxRetryAfterMs?: number;
  /** For tests: a source of [0, 1). */
  random?: () => number;
  /** Told before each wait; for logs and metrics. */
  onRetry?: (event: { attempt: number; delayMs: number; error: unknown }) => void;
}

/**
 * The wait before retry `attempt` (1-based): exponential backoff with jitter, and never
 * shorter than the server's `Retry-After`.
 */
export function retryDelay(attempt: number, error: unknown, options: RetryOptions = {}): number {
  const { baseDelayMs = 1_000, maxDelayMs = 30_000, jitter = 0.5, random = Math.random } = options;
  const backoff = Math.min(maxDelayMs, baseDelayMs * 2 ** (attempt - 1));
  const jittered = backoff * (1 - jitter * random());
  const retryAfter = error instanceof BackendRequestError ? (error.retryAfterMs ?? 0) : 0;
  return Math.round(Math.max(jittered, retryAfter));
}

/**
 * Retries retryable failures only (network errors, 408, 429, 5xx; see `isRetryableError`):
 * never config or validation errors, timeouts, an open breaker or the caller's abort.
 * Progress stays monotonic across attempts.
 *
 * @example const patient = withRetry(backend, { retries: 2, baseDelayMs: 500 });
 * @remarks Each attempt reuses the request's idempotency key, so a back end that honours
 * it does not run the same job twice.
 */
export function withRetry(backend: GenerationBackend, options: RetryOptions = {}): GenerationBackend {
  const { retries = 3, maxRetryAfterMs = 60_000 } = options;
  return {
    describe: () => backend.describe(),
    async generate(request, { signal, onProgress }) {
      let highest = 0;
      const report = (fraction: number, message: string) => {
        highest = Math.max(highest, fraction);
        onProgress?.(highest, message);
      };
      for (let attempt = 1; ; attempt++) {
        try {
          return await backend.generate(request, { signal, onProgress: report });
        } catch (error) {
          if (signal.aborted || attempt > retries || !isRetryableError(error)) throw error;
          const retryAfter = error instanceof BackendRequestError ? error.retryAfterMs : undefined;
          if (retryAfter !== undefined && retryAfter > maxRetryAfterMs) throw error;
          const delayMs = retryDelay(attempt, error, options);
          options.onRetry?.({ attempt, delayMs, error });
          report(highest, `retrying in ${(delayMs / 1000).toFixed(1)} s (${attempt}/${retries}): ${(error as Error).message}`);
          await sleep(delayMs, signal);
        }
      }
    },
  };
}
