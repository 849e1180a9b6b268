import { createRoute } from '@hono/zod-openapi';
import { deleteApiKey } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { apiKeyIdParams } from './schemas.js';

export const revokeApiKeyRoute = createRoute({
  ...signedIn('session'),
  method: 'delete',
  path: '/api-keys/{id}',
  tags: ['API keys'],
  summary: 'Revoke an API key (it stops working at once)',
  request: { params: apiKeyIdParams },
  responses: {
    204: { description: 'Revoked' },
    ...problemResponses('unauthenticated', 'session_required', 'not_found', 'csrf_rejected'),
  },
});

export function registerRevokeApiKey(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(revokeApiKeyRoute, async (c) => {
    const { id } = c.req.valid('param');
    if (!(await deleteApiKey(database.db, c.var.actor.user.id, id))) throw notFound(`API key ${id}`);
    // Refused from now on: this process's credential cache at once, the others' through the relay.
    await collab.apiKeyRevoked(c.var.actor.user.id, id);
    return c.body(null, 204);
  });
}
