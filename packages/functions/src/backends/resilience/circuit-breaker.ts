/*
 * A circuit breaker per back end. Closed: calls pass and failures are counted. Open (after
 * N consecutive failures, or a failure rate over a sliding window): calls fail at once with
 * BackendUnavailableError, without touching the server. After `openMs`, half-open: one
 * probe goes through; success closes the breaker, failure opens it again.
 * Only back-end failures count (`isBackendFailure`); config errors and aborts are neutral.
 */
import { BackendUnavailableError, isBackendFailure } from '../errors.js';
import type { GenerationBackend } from '../types.js';

export type CircuitState = 'closed' | 'open' | 'half-open';

export interface CircuitBreakerOptions {
  /** Consecutive failures that open the breaker (default 5). */
  failureThreshold?: number;
  /** Opens when at least `minimumCalls` of the last `windowSize` calls ran and this share failed (0–1; off by default). */
  failureRate?: { threshold: number; minimumCalls?: number; windowSize?: number };
  /** How long the breaker stays open before a probe (default 30 s). */
  openMs?: number;
  /** Clock, injectable for tests (default `Date.now`). */
  now?: () => number;
  /** Which errors count as failures (default `isBackendFailure`). */
  isFailure?: (error: unknown) => boolean;
  onStateChange?: (state: CircuitState, name: string) => void;
}

export interface CircuitBreaker {
  readonly name: string;
  getState(): CircuitState;
  /** Runs `call` through the breaker, or throws `BackendUnavailableError` while open. */
  run<T>(call: () => Promise<T>): Promise<T>;
}

/**
 * A breaker for one back end. Keep it for the life of the process (see
 * `createCircuitBreakers`): its state is what makes later calls fail fast.
 *
 * @example
 * const breaker = createCircuitBreaker('comfyui@gpu-1', { failureThreshold: 3, openMs: 10_000 });
 * await breaker.run(() => fetchSomething());
 */
export function createCircuitBreaker(name: string, options: CircuitBreakerOptions = {}): CircuitBreaker {
  const { failureThreshold = 5, openMs = 30_000, now = Date.now, isFailure = isBackendFailure } = options;
  const rate = options.failureRate && { minimumCalls: 10, windowSize: 20, ...options.failureRate };
  let state: CircuitState = 'closed';
  let consecutive = 0;
  let outcomes: boolean[] = [];
  let openedAt = 0;
  let probing = false;

  const moveTo = (next: CircuitState) => {
    if (next === state) return;
    state = next;
    if (next === 'open') openedAt = now();
    if (next === 'closed') {
      consecutive = 0;
      outcomes = [];
    }
    options.onStateChange?.(next, name);
  };

  const record = (failed: boolean) => {
    consecutive = failed ? consecutive + 1 : 0;
    if (rate) outcomes = [...outcomes, failed].slice(-rate.windowSize);
    const failures = outcomes.filter(Boolean).length;
    const rateTripped = rate !== undefined && outcomes.length >= rate.minimumCalls && failures / outcomes.length >= rate.threshold;
    if (failed && (consecutive >= failureThreshold || rateTripped)) moveTo('open');
  };

  return {
    name,
    getState() {
      if (state === 'open' && now() - openedAt >= openMs) return 'half-open';
      return state;
    },
    async run(call) {
      if (state === 'open') {
        const waited = now() - openedAt;
        if (waited < openMs) throw new BackendUnavailableError(name, openMs - waited);
        moveTo('half-open');
      }
      const isProbe = state === 'half-open';
      if (isProbe) {
        if (probing) throw new BackendUnavailableError(name, openMs);
        probing = true;
      }
      try {
        const result = await call();
        if (isProbe) moveTo('closed');
        else record(false);
        return result;
      } catch (error) {
        if (isFailure(error)) {
          if (isProbe) moveTo('open');
          else record(true);
        }
        throw error;
      } finally {
        if (isProbe) probing = false;
      }
    },
  };
}

/** Routes every call of a back end through a breaker (one breaker per back end, kept by the caller). */
export function withCircuitBreaker(backend: GenerationBackend, breaker: CircuitBreaker): GenerationBackend {
  return {
    describe: () => backend.describe(),
    generate: (request, options) => breaker.run(() => backend.generate(request, options)),
  };
}

/**
 * One breaker per back-end key, created on first use: keep one registry per process so
 * every run sees the same state of a back end.
 */
export function createCircuitBreakers(options: CircuitBreakerOptions = {}) {
  const breakers = new Map<string, CircuitBreaker>();
  return {
    get(key: string): CircuitBreaker {
      let breaker = breakers.get(key);
      if (!breaker) breakers.set(key, (breaker = createCircuitBreaker(key, options)));
      return breaker;
    },
  };
}
export type CircuitBreakers = ReturnType<typeof createCircuitBreakers>;
