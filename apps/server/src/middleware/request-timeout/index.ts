import type { MiddlewareHandler } from 'hono';
import { timeout } from 'hono/timeout';
import { ApiError } from '../../errors/api-error.js';

export interface RequestTimeoutOptions {
  /** How long a request may run before it is answered 504; default 30 s. */
  timeoutMs?: number;
}

/**
 * Answers a request that runs too long with a 504 problem, so a stuck query cannot hold
 * a client forever. (The work itself is not cancelled; Node's `requestTimeout` cuts slow
 * uploads at the socket, see main.ts.)
 */
export function requestTimeout({ timeoutMs = 30_000 }: RequestTimeoutOptions = {}): MiddlewareHandler {
  return timeout(timeoutMs, () => new ApiError('request_timeout', { detail: `The request took longer than ${timeoutMs} ms.` }) as never);
}
