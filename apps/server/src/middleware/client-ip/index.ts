import { getConnInfo } from '@hono/node-server/conninfo';
import type { Context, MiddlewareHandler } from 'hono';

export interface ClientIpOptions {
  /**
   * Behind a reverse proxy, the socket's peer is the proxy: trust `X-Forwarded-For` and
   * take its last entry (the one our proxy appended; earlier ones are the client's word).
   * Off by default, because without a proxy any client could pick its own address.
   */
  trustProxy?: boolean;
}

/** Sets `c.var.clientIp`, the address per-IP rate limits count against. */
export function clientIp({ trustProxy = false }: ClientIpOptions = {}): MiddlewareHandler {
  return async function clientIpMiddleware(c, next) {
    c.set('clientIp', resolveClientIp(c, trustProxy));
    await next();
  };
}

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
