import { createRoute, z } from '@hono/zod-openapi';
import { BEARER_KEY_SCHEME, SESSION_COOKIE_SCHEME } from '../../auth/access.js';
import { hasScope, type Actor } from '../../auth/actor.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { meOf, meSchema } from './me.js';

export const sessionSchema = z
  .object({
    // A union, not `.nullable()`: on a named schema that renders as `allOf: [Me, {type: [object, null]}]`, which null never matches.
    me: z.union([meSchema, z.null()]).openapi({ description: 'What GET /me answers; null when nobody is signed in.' }),
  })
  .openapi('Session');

export const sessionRoute = createRoute({
  method: 'get',
  path: '/auth/session',
  tags: ['Auth'],
  summary: 'Who is signed in, if anyone',
  description:
    'Public. What the web app asks when it starts: a visitor who is not signed in is an answer (`me: null`), not a 401 — a browser logs every 401 as an error, so each signed-out page load put one in the console of the sign-in page. Signed in (or with an API key that has the `read` scope), `me` is what GET /me answers. A bad API key is still a 401.',
  // Optional: `{}` lets the anonymous call in.
  security: [{ [SESSION_COOKIE_SCHEME]: [] }, { [BEARER_KEY_SCHEME]: [] }, {}],
  responses: {
    200: { description: 'The caller, or null', content: { 'application/json': { schema: sessionSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope'),
  },
});

export function registerSession(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(sessionRoute, async (c) => {
    // c.get: the route has no signedIn guard, so the actor may be missing.
    const actor = c.get('actor') as Actor | undefined;
    c.header('Cache-Control', 'no-store');
    if (!actor) return c.json({ me: null }, 200);
    // The same scope GET /me asks of a key: this must not tell a key more than that does.
    if (!hasScope(actor, 'read')) throw new ApiError('insufficient_scope', { detail: 'This API key lacks the `read` scope.' });
    return c.json({ me: await meOf(database.db, actor.user) }, 200);
  });
}
