import type { MiddlewareHandler } from 'hono';
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
  return async function apiAccessMiddleware(c, next) {
    const known = authenticator.peek(c);
    const ip = ipRule(c.get('clientIp'));
    const counting = countRequest(c, store, known ? [ip, actorRule(known)] : [ip]);
    if (counting) await counting;
    const identifying = authenticator.identify(c);
    if (identifying) await identifying;
    checkSameOrigin(c, csrf);
    const actor = c.get('actor');
    if (!known && actor) {
      const countingActor = countRequest(c, store, [actorRule(actor)]);
      if (countingActor) await countingActor;
    }
    return next();
  };
}
