import { createRoute } from '@hono/zod-openapi';
import { listApiKeys } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { apiKeyListSchema, toApiKeyResponse } from './schemas.js';

export const listApiKeysRoute = createRoute({
  ...signedIn('session'),
  method: 'get',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Your API keys (never the keys themselves)',
  responses: {
    200: { description: 'Oldest first, expired ones included', content: { 'application/json': { schema: apiKeyListSchema } } },
    ...problemResponses('unauthenticated', 'session_required'),
  },
});

export function registerListApiKeys(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listApiKeysRoute, async (c) => {
    const keys = await listApiKeys(database.db, c.var.actor.user.id);
    c.header('Cache-Control', 'no-store');
    return c.json({ apiKeys: keys.map(toApiKeyResponse) }, 200);
  });
}
