import type { MiddlewareHandler } from 'hono';
import { cors as honoCors } from 'hono/cors';

export interface CorsOptions {
  /** Exact origins (`https://tools.example`) whose pages may call the API. Empty: CORS closed. */
  origins?: readonly string[];
}

/**
 * CORS is closed unless origins are configured; then only those origins, and without
 * credentials: another site's page may call the API with an API key, never with the
 * user's cookie (that would undo the CSRF defence).
 */
export function cors({ origins = [] }: CorsOptions = {}): MiddlewareHandler {
  const allowed = new Set(origins);
  if (allowed.size === 0) {
    return async function corsClosed(_c, next) {
      await next();
    };
  }
  return honoCors({
    origin: (origin) => (allowed.has(origin) ? origin : null),
    credentials: false,
    allowMethods: ['GET', 'POST', 'PUT', 'PATCH', 'DELETE'],
    allowHeaders: ['Authorization', 'Content-Type', 'If-Match', 'If-None-Match', 'Idempotency-Key', 'X-Request-Id'],
    exposeHeaders: ['ETag', 'Location', 'Retry-After', 'RateLimit-Limit', 'RateLimit-Remaining', 'RateLimit-Reset', 'RateLimit-Policy', 'X-Request-Id'],
    maxAge: 600,
  });
}
