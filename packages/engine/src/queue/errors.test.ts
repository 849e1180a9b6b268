import { describe, expect, it } from 'vitest';
import { isRetryable, JobCancelledError, NonRetryableError, toError } from './errors.js';
import { backoffDelay } from './policy.js';

describe('failure classification', () => {
  it('retries plain errors and refuses to retry errors that say otherwise', () => {
    expect(isRetryable(new Error('ECONNRESET'))).toBe(true);
    expect(isRetryable(new NonRetryableError('Prompt refused'))).toBe(false);
    expect(isRetryable(new JobCancelledError('run-1', 'user'))).toBe(false);
    expect(isRetryable(Object.assign(new Error('HTTP 400'), { retryable: false }))).toBe(false);
    expect(isRetryable('a thrown string')).toBe(true);
  });

  it('turns anything thrown into an Error', () => {
    expect(toError('boom').message).toBe('boom');
    expect(toError({ code: 42 }).message).toBe('{"code":42}');
  });
});

describe('backoffDelay', () => {
  it('doubles the delay after every failed run', () => {
    const backoff = { delayMs: 1_000, jitter: 0 };
    expect([1, 2, 3].map((attemptsMade) => backoffDelay(attemptsMade, backoff))).toEqual([1_000, 2_000, 4_000]);
  });

  it('spreads retries over the jitter band, never later than the full delay', () => {
    const backoff = { delayMs: 1_000, jitter: 0.5 };
    expect(backoffDelay(2, backoff, () => 0)).toBe(1_000);
    expect(backoffDelay(2, backoff, () => 0.999)).toBeLessThanOrEqual(2_000);
  });
});
