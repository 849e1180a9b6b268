import { ApiProblem } from './problem.js';

/**
 * A fresh Idempotency-Key (32 hex digits). From getRandomValues, not randomUUID: the app may be
 * served over plain http on a studio's network, where randomUUID (secure contexts only) is missing.
 */
export const newIdempotencyKey = (): string =>
  Array.from(globalThis.crypto.getRandomValues(new Uint8Array(16)), (byte) => byte.toString(16).padStart(2, '0')).join('');

/**
 * Worth sending again with the same key: no answer (the request may or may not have arrived), a
 * gateway or overload answer, or the first request with the key still starting its run.
 */
export const isTransientProblem = (error: unknown): boolean =>
  error instanceof ApiProblem &&
  (error.isNetworkError || error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504 || error.code === 'idempotency_request_in_progress');

export interface RetryOptions {
  /** Sends after the first; a bound, so a server that is down is reported, not waited on forever. */
  readonly retries: number;
  /** The first wait; it doubles after each try (the server's Retry-After for a request in progress is 1 s). */
  readonly delayMs: number;
  readonly sleep?: (ms: number) => Promise<void>;
}

const wait = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms));

/** Calls `send` again after a transient failure; any other failure, or the last one, is thrown. */
export const retryTransient = async <T>(send: () => Promise<T>, { retries, delayMs, sleep = wait }: RetryOptions): Promise<T> => {
  for (let attempt = 0; ; attempt++) {
    try {
      return await send();
    } catch (error) {
      if (attempt >= retries || !isTransientProblem(error)) throw error;
      await sleep(delayMs * 2 ** attempt);
    }
  }
};
