import type { Context, MiddlewareHandler, Next } from 'hono';
import type { Actor } from '../../auth/actor.js';
import type { AppEnv } from '../../env.js';
import type { Authenticator } from '../authenticate/index.js';
import { checkSameOrigin, type CsrfOptions } from '../csrf/index.js';
import { countRequest, type RateLimitRule, type RateLimitStore } from '../rate-limit/index.js';

export interface ApiAccessOptions {
  store: RateLimitStore;
  authenticator: Authenticator;
  csrf: CsrfOptions;
  ipRule: (clientIp: string) => RateLimitRule;
  actorRule: (actor: Actor) => RateLimitRule;
}

/**
 * Who may call the API, as one middleware (a layer each cost more than the checks): the
 * per-IP limit before any database work — with the per-actor one when the caller's
 * credential is cached, so no database work is needed to know who it is —, authentication,
 * CSRF, then the per-actor limit when it was not counted yet. Each step awaits only when it
 * has IO to wait for.
 */
export function apiAccess({ store, authenticator, csrf, ipRule, actorRule }: ApiAccessOptions): MiddlewareHandler<AppEnv> {
  /** After the limits counted before authentication: who is calling, CSRF, the per-actor limit if not counted yet, then the rest. */
  const identified = (c: Context<AppEnv>, next: Next, known: Actor | undefined): Promise<void> => {
    const identifying = authenticator.identify(c);
    if (identifying) return identifying.then(() => checked(c, next, known));
    return checked(c, next, known);
  };
  const checked = (c: Context<AppEnv>, next: Next, known: Actor | undefined): Promise<void> => {
    checkSameOrigin(c, csrf);
    const actor = c.get('actor');
    if (!known && actor) {
      const countingActor = countRequest(c, store, [actorRule(actor)]);
      if (countingActor) return countingActor.then(next);
    }
    return next();
  };
  // Not async: a cached caller whose limits are counted from blocks awaits nothing, and an
  // async frame per request was a promise and its ticks for nothing. hono catches a
  // synchronous throw (401, 403, 429) as it does a rejection.
  return function apiAccessMiddleware(c, next) {
    const known = authenticator.peek(c);
    const ip = ipRule(c.get('clientIp'));
    const counting = countRequest(c, store, known ? [ip, actorRule(known)] : [ip]);
    if (counting) return counting.then(() => identified(c, next, known));
    return identified(c, next, known);
  };
}
