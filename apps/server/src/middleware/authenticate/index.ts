import { findApiKeyByHash, findLiveSession, touchApiKey, touchSession, type Db } from '@pc/db';
import type { Context, MiddlewareHandler } from 'hono';
import { assertNever } from '../../assert-never.js';
import type { Actor } from '../../auth/actor.js';
import type { CachedCredential, CredentialCache } from '../../auth/credential-cache.js';
import { clearSessionCookie, readSessionCookie } from '../../auth/session-cookie.js';
import type { SessionSettings } from '../../auth/sessions.js';
import { hashSecret, isApiKeyShaped } from '../../auth/tokens.js';
import type { AppEnv } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { createSingleFlight } from '../../single-flight.js';

export interface AuthenticateOptions {
  db: Db;
  sessions: SessionSettings;
  now?: () => Date;
  /** Activity is written at most this often per session or key (one write, not one per request). */
  touchEveryMs?: number;
  /** Recently authenticated credentials (auth/credential-cache.ts); none: every request looks up. */
  cache?: CredentialCache | undefined;
}

/** The `WWW-Authenticate` challenge of every 401 (RFC 6750). */
export const BEARER_CHALLENGE = 'Bearer realm="production-canvas"';

/** The credential a request carries, hashed once per request. */
type Credential = { kind: 'bearer'; token: string | undefined; hash: string | undefined } | { kind: 'session'; hash: string; secure: boolean } | { kind: 'none' };

const BEARER = /^Bearer\s+(\S+)\s*$/i;
const credentials = new WeakMap<Context, Credential>();

function credentialOf(c: Context, sessions: SessionSettings): Credential {
  let credential = credentials.get(c);
  if (credential) return credential;
  const authorization = c.req.header('Authorization');
  if (authorization !== undefined) {
    const token = BEARER.exec(authorization)?.[1];
    credential = { kind: 'bearer', token, hash: token && isApiKeyShaped(token) ? hashSecret(token) : undefined };
  } else {
    const secure = sessions.isHttps(c);
    const token = readSessionCookie(c, secure);
    credential = token ? { kind: 'session', hash: hashSecret(token), secure } : { kind: 'none' };
  }
  credentials.set(c, credential);
  return credential;
}

/** A cache hit still within its key's expiry, the session's idle/absolute limits and the touch cadence. */
function liveHit(cache: CredentialCache | undefined, hash: string | undefined, at: Date, idleMs: number, touchEveryMs: number): Actor | undefined {
  if (!cache || !hash) return undefined;
  const entry = cache.get(hash, at.getTime());
  if (!entry) return undefined;
  if (entry.expiresAt && entry.expiresAt <= at) return undefined;
  const lastSeen = entry.lastSeenAt?.getTime();
  // Due for a touch (or idle too long): the database path decides and records it.
  if (lastSeen === undefined || at.getTime() - lastSeen >= Math.min(touchEveryMs, idleMs)) return undefined;
  return entry.actor;
}

export interface Authenticator {
  middleware: MiddlewareHandler<AppEnv>;
  /**
   * The actor of a request whose credential is cached and live, without any IO; undefined
   * when only the database can tell. Lets the rate limits count the per-IP and per-actor
   * rules in one round trip before authentication proper.
   */
  peek(c: Context): Actor | undefined;
  /** What the middleware does before `next`: sets `actor` (or throws the 401); without a promise on a cache hit. */
  identify(c: Context): Promise<void> | undefined;
}

/**
 * Works out who is calling and sets `c.var.actor`:
 *
 * - `Authorization: Bearer pc_…` — an API key. A bad, expired or revoked key is a 401
 *   right away: a script that sent a key must learn it does not work, not be served as
 *   anonymous. Cookies are ignored on these requests.
 * - otherwise the session cookie, when it names a live session; a dead one is cleared.
 * - otherwise anonymous (routes that need someone answer 401).
 */
export function authenticate(options: AuthenticateOptions): MiddlewareHandler<AppEnv> {
  return createAuthenticator(options).middleware;
}

