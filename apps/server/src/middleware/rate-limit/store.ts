/** A fixed-window counter: how many hits a key has in its current window, and when that ends. */
export interface RateLimitCount {
  count: number;
  /** Milliseconds until the window ends and the count starts again at zero. */
  resetInMs: number;
}

/** One request against one limit. */
export interface LimitedHit {
  key: string;
  windowMs: number;
  limit: number;
}

/**
 * Where counters live: in this process (embedded mode) or in Redis, shared by every
 * server instance (scaled mode). Windows expire on their own, so no limit is permanent.
 */
export interface RateLimitStore {
  /** Counts one hit (starting a window of `windowMs` if none is open) and returns the new count. */
  hit(key: string, windowMs: number): Promise<RateLimitCount>;
  /** Counts one hit on each key, in one round trip; counts in the same order. */
  hitMany(hits: readonly { key: string; windowMs: number }[]): Promise<RateLimitCount[]>;
  /**
   * Counts one request against each limit (`limit` is the rule's, so a store may hand out
   * the counts ahead of time). A count above `limit` is a refusal. Synchronous when the
   * store can answer without IO, so an admitted request costs no await.
   */
  take(hits: readonly LimitedHit[]): RateLimitCount[] | Promise<RateLimitCount[]>;
  /** The current count without adding to it. */
  peek(key: string): Promise<RateLimitCount>;
  /** Forgets a key (a successful sign-in clears its failures). */
  reset(key: string): Promise<void>;
  close(): Promise<void>;
}
