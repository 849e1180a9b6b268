import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';
import { stageMiddleware, type Stage } from '../edge/index.js';

export interface RequestIdOptions {
  /** Header read from the request and echoed on the response. */
  headerName?: string;
  /** Makes an id when the caller sent none (or an unusable one). */
  generate?: () => string;
}

/**
 * Gives every request an id (`c.var.requestId`), echoed in a response header and in
 * every problem document, so a user's report can be matched to the logs. A caller's id
 * is kept only when short and plain: it ends up in log lines.
 */
export function requestId(options: RequestIdOptions = {}): MiddlewareHandler {
  return stageMiddleware(requestIdStage(options));
}

/** {@link requestId} as a stage of the edge middleware. */
export function requestIdStage({ headerName = 'X-Request-Id', generate = randomUUID }: RequestIdOptions = {}): Stage<void> {
  return {
    before(c) {
      const offered = c.req.header(headerName);
      const id = offered && /^[A-Za-z0-9._:-]{1,128}$/.test(offered) ? offered : generate();
      c.set('requestId', id);
      c.header(headerName, id);
    },
  };
}