export function createAuthenticator({ db, sessions, now = () => new Date(), touchEveryMs = 60_000, cache }: AuthenticateOptions): Authenticator {
  // Requests with one credential that miss the cache together (its entry expired, or a touch
  // fell due) share one lookup and one touch instead of a burst of them queued on the row's
  // lock; a forget (revoke, sign-out) starts a new generation, and nobody joins across it.
  const lookups = createSingleFlight<CachedCredential | undefined>();
  const lookUp = (hash: string, load: (generation: number) => Promise<CachedCredential | undefined>) => {
    // Without a cache nothing marks a revoke or sign-out: then every request looks up alone.
    if (!cache) return load(0);
    const generation = cache.generation;
    return lookups.run(`${hash}\n${generation}`, () => load(generation));
  };
  /**
   * A hit late in its entry's life looks the credential up again in the background (touching
   * it if its touch falls due within the lead) while this request goes on with the entry:
   * a busy caller never waits at its entry's expiry or touch (credential-cache.ts).
   */
  const refreshAhead = (hash: string, at: Date, kind: 'bearer' | 'session') => {
    if (!cache?.takeRefresh(hash, at.getTime(), touchEveryMs)) return;
    const touchEarly = touchEveryMs - cache.refreshLeadMs;
    lookUp(hash, (generation) =>
      kind === 'bearer' ? lookUpKey(db, hash, at, touchEarly, cache, generation) : lookUpSession(db, hash, at, sessions.idleMs, touchEarly, cache, generation),
    ).catch(() => undefined);
  };
  const peek = (c: Context) => {
    const credential = credentialOf(c, sessions);
    if (credential.kind === 'none') return undefined;
    return liveHit(cache, credential.hash, now(), credential.kind === 'session' ? sessions.idleMs : Number.POSITIVE_INFINITY, touchEveryMs);
  };
  const identify = (c: Context): Promise<void> | undefined => {
    const credential = credentialOf(c, sessions);
    const at = now();
    switch (credential.kind) {
      case 'bearer': {
        const { token, hash } = credential;
        if (!token) throw invalidToken('Send an API key as `Authorization: Bearer pc_…`.');
        const hit = liveHit(cache, hash, at, Number.POSITIVE_INFINITY, touchEveryMs);
        if (hit) {
          c.set('actor', hit);
          return void (hash && refreshAhead(hash, at, 'bearer'));
        }
        if (!hash) throw unknownKey();
        return lookUp(hash, (generation) => lookUpKey(db, hash, at, touchEveryMs, cache, generation)).then((found) => {
          if (!found) throw unknownKey();
          // Checked against this request's own time: it may have joined a lookup begun earlier.
          if (found.expiresAt && found.expiresAt <= at) throw invalidToken(`The API key expired at ${found.expiresAt.toISOString()}.`);
          c.set('actor', found.actor);
        });
      }
      case 'session': {
        const hit = liveHit(cache, credential.hash, at, sessions.idleMs, touchEveryMs);
        if (hit) {
          c.set('actor', hit);
          return void refreshAhead(credential.hash, at, 'session');
        }
        return lookUp(credential.hash, (generation) => lookUpSession(db, credential.hash, at, sessions.idleMs, touchEveryMs, cache, generation)).then((found) => {
          if (found && !(found.expiresAt && found.expiresAt <= at)) c.set('actor', found.actor);
          else clearSessionCookie(c, credential.secure);
        });
      }
      case 'none':
        return undefined;
      default:
        return assertNever(credential);
    }
  };
  const middleware: MiddlewareHandler<AppEnv> = async function authenticateMiddleware(c, next) {
    const identifying = identify(c);
    if (identifying) await identifying;
    return next();
  };
  return { middleware, peek, identify };
}

/** A session the cache could not vouch for: looked up (and touched when due). */
async function lookUpSession(
  db: Db,
  hash: string,
  at: Date,
  idleMs: number,
  touchEveryMs: number,
  cache: CredentialCache | undefined,
  generation: number,
): Promise<CachedCredential | undefined> {
  const session = await findLiveSession(db, hash, at, idleMs);
  if (!session) return undefined;
  let lastSeenAt = session.lastSeenAt;
  if (at.getTime() - lastSeenAt.getTime() >= touchEveryMs) {
    await touchSession(db, session.tokenHash, at);
    lastSeenAt = at;
  }
  const entry: CachedCredential = { actor: { kind: 'session', user: session.user, tokenHash: session.tokenHash }, expiresAt: session.expiresAt, lastSeenAt };
  cache?.set(hash, entry, generation, at.getTime());
  return entry;
}

/** A bearer key the cache could not vouch for: looked up (and touched when due); an expired one is neither. */
async function lookUpKey(
  db: Db,
  hash: string,
  at: Date,
  touchEveryMs: number,
  cache: CredentialCache | undefined,
  generation: number,
): Promise<CachedCredential | undefined> {
  const key = await findApiKeyByHash(db, hash);
  if (!key) return undefined;
  const actor: Actor = { kind: 'api_key', user: key.user, keyId: key.id, scopes: key.scopes };
  if (key.expiresAt && key.expiresAt <= at) return { actor, expiresAt: key.expiresAt, lastSeenAt: key.lastUsedAt };
  let lastSeenAt = key.lastUsedAt;
  if (!lastSeenAt || at.getTime() - lastSeenAt.getTime() >= touchEveryMs) {
    await touchApiKey(db, key.id, at);
    lastSeenAt = at;
  }
  const entry: CachedCredential = { actor, expiresAt: key.expiresAt, lastSeenAt };
  cache?.set(hash, entry, generation, at.getTime());
  return entry;
}

const unknownKey = () => invalidToken('The API key is not valid (unknown or revoked).');

const invalidToken = (detail: string) =>
  new ApiError('unauthenticated', { detail, headers: { 'WWW-Authenticate': `${BEARER_CHALLENGE}, error="invalid_token"` } });
