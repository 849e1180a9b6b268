import type { Actor } from './actor.js';

/**
 * A short-lived, in-process cache of authenticated credentials (API keys and sessions, by
 * the SHA-256 of the secret), so a busy script or browser does not cost a database lookup
 * per request. The trade-off (docs/security.md, "Credential cache"):
 *
 * - on this process, revoking a key, signing out or changing the password drops the
 *   entries at once (`forget…`), and a lookup that was already in flight when that
 *   happened cannot put its stale answer back (the generation check in `set`);
 * - other processes hear of it through the Redis relay at once; if that message is lost
 *   (Redis down), an entry lives at most `ttlMs` — the bound on how long a revoked
 *   credential may still work elsewhere. A relay reconnect clears everything (`clear`).
 *
 * Expiry (a key's `expiresAt`, a session's idle and absolute limits) is checked on every
 * hit, exactly as the database query would.
 */
export interface CachedCredential {
  actor: Actor;
  /** A key's expiry or a session's absolute end; undefined: never. */
  expiresAt: Date | null;
  /** When the credential was last recorded as used (touch), for idle expiry and the touch cadence. */
  lastSeenAt: Date | null;
}

export interface CredentialCache {
  /** The entry for a credential hash, unless it is older than the TTL. */
  get(credentialHash: string, nowMs: number): CachedCredential | undefined;
  /** Changes whenever something is forgotten; pass the value read before the lookup to `set`. */
  readonly generation: number;
  /**
   * True once per entry, on a hit late in its life (past 60 % of the TTL, or within the rest
   * of the TTL of its touch falling due): the caller then looks the credential up (and
   * touches it) in the background while the entry still answers, so a busy caller's entry
   * is replaced before it expires or must be touched, and no request of it waits on that.
   * Nothing is served past the TTL; a failed refresh leaves the entry to expire.
   */
  takeRefresh(credentialHash: string, nowMs: number, touchEveryMs: number): boolean;
  /** How long before its touch falls due a refresh touches a credential (the TTL's last 40 %). */
  readonly refreshLeadMs: number;
  /** Caches a lookup's answer, unless something was forgotten since `generation` was read. */
  set(credentialHash: string, entry: CachedCredential, generation: number, nowMs: number): void;
  /** An API key was revoked. */
  forgetKey(keyId: string): void;
  /** Sessions ended: one (`sessionHash`) or every session of the user. */
  forgetSessions(userId: string, sessionHash?: string): void;
  /** Everything (the invalidation channel may have missed messages). */
  clear(): void;
  readonly size: number;
}

export const DEFAULT_CREDENTIAL_TTL_MS = 10_000;

export function createCredentialCache({ ttlMs = DEFAULT_CREDENTIAL_TTL_MS, maxEntries = 10_000 }: { ttlMs?: number; maxEntries?: number } = {}): CredentialCache {
  const entries = new Map<string, CachedCredential & { cachedAt: number; refreshTaken?: true }>();
  const refreshLeadMs = ttlMs * 0.4;
  let generation = 0;
  const forgetWhere = (matches: (actor: Actor, hash: string) => boolean) => {
    generation += 1;
    for (const [hash, entry] of entries) if (matches(entry.actor, hash)) entries.delete(hash);
  };
  return {
    get(credentialHash, nowMs) {
      const entry = entries.get(credentialHash);
      if (!entry) return undefined;
      if (ttlMs <= 0 || nowMs - entry.cachedAt >= ttlMs) {
        entries.delete(credentialHash);
        return undefined;
      }
      return entry;
    },
    get generation() {
      return generation;
    },
    takeRefresh(credentialHash, nowMs, touchEveryMs) {
      const entry = entries.get(credentialHash);
      if (!entry || entry.refreshTaken) return false;
      const lastSeen = entry.lastSeenAt?.getTime();
      if (nowMs - entry.cachedAt < ttlMs - refreshLeadMs && (lastSeen === undefined || nowMs - lastSeen < touchEveryMs - refreshLeadMs)) return false;
      entry.refreshTaken = true;
      return true;
    },
    refreshLeadMs,
    set(credentialHash, entry, seenGeneration, nowMs) {
      if (ttlMs <= 0 || seenGeneration !== generation) return;
      entries.delete(credentialHash);
      entries.set(credentialHash, { ...entry, cachedAt: nowMs });
      // Map order is insertion order: the first entries are the oldest.
      for (const oldest of entries.keys()) {
        if (entries.size <= maxEntries) break;
        entries.delete(oldest);
      }
    },
    forgetKey: (keyId) => forgetWhere((actor) => actor.kind === 'api_key' && actor.keyId === keyId),
    forgetSessions: (userId, sessionHash) =>
      forgetWhere((actor) => actor.kind === 'session' && actor.user.id === userId && (sessionHash === undefined || actor.tokenHash === sessionHash)),
    clear() {
      generation += 1;
      entries.clear();
    },
    get size() {
      return entries.size;
    },
  };
}
