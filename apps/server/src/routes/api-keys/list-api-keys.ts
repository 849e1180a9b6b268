import { createRoute } from '@hono/zod-openapi';
import { pageApiKeys } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { rowsOf, shortListPageQuery } from '../pages.js';
import { apiKeyListSchema, toApiKeyResponse } from './schemas.js';

export const listApiKeysRoute = createRoute({
  ...signedIn('session'),
  method: 'get',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Your API keys (never the keys themselves)',
  request: { query: shortListPageQuery },
  responses: {
    200: { description: 'One page, oldest first, expired ones included; `nextCursor` is null on the last', content: { 'application/json': { schema: apiKeyListSchema } } },
    ...problemResponses('unauthenticated', 'session_required', 'invalid_cursor', 'validation_failed'),
  },
});

export function registerListApiKeys(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listApiKeysRoute, async (c) => {
    const { rows, nextCursor } = rowsOf(await pageApiKeys(database.db, c.var.actor.user.id, c.req.valid('query')));
    c.header('Cache-Control', 'no-store');
    return c.json({ apiKeys: rows.map(toApiKeyResponse), nextCursor }, 200);
  });
}
