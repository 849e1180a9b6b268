import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../../errors/api-error.js';

export interface CsrfOptions {
  /** The origin browsers use for this server (see `requestOrigin`). */
  ownOrigin: (c: Context) => string;
}

const SAFE_METHODS = new Set(['GET', 'HEAD', 'OPTIONS']);
const SAME_SITE_FETCHES = new Set(['same-origin', 'none']);

/**
 * Refuses state-changing requests a browser could send on behalf of another site. It
 * applies to every request that does not authenticate with a bearer key, so it covers
 * cookie-authenticated mutations and sign-in/sign-up (login CSRF) alike:
 *
 * 1. `Sec-Fetch-Site`, when sent, must be `same-origin` (or `none`: typed by the user);
 * 2. `Origin`, when sent, must be ours;
 * 3. a body must be declared JSON. Forms cannot send `application/json` (and always
 *    declare a type, even when empty), and a cross-site `fetch` that does needs a CORS
 *    preflight, which we do not grant. A request without a body may omit the type.
 *
 * Scripts without cookies send neither header and pass 1–2; browsers always send at
 * least one of them on a cross-site POST.
 */
export function csrf(options: CsrfOptions): MiddlewareHandler {
  return async function csrfMiddleware(c, next) {
    checkSameOrigin(c, options);
    return next();
  };
}

/** The check of {@link csrf}, for a middleware that does more: throws the 403, or returns. */
export function checkSameOrigin(c: Context, { ownOrigin }: CsrfOptions): void {
  if (SAFE_METHODS.has(c.req.method) || /^Bearer /i.test(c.req.header('Authorization') ?? '')) return;
  const fetchSite = c.req.header('Sec-Fetch-Site');
  if (fetchSite !== undefined && !SAME_SITE_FETCHES.has(fetchSite)) throw refused(`Sec-Fetch-Site is ${fetchSite}.`);
  const origin = c.req.header('Origin');
  if (origin !== undefined && origin !== ownOrigin(c)) throw refused(`Origin ${origin} is not this site.`);
  const contentType = c.req.header('Content-Type');
  if (contentType === undefined ? hasBody(c) : !isJson(contentType)) {
    throw refused('State-changing requests with a body must send Content-Type: application/json.');
  }
}

const hasBody = (c: Context) => c.req.header('Transfer-Encoding') !== undefined || Number(c.req.header('Content-Length') ?? 0) > 0;

const isJson = (contentType: string | undefined) => /^application\/(?:[\w.+-]+\+)?json\s*(?:;|$)/i.test(contentType ?? '');

const refused = (reason: string) =>
  new ApiError('csrf_rejected', { detail: `${reason} Browsers must call the API from this site; scripts should use an API key.` });
