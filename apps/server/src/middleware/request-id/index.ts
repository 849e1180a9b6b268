import { randomUUID } from 'node:crypto';
import type { MiddlewareHandler } from 'hono';

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
export function requestId({ headerName = 'X-Request-Id', generate = randomUUID }: RequestIdOptions = {}): MiddlewareHandler {
  return async function requestIdMiddleware(c, next) {
    const offered = c.req.header(headerName);
    const id = offered && /^[A-Za-z0-9._:-]{1,128}$/.test(offered) ? offered : generate();
    c.set('requestId', id);
    c.header(headerName, id);
    await next();
  };
}
