/*
 * One small error taxonomy for every back end. Adapters throw only these (or the caller's
 * abort reason); the resilience wrappers decide on retries and the breaker from `kind`.
 */

/** Base class; `kind` is the discriminant every switch over back-end errors uses. */
export abstract class BackendError extends Error {
  abstract readonly kind: 'config' | 'request' | 'unavailable' | 'timeout';
}

/** The configuration cannot work: a bad binding path, a missing secret. Never retried. */
export class BackendConfigError extends BackendError {
  readonly kind = 'config';
  override name = 'BackendConfigError';
  /** Where in the config the problem is, such as `binding.positive`. */
  readonly path: string | undefined;
  constructor(message: string, options: { path?: string; cause?: unknown } = {}) {
    super(message, { cause: options.cause });
    this.path = options.path;
  }
}

/**
 * A request failed. `status` is null when no response arrived (connection refused, reset,
 * DNS). Retryable by default: network errors, 408, 429 and 5xx; a workflow that failed
 * while running on the server is reported as non-retryable.
 */
export class BackendRequestError extends BackendError {
  readonly kind = 'request';
  override name = 'BackendRequestError';
  readonly status: number | null;
  readonly retryable: boolean;
  /** From `Retry-After`, in milliseconds, when the server sent one. */
  readonly retryAfterMs: number | undefined;
  constructor(message: string, options: { status: number | null; retryable?: boolean; retryAfterMs?: number; cause?: unknown }) {
    super(message, { cause: options.cause });
    this.status = options.status;
    this.retryable = options.retryable ?? isRetryableStatus(options.status);
    this.retryAfterMs = options.retryAfterMs;
  }
}

/** The circuit breaker is open: the back end failed repeatedly and is not being called. */
export class BackendUnavailableError extends BackendError {
  readonly kind = 'unavailable';
  override name = 'BackendUnavailableError';
  constructor(
    readonly backend: string,
    /** When a probe will be let through again. */
    readonly retryAfterMs: number,
  ) {
    super(`${backend} is unavailable (circuit open); retry in ${Math.ceil(retryAfterMs / 1000)} s`);
  }
}

/** The call took longer than its time budget; the remote work was cancelled. */
export class BackendTimeoutError extends BackendError {
  readonly kind = 'timeout';
  override name = 'BackendTimeoutError';
  constructor(readonly timeoutMs: number) {
    super(`generation timed out after ${timeoutMs} ms`);
  }
}

/** Network errors (no status), 408, 429 and 5xx. */
export const isRetryableStatus = (status: number | null): boolean =>
  status === null || status === 408 || status === 429 || status >= 500;

const assertNever = (value: never): never => {
  throw new Error(`unhandled back-end error kind: ${String(value)}`);
};

/** Whether trying the same call again may succeed. Aborts and unknown errors: no. */
export function isRetryableError(error: unknown): boolean {
  if (!(error instanceof BackendError)) return false;
  const known = error as BackendConfigError | BackendRequestError | BackendUnavailableError | BackendTimeoutError;
  switch (known.kind) {
    case 'config':
      return false;
    case 'request':
      return known.retryable;
    case 'unavailable':
      // The breaker already decided; hammering it inside the same call helps nobody.
      return false;
    case 'timeout':
      // A generation that overran its budget would overrun it again, at full GPU cost.
      return false;
    default:
      return assertNever(known);
  }
}

/**
 * Whether an error says the back end is unhealthy, which is what the circuit breaker
 * counts: network errors, 408/429/5xx and timeouts. Config and validation errors, aborts
 * and the breaker's own rejections do not count.
 */
export function isBackendFailure(error: unknown): boolean {
  if (!(error instanceof BackendError)) return false;
  const known = error as BackendConfigError | BackendRequestError | BackendUnavailableError | BackendTimeoutError;
  switch (known.kind) {
    case 'config':
    case 'unavailable':
      return false;
    case 'request':
      return known.retryable;
    case 'timeout':
      return true;
    default:
      return assertNever(known);
  }
}
