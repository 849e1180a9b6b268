import type { MiddlewareHandler } from 'hono';
import type { Logger } from 'pino';
import type { Actor } from '../../auth/actor.js';
import type { AppEnv } from '../../env.js';
import { stageMiddleware, type Stage } from '../edge/index.js';

export interface RequestLoggerOptions {
  logger: Logger;
  /** Paths not worth a line each (probes). */
  quietPaths?: readonly string[];
}

/**
 * One JSON line per request: method, path, status, duration, request id, and the
 * caller's user id once authentication has run. Never the
 * query string, headers or bodies — they carry documents, cursors and, later, secrets.
 * Also puts a child logger bound to the request id on `c.var.log`, made only when asked
 * for: a pino child with redaction costs ~5 % of a cached GET's CPU, and errors are rare.
 */
export function requestLogger(options: RequestLoggerOptions): MiddlewareHandler<AppEnv> {
  return stageMiddleware(requestLoggerStage(options));
}

/** {@link requestLogger} as a stage of the edge middleware (its state: when the request started). */
export function requestLoggerStage({ logger, quietPaths = ['/healthz', '/readyz'] }: RequestLoggerOptions): Stage<number> {
  return {
    before(c) {
      const requestId = c.get('requestId') as string;
      let child: Logger | undefined;
      c.set('log', () => (child ??= logger.child({ requestId })));
      return performance.now();
    },
    after(c, started) {
      const status = c.res.status;
      if (quietPaths.includes(c.req.path) && status < 500) return;
      // Nothing to build when the level would drop the line (LOG_LEVEL=warn).
      if (status < 500 && !logger.isLevelEnabled('info')) return;
      const requestId = c.get('requestId') as string;
      const userId = (c.get('actor') as Actor | undefined)?.user.id;
      const line = { requestId, method: c.req.method, path: c.req.path, status, durationMs: Math.round((performance.now() - started) * 10) / 10, ...(userId ? { userId } : {}) };
      if (status >= 500) logger.error(line, 'request failed');
      else logger.info(line, 'request');
    },
  };
}
