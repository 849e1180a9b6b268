import type { GenerationBackend } from '../types.js';
import { withCircuitBreaker, type CircuitBreaker } from './circuit-breaker.js';
import { withRetry, type RetryOptions } from './retry.js';
import { withTimeout } from './timeout.js';

export interface ResilienceOptions {
  /** Budget per attempt. */
  timeoutMs: number;
  retry?: RetryOptions;
  /** The back end's breaker, shared by every call to it. */
  breaker?: CircuitBreaker;
}

/**
 * retry( breaker( timeout( backend ))): each attempt gets its own time budget and is
 * counted by the breaker, so once the breaker opens the remaining retries fail fast
 * instead of waiting on a dead server.
 */
export function withResilience(backend: GenerationBackend, options: ResilienceOptions): GenerationBackend {
  const bounded = withTimeout(backend, options.timeoutMs);
  const guarded = options.breaker ? withCircuitBreaker(bounded, options.breaker) : bounded;
  return withRetry(guarded, options.retry);
}
