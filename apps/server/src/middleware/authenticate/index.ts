import { findApiKeyByHash, findLiveSession, touchApiKey, touchSession, type Db } from '@pc/db';
import type { MiddlewareHandler } from 'hono';
import type { Actor } from '../../auth/actor.js';
import { clearSessionCookie, readSessionCookie } from '../../auth/session-cookie.js';
import type { SessionSettings } from '../../auth/sessions.js';
import { hashSecret, isApiKeyShaped } from '../../auth/tokens.js';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';

export interface AuthenticateOptions {
  db: Db;
  sessions: SessionSettings;
  now?: () => Date;
  /** Activity is written at most this often per session or key (one write, not one per request). */
  touchEveryMs?: number;
}

/** The `WWW-Authenticate` challenge of every 401 (RFC 6750). */
export const BEARER_CHALLENGE = 'Bearer realm="production-canvas"';

/**
 * Works out who is calling and sets `c.var.actor`:
 *
 * - `Authorization: Bearer pc_…` — an API key. A bad, expired or revoked key is a 401
 *   right away: a script that sent a key must learn it does not work, not be served as
 *   anonymous. Cookies are ignored on these requests.
 * - otherwise the session cookie, when it names a live session; a dead one is cleared.
 * - otherwise anonymous (routes that need someone answer 401).
 */
export function authenticate({ db, sessions, now = () => new Date(), touchEveryMs = 60_000 }: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  return async function authenticateMiddleware(c, next) {
    const authorization = c.req.header('Authorization');
    const at = now();
    if (authorization !== undefined) {
      c.set('actor', await authenticateKey(db, authorization, at, touchEveryMs));
      return next();
    }
    const secure = sessions.isHttps(c);
    const token = readSessionCookie(c, secure);
    if (token) {
      const session = await findLiveSession(db, hashSecret(token), at, sessions.idleMs);
      if (session) {
        if (at.getTime() - session.lastSeenAt.getTime() >= touchEveryMs) await touchSession(db, session.tokenHash, at);
        c.set('actor', { kind: 'session', user: session.user, tokenHash: session.tokenHash } satisfies Actor);
      } else {
        clearSessionCookie(c, secure);
      }
    }
    return next();
  };
}

async function authenticateKey(db: Db, authorization: string, at: Date, touchEveryMs: number): Promise<Actor> {
  const [, token] = /^Bearer\s+(\S+)\s*$/i.exec(authorization) ?? [];
  if (!token) throw invalidToken('Send an API key as `Authorization: Bearer pc_…`.');
  const key = isApiKeyShaped(token) ? await findApiKeyByHash(db, hashSecret(token)) : undefined;
  if (!key) throw invalidToken('The API key is not valid (unknown or revoked).');
  if (key.expiresAt && key.expiresAt <= at) throw invalidToken(`The API key expired at ${key.expiresAt.toISOString()}.`);
  if (!key.lastUsedAt || at.getTime() - key.lastUsedAt.getTime() >= touchEveryMs) await touchApiKey(db, key.id, at);
  return { kind: 'api_key', user: key.user, keyId: key.id, scopes: key.scopes };
}

const invalidToken = (detail: string) =>
  new ApiError('unauthenticated', { detail, headers: { 'WWW-Authenticate': `${BEARER_CHALLENGE}, error="invalid_token"` } });
