import { describe, expect, it } from 'vitest';
import {
  BackendConfigError, BackendRequestError, BackendTimeoutError, BackendUnavailableError, isBackendFailure, isRetryableError,
} from './errors.js';

describe('error taxonomy', () => {
  it.each([
    ['config error', new BackendConfigError('bad path'), false, false],
    ['network error', new BackendRequestError('refused', { status: null }), true, true],
    ['408', new BackendRequestError('x', { status: 408 }), true, true],
    ['429', new BackendRequestError('x', { status: 429 }), true, true],
    ['500', new BackendRequestError('x', { status: 500 }), true, true],
    ['400', new BackendRequestError('x', { status: 400 }), false, false],
    ['401', new BackendRequestError('x', { status: 401 }), false, false],
    ['workflow failure', new BackendRequestError('x', { status: 500, retryable: false }), false, false],
    ['open breaker', new BackendUnavailableError('b', 1_000), false, false],
    ['timeout', new BackendTimeoutError(100), false, true],
    ['abort', new DOMException('aborted', 'AbortError'), false, false],
    ['unknown error', new Error('bug'), false, false],
  ])('%s: retryable %s, counts against the breaker %s', (_label, error, retryable, failure) => {
    expect(isRetryableError(error)).toBe(retryable);
    expect(isBackendFailure(error)).toBe(failure);
  });
});
