import { createRoute, z } from '@hono/zod-openapi';
import { insertApiKey } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import { newApiKey } from '../../auth/tokens.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { apiKeyScope, createdApiKeySchema, toApiKeyResponse } from './schemas.js';

export const createApiKeyBody = z
  .object({
    name: z.string().trim().min(1).max(100).openapi({ example: 'Nightly storyboard batch' }),
    scopes: z
      .array(apiKeyScope)
      .min(1)
      .transform((scopes) => [...new Set(scopes)]),
    expiresAt: z.iso.datetime({ offset: true }).optional().openapi({ description: 'When the key stops working; omit for never.' }),
  })
  .openapi('CreateApiKey');
export type CreateApiKeyBody = z.input<typeof createApiKeyBody>;

export const createApiKeyRoute = createRoute({
  ...signedIn('session'),
  method: 'post',
  path: '/api-keys',
  tags: ['API keys'],
  summary: 'Create an API key; the key is in this response only',
  description: 'Send it as `Authorization: Bearer pc_…`. It acts for you, within its scopes and your roles.',
  request: { body: { required: true, content: { 'application/json': { schema: createApiKeyBody } } } },
  responses: {
    201: { description: 'The key, shown once', content: { 'application/json': { schema: createdApiKeySchema } } },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'unauthenticated', 'session_required', 'csrf_rejected'),
  },
});

export function registerCreateApiKey(api: ApiApp, { database, now }: RouteDeps): void {
  api.openapi(createApiKeyRoute, async (c) => {
    const body = c.req.valid('json');
    const expiresAt = body.expiresAt === undefined ? null : new Date(body.expiresAt);
    if (expiresAt && expiresAt <= now()) {
      throw new ApiError('validation_failed', { errors: [{ path: 'expiresAt', message: 'Must be in the future.', code: 'too_small' }] });
    }
    const { key, prefix, keyHash } = newApiKey();
    const record = await insertApiKey(database.db, { userId: c.var.actor.user.id, name: body.name, prefix, keyHash, scopes: body.scopes, expiresAt });
    c.header('Cache-Control', 'no-store');
    return c.json({ ...toApiKeyResponse(record), key }, 201);
  });
}
