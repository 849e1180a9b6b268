import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';
import type { WorkspaceRole } from '@pc/db';

/**
 * Short-lived tokens that let a script open /collab/:graphId without a cookie:
 * `v1.<base64url JSON {sub, gid, role, exp}>.<base64url HMAC-SHA256>`. A token names one
 * graph and one user; the upgrade still checks the user's current role in the graph's
 * workspace (and never grants more than the role the token was issued for), so removing
 * someone takes effect at once, not when their token expires. A token issued to an API
 * key names the key (`kid`), so revoking the key ends its sockets and refuses its tokens.
 */
export interface CollabTokenClaims {
  userId: string;
  graphId: string;
  role: WorkspaceRole;
  /** The API key it was issued to; absent for a session's token. */
  apiKeyId?: string;
  /** Expiry, ms since the epoch. */
  expiresAt: number;
}

/** How long a collab token is valid: long enough to connect, short enough not to matter in a log. */
export const COLLAB_TOKEN_TTL_MS = 5 * 60 * 1000;

/** A new random HMAC key for the token (stored in `server_secrets` when COLLAB_TOKEN_SECRET is unset). */
export const newCollabTokenSecret = (): string => randomBytes(32).toString('base64url');

const ROLES: readonly WorkspaceRole[] = ['viewer', 'editor', 'owner'];

export interface CollabTokenCodec {
  issue(claims: Omit<CollabTokenClaims, 'expiresAt'>, now: number): { token: string; expiresAt: number };
  /** The claims of a well-signed, unexpired token; undefined otherwise (no reason given to callers). */
  verify(token: string, now: number): CollabTokenClaims | undefined;
}

export function createCollabTokenCodec(secret: string, ttlMs = COLLAB_TOKEN_TTL_MS): CollabTokenCodec {
  const sign = (payload: string) => createHmac('sha256', secret).update(`v1.${payload}`).digest();
  return {
    issue({ userId, graphId, role, apiKeyId }, now) {
      const expiresAt = now + ttlMs;
      const payload = Buffer.from(JSON.stringify({ sub: userId, gid: graphId, role, exp: expiresAt, ...(apiKeyId === undefined ? {} : { kid: apiKeyId }) })).toString('base64url');
      return { token: `v1.${payload}.${sign(payload).toString('base64url')}`, expiresAt };
    },
    verify(token, now) {
      if (token.length > 1024) return undefined;
      const [version, payload, signature, ...rest] = token.split('.');
      if (version !== 'v1' || !payload || !signature || rest.length > 0) return undefined;
      const expected = sign(payload);
      const given = Buffer.from(signature, 'base64url');
      if (given.length !== expected.length || !timingSafeEqual(given, expected)) return undefined;
      let claims: unknown;
      try {
        claims = JSON.parse(Buffer.from(payload, 'base64url').toString('utf8'));
      } catch {
        return undefined;
      }
      if (typeof claims !== 'object' || claims === null) return undefined;
      const { sub, gid, role, exp, kid } = claims as Record<string, unknown>;
      if (typeof sub !== 'string' || typeof gid !== 'string' || typeof exp !== 'number') return undefined;
      if (kid !== undefined && typeof kid !== 'string') return undefined;
      if (!ROLES.includes(role as WorkspaceRole) || exp <= now) return undefined;
      return { userId: sub, graphId: gid, role: role as WorkspaceRole, expiresAt: exp, ...(kid === undefined ? {} : { apiKeyId: kid }) };
    },
  };
}
