import { createRoute } from '@hono/zod-openapi';
import { endSession } from '../../auth/sessions.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { setCookieHeader } from './schemas.js';

export const signOutRoute = createRoute({
  method: 'post',
  path: '/auth/logout',
  tags: ['Auth'],
  summary: 'Sign out',
  description: 'Ends this session on the server and clears the cookie. Idempotent: signed out already is fine.',
  responses: {
    204: { description: 'Signed out', headers: setCookieHeader },
    ...problemResponses('csrf_rejected'),
  },
});

export function registerSignOut(api: ApiApp, { database, sessions, collab }: RouteDeps): void {
  api.openapi(signOutRoute, async (c) => {
    const actor = c.var.actor;
    await endSession(c, database.db, sessions, actor?.kind === 'session' ? actor.tokenHash : undefined);
    // Its live canvases close too (4401), here and on every other process.
    if (actor?.kind === 'session') await collab.sessionsEnded(actor.user.id, actor.tokenHash);
    return c.body(null, 204);
  });
}
