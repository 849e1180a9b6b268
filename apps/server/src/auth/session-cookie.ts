import type { Context } from 'hono';
import { deleteCookie, getCookie, setCookie } from 'hono/cookie';

/**
 * The session cookie. Over https it is `__Host-pc_session`: the prefix makes browsers
 * insist on Secure, Path=/ and no Domain, so no sibling subdomain can plant or
 * overwrite it. Over plain http (local use) the prefix is not allowed, hence two names.
 */
export const sessionCookieName = (secure: boolean): string => (secure ? '__Host-pc_session' : 'pc_session');

export function readSessionCookie(c: Context, secure: boolean): string | undefined {
  const value = getCookie(c, sessionCookieName(secure));
  // Our tokens are 43 base64url characters; anything else is not worth a query.
  return value && /^[\w-]{43}$/.test(value) ? value : undefined;
}

export function writeSessionCookie(c: Context, token: string, { secure, maxAgeSeconds }: { secure: boolean; maxAgeSeconds: number }): void {
  // HttpOnly: scripts (and injected ones) never read it. Lax: sent on top-level
  // navigations from other sites (links work) but not on their POSTs or fetches.
  setCookie(c, sessionCookieName(secure), token, { httpOnly: true, sameSite: 'Lax', secure, path: '/', maxAge: maxAgeSeconds });
}

export function clearSessionCookie(c: Context, secure: boolean): void {
  deleteCookie(c, sessionCookieName(secure), { httpOnly: true, sameSite: 'Lax', secure, path: '/' });
}
