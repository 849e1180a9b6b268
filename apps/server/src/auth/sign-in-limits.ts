import type { Context } from 'hono';
import { enforce, type RateLimitRule, type RateLimitStore } from '../middleware/rate-limit/index.js';
import type { RateLimitSettings } from '../security-settings.js';

const WINDOW_MS = 15 * 60 * 1000;

/**
 * Limits on guessing passwords, stricter than the general API limits. Failures count per
 * (account, IP), not per account: an attacker elsewhere can burn their own budget but
 * never the victim's, so nobody can be locked out by someone else; every window ends
 * after 15 minutes. A per-IP cap on all attempts slows stuffing many accounts from one
 * source. A success clears the account's failures from that IP.
 */
export function createSignInLimiter(store: RateLimitStore, limits: RateLimitSettings) {
  const ipRule = (ip: string): RateLimitRule => ({ name: 'signin-ip', key: ip, limit: limits.signInAttemptsPerIp, windowMs: WINDOW_MS });
  const accountRule = (account: string, ip: string): RateLimitRule => ({
    name: 'signin-account',
    key: `${account}|${ip}`,
    limit: limits.signInFailuresPerAccount,
    windowMs: WINDOW_MS,
  });
  const storeKey = (rule: RateLimitRule) => `${rule.name}:${rule.key}`;

  return {
    /** Counts an attempt; 429 when this IP or this account from this IP is over its budget. */
    async admit(c: Context, account: string): Promise<void> {
      const ip = ipRule(ipOf(c));
      const failures = accountRule(account, ipOf(c));
      const [ipCount, failureCount] = await Promise.all([store.hit(storeKey(ip), ip.windowMs), store.peek(storeKey(failures))]);
      // Peeked, not hit: the attempt counts as a failure only once it has failed. So the
      // budget is exceeded on the attempt *after* the last allowed failure.
      enforce(c, [ip, failures], [ipCount, { ...failureCount, count: failureCount.count + (failureCount.count >= failures.limit ? 1 : 0) }]);
    },
    async recordFailure(c: Context, account: string): Promise<void> {
      const rule = accountRule(account, ipOf(c));
      await store.hit(storeKey(rule), rule.windowMs);
    },
    async recordSuccess(c: Context, account: string): Promise<void> {
      await store.reset(storeKey(accountRule(account, ipOf(c))));
    },
    /** Sign-ups from one IP per hour (account spam). */
    async admitSignUp(c: Context): Promise<void> {
      const rule: RateLimitRule = { name: 'signup-ip', key: ipOf(c), limit: limits.signUpsPerIpPerHour, windowMs: 60 * 60 * 1000 };
      enforce(c, [rule], [await store.hit(storeKey(rule), rule.windowMs)]);
    },
  };
}

const ipOf = (c: Context): string => (c.get('clientIp') as string | undefined) ?? 'unknown';

export type SignInLimiter = ReturnType<typeof createSignInLimiter>;
