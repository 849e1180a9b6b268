import { findGraphAccess, isGraphId, type Db } from '@pc/db';
import type { Context, MiddlewareHandler } from 'hono';
import type { Actor } from './actor.js';

export type GraphAccessLookup = ReturnType<typeof findGraphAccess>;

/**
 * A graph's access lookup started as soon as the route matched, before the request body is
 * read: a PUT of a 1,000-node graph parses and validates ~190 KB (5–10 ms of CPU) before
 * its handler runs, the lookup is a database round trip, and neither needs the other. The
 * handler passes the lookup to `checkGraphAccess`, which awaits it where it would have
 * queried: the answers and their order stay (a malformed body's 400 first, then 404 or 403).
 * Runs after the actor guard, so only an authenticated caller's request starts one.
 */
export interface EarlyGraphAccess {
  /** Route middleware (after `signedIn`'s guard): starts the lookup of the path's `:id`. */
  middleware: MiddlewareHandler<{ Variables: { actor: Actor } }>;
  /** The lookup this request started for `graphId`, if any (each is taken once). */
  take(c: Context, graphId: string): GraphAccessLookup | undefined;
}

export function earlyGraphAccess(db: Db): EarlyGraphAccess {
  const started = new WeakMap<Context, { graphId: string; lookup: GraphAccessLookup }>();
  return {
    middleware: async function earlyGraphAccessMiddleware(c, next) {
      const graphId = c.req.param('id');
      // A malformed id is refused by the params' validation: nothing to look up.
      if (graphId !== undefined && isGraphId(graphId)) {
        const lookup = findGraphAccess(db, graphId, c.var.actor.user.id);
        // Never awaited when validation refuses the request: its failure must not go unhandled.
        lookup.catch(() => undefined);
        started.set(c, { graphId, lookup });
      }
      await next();
    },
    take(c, graphId) {
      const entry = started.get(c);
      started.delete(c);
      return entry?.graphId === graphId ? entry.lookup : undefined;
    },
  };
}
