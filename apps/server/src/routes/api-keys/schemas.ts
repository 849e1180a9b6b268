import { z } from '@hono/zod-openapi';
import { apiKeyScopes, type ApiKeyRecord } from '@pc/db';

export const apiKeyScope = z.enum(apiKeyScopes).openapi('ApiKeyScope', {
  description: 'read: GET routes; write: changes; run: start and cancel runs, submit batches.',
});

export const apiKeySchema = z
  .object({
    id: z.string().openapi({ example: 'ak_0f3k8q2m9v1x7c4d' }),
    name: z.string(),
    prefix: z.string().openapi({ description: 'The first characters of the key, to tell keys apart.', example: 'pc_7hq2m4xk' }),
    scopes: z.array(apiKeyScope),
    createdAt: z.iso.datetime(),
    expiresAt: z.iso.datetime().nullable(),
    lastUsedAt: z.iso.datetime().nullable(),
  })
  .openapi('ApiKey');
export type ApiKeyResponse = z.infer<typeof apiKeySchema>;

export const createdApiKeySchema = apiKeySchema
  .extend({ key: z.string().openapi({ description: 'The key itself. Shown this once: only its hash is stored.' }) })
  .openapi('CreatedApiKey');
export type CreatedApiKeyResponse = z.infer<typeof createdApiKeySchema>;

export const apiKeyListSchema = z.object({ apiKeys: z.array(apiKeySchema), nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }) }).openapi('ApiKeyList');

export const apiKeyIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The API key’s id (`ak_…`, not the `pc_…` secret), as `GET /api-keys` lists it.', example: 'ak_0f3k8q2m9v1x7c4d' }),
});

const iso = (date: Date | null) => (date ? date.toISOString() : null);

export const toApiKeyResponse = (key: ApiKeyRecord): ApiKeyResponse => ({
  id: key.id,
  name: key.name,
  prefix: key.prefix,
  scopes: key.scopes,
  createdAt: key.createdAt.toISOString(),
  expiresAt: iso(key.expiresAt),
  lastUsedAt: iso(key.lastUsedAt),
});
