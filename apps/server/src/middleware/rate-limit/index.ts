import type { Context, MiddlewareHandler } from 'hono';
import { ApiError } from '../../errors/api-error.js';
import type { RateLimitCount, RateLimitStore } from './store.js';

/** One limit: at most `limit` requests per `windowMs` for a key. */
export interface RateLimitRule {
  /** Names the limit in keys and the `RateLimit-Policy` header. */
  name: string;
  key: string;
  limit: number;
  windowMs: number;
}

export interface RateLimitOptions {
  store: RateLimitStore;
  /** The limits this request counts against; none means it is not limited here. */
  rules: (c: Context) => RateLimitRule[];
}

/**
 * Counts the request against each rule. Over any limit: 429 with `Retry-After`.
 * Every response carries `RateLimit-Limit/Remaining/Reset` (IETF draft) for the rule
 * closest to its limit, so clients can slow down before they are refused.
 */
export function rateLimit({ store, rules }: RateLimitOptions): MiddlewareHandler {
  return async function rateLimitMiddleware(c, next) {
    const counting = countRequest(c, store, rules(c));
    if (counting) await counting;
    return next();
  };
}

/**
 * Counts the request against `rules` and sets the headers, throwing the 429 when over;
 * without a promise when the store answered without IO (most admitted requests).
 */
export function countRequest(c: Context, store: RateLimitStore, rules: RateLimitRule[]): Promise<void> | undefined {
  if (rules.length === 0) return undefined;
  const taken = store.take(rules.map((rule) => ({ key: `${rule.name}:${rule.key}`, windowMs: rule.windowMs, limit: rule.limit })));
  if (Array.isArray(taken)) return void enforce(c, rules, taken);
  return taken.then((counts) => enforce(c, rules, counts));
}

/** Sets the headers for the tightest rule and throws a 429 when any rule is exceeded. */
export function enforce(c: Context, rules: RateLimitRule[], counts: RateLimitCount[]): void {
  // Signed headroom: an exceeded rule is negative, so it always wins the pick.
  const headroom = (index: number) => rules[index]!.limit - counts[index]!.count;
  let tightest = 0;
  for (let index = 1; index < rules.length; index += 1) if (headroom(index) < headroom(tightest)) tightest = index;
  const rule = rules[tightest]!;
  const count = counts[tightest]!;
  const resetSeconds = Math.max(1, Math.ceil(count.resetInMs / 1000));
  c.header('RateLimit-Policy', rules.map((r) => `${r.limit};w=${Math.round(r.windowMs / 1000)}`).join(', '));
  c.header('RateLimit-Limit', String(rule.limit));
  c.header('RateLimit-Remaining', String(remaining(rule, count)));
  c.header('RateLimit-Reset', String(resetSeconds));
  if (count.count > rule.limit) {
    c.header('Retry-After', String(resetSeconds));
    throw new ApiError('rate_limited', { detail: `Too many requests (${rule.name}); retry in ${resetSeconds} s.` });
  }
}

const remaining = (rule: RateLimitRule, count: RateLimitCount) => Math.max(0, rule.limit - count.count);

export type { LimitedHit, RateLimitStore, RateLimitCount } from './store.js';
export { createMemoryRateLimitStore } from './memory-store.js';
export { createRedisRateLimitStore } from './redis-store.js';
