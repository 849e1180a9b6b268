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
 * The policy of a JSON answer: it is never rendered, so of the document policy only the
 * framing rule means anything (OWASP REST Security Cheat Sheet, "Security headers").
 */
export const API_CSP = "frame-ancestors 'none'";

/** `application/json`, `application/problem+json`, … : data a browser never renders as a page. */
const isJson = (contentType: string) => /^application\/(?:[\w.-]+\+)?json\s*(?:;|$)/i.test(contentType);

/**
 * Security headers on every response. A route that needs another CSP (the Swagger page)
 * sets its own; it is kept.
 *
 * JSON answers get the minimal set OWASP's REST Security Cheat Sheet names for APIs (CSP
 * `frame-ancestors 'none'`, nosniff, `X-Frame-Options: DENY`, HSTS over https; each route
 * sets its own Cache-Control): the document headers (the script policy, COOP, CORP,
 * Referrer-Policy, Permissions-Policy) govern how a page behaves, and JSON is never a page.
 * Everything else — the web app's HTML, scripts, styles, images, artifacts, event streams —
 * keeps the full set (docs/security.md, "Headers and limits").
 */
export function securityHeaders(options: SecurityHeadersOptions): MiddlewareHandler {
  return stageMiddleware(securityHeadersStage(options));
}

/** {@link securityHeaders} as a stage of the edge middleware. */
export const securityHeadersStage = ({ isHttps, contentSecurityPolicy = DEFAULT_CSP, hstsMaxAgeSeconds = 31_536_000 }: SecurityHeadersOptions): Stage<void> => ({
  after(c) {
    const headers = c.res.headers;
    const contentType = headers.get('Content-Type');
    const json = contentType !== null && isJson(contentType);
    if (!headers.has('Content-Security-Policy')) headers.set('Content-Security-Policy', json ? API_CSP : contentSecurityPolicy);
    headers.set('X-Content-Type-Options', 'nosniff');
    headers.set('X-Frame-Options', 'DENY');
    // Only over https: sent over http, HSTS would be ignored at best.
    if (isHttps(c)) headers.set('Strict-Transport-Security', `max-age=${hstsMaxAgeSeconds}; includeSubDomains`);
    if (json) return;
    // Graph ids live in paths: never send them to another site.
    headers.set('Referrer-Policy', 'same-origin');
    headers.set('Cross-Origin-Opener-Policy', 'same-origin');
    headers.set('Cross-Origin-Resource-Policy', 'same-origin');
    headers.set('Permissions-Policy', 'camera=(), microphone=(), geolocation=(), payment=()');
  },
});
