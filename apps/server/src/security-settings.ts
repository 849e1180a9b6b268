/** The security knobs of the server (env vars in config.ts; tests pass their own). */
export interface SecuritySettings {
  /** `PUBLIC_URL`: the origin users reach us under (CSRF origin check, cookie `Secure`, HSTS). */
  publicUrl: URL | undefined;
  /** `TRUST_PROXY`: believe `X-Forwarded-For/-Proto/-Host` from a reverse proxy. */
  trustProxy: boolean;
  /** `CORS_ORIGINS`: other origins whose scripts may call the API with a bearer key. Empty: CORS closed. */
  corsOrigins: string[];
  sessionIdleMs: number;
  sessionAbsoluteMs: number;
  /** A request still running after this is answered 504 (and the socket is cut a bit later). */
  requestTimeoutMs: number;
  /**
   * `CREDENTIAL_CACHE_TTL_SECONDS`: how long an authenticated API key or session is reused
   * without a database lookup (0: never). Revocations reach every process at once through
   * Redis; this bounds how long one could be missed (docs/security.md).
   */
  credentialCacheTtlMs: number;
  /**
   * `GRAPH_READ_CACHE_TTL_SECONDS`: how long a member's access to a graph with its revision,
   * and a page of the graph list, are reused without a database lookup (0: never). Writes and
   * membership changes reach every process at once through Redis; this bounds how stale a
   * read could be elsewhere if that message were lost (docs/security.md).
   */
  graphReadCacheTtlMs: number;
  rateLimits: RateLimitSettings;
}

export interface RateLimitSettings {
  /** Requests per minute for one user (session) or one API key. */
  perActorPerMinute: number;
  /** Requests per minute from one IP address, signed in or not. */
  perIpPerMinute: number;
  /** Sign-in attempts per 15 minutes from one IP address (credential stuffing from one source). */
  signInAttemptsPerIp: number;
  /** Failed sign-ins per 15 minutes for one account from one IP (password guessing). */
  signInFailuresPerAccount: number;
  /** Sign-ups per hour from one IP address. */
  signUpsPerIpPerHour: number;
}

const HOUR = 60 * 60 * 1000;

export const DEFAULT_SECURITY_SETTINGS: SecuritySettings = {
  publicUrl: undefined,
  trustProxy: false,
  corsOrigins: [],
  sessionIdleMs: 72 * HOUR,
  sessionAbsoluteMs: 30 * 24 * HOUR,
  requestTimeoutMs: 30_000,
  credentialCacheTtlMs: 10_000,
  graphReadCacheTtlMs: 5_000,
  rateLimits: {
    perActorPerMinute: 600,
    perIpPerMinute: 1200,
    signInAttemptsPerIp: 30,
    signInFailuresPerAccount: 5,
    signUpsPerIpPerHour: 20,
  },
};

/** Fills what a partial override leaves out with the defaults. */
export const withSecurityDefaults = (overrides: Partial<Omit<SecuritySettings, 'rateLimits'>> & { rateLimits?: Partial<RateLimitSettings> } = {}): SecuritySettings => ({
  ...DEFAULT_SECURITY_SETTINGS,
  ...overrides,
  rateLimits: { ...DEFAULT_SECURITY_SETTINGS.rateLimits, ...overrides.rateLimits },
});
