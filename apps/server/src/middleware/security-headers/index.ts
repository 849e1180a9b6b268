import type { MiddlewareHandler } from 'hono';
import { stageMiddleware, type Stage } from '../edge/index.js';

export interface SecurityHeadersOptions {
  /** Whether this request arrived over https (decides HSTS). */
  isHttps: (c: Parameters<MiddlewareHandler>[0]) => boolean;
  /** The Content-Security-Policy for responses that do not set their own. */
  contentSecurityPolicy?: string;
  /** HSTS max-age in seconds; one year by default. */
  hstsMaxAgeSeconds?: number;
}

/**
 * The web app's policy: every script and style from our origin (Vite emits files, no
 * inline script). Inline style *attributes* stay allowed because React Flow positions
 * nodes with them; inline `<style>`/`<script>` elements do not.
 */
export const DEFAULT_CSP = [
  "default-src 'self'",
  "script-src 'self'",
  "style-src 'self'",
  "style-src-attr 'unsafe-inline'",
  "img-src 'self' data: blob:",
  "font-src 'self' data:",
  "connect-src 'self'",
  "object-src 'none'",
  "base-uri 'none'",
  "form-action 'self'",
  "frame-ancestors 'none'",
].join('; ');

/**
 * Security headers on every response. A route that needs another CSP (the Swagger page)
 * sets its own; it is kept.
 */
export function securityHeaders(options: SecurityHeadersOptions): MiddlewareHandler {
  return stageMiddleware(securityHeadersStage(options));
}

/** {@link securityHeaders} as a stage of the edge middleware. */
export const securityHeadersStage = ({ isHttps, contentSecurityPolicy = DEFAULT_CSP, hstsMaxAgeSeconds = 31_536_000 }: SecurityHeadersOptions): Stage<void> => ({
  after(c) {
    const headers = c.res.headers;
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    // Graph ids live in paths: never send them to another site.
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
    // Only over https: sent over http, HSTS would be ignored at best.
    if (isHttps(c)) headers.set('Strict-Transport-Security', `max-age=${hstsMaxAgeSeconds}; includeSubDomains`);
  },
});
