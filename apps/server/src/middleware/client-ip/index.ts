import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';
import { stageMiddleware, type Stage } from '../edge/index.js';

export interface ClientIpOptions {
  /**
   * Behind a reverse proxy, the socket's peer is the proxy: trust `X-Forwarded-For` and
   * take its last entry (the one our proxy appended; earlier ones are the client's word).
   * Off by default, because without a proxy any client could pick its own address.
   */
  trustProxy?: boolean;
}

/** Sets `c.var.clientIp`, the address per-IP rate limits count against. */
export function clientIp(options: ClientIpOptions = {}): MiddlewareHandler {
  return stageMiddleware(clientIpStage(options));
}

/** {@link clientIp} as a stage of the edge middleware. */
export const clientIpStage = ({ trustProxy = false }: ClientIpOptions = {}): Stage<void> => ({
  before: (c) => c.set('clientIp', resolveClientIp(c, trustProxy)),
});

export function resolveClientIp(c: Context, trustProxy: boolean): string {
  if (trustProxy) {
    const forwarded = c.req.header('X-Forwarded-For')?.split(',').at(-1)?.trim();
    if (forwarded) return forwarded;
  }
  try {
    return getConnInfo(c).remote.address ?? 'unknown';
  } catch {
    // No socket: `app.request` in tests, or a runtime other than Node.
    return 'unknown';
  }
}
