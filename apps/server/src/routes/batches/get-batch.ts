import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { etagHeader, notModifiedResponse, boundedIfNoneMatchHeader } from '../../openapi/headers.js';
import type { RouteDeps } from '../deps.js';
import { batchFor } from './access.js';
import { batchIdParams, batchSchema } from './schemas.js';

export const getBatchRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/batches/{id}',
  tags: ['Batches'],
  summary: 'A batch: status, counts by item status, progress and ETA',
  description: 'Carries an `ETag`; send it back as `If-None-Match` and an unchanged batch answers 304 (cheap polling).',
  request: { params: batchIdParams, headers: z.object({ 'if-none-match': boundedIfNoneMatchHeader(200) }) },
  responses: {
    200: { description: 'The batch', headers: z.object({ ETag: etagHeader }), content: { 'application/json': { schema: batchSchema } } },
    304: notModifiedResponse('Not modified since the ETag sent'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGetBatch(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(getBatchRoute, async (c) => {
    const batch = await batchFor(database.db, c.var.actor, c.req.valid('param').id, 'read');
    // The view holds no clock-dependent value (the ETA comes from stored times), so equal state = equal tag.
    const etag = `"${createHash('sha256').update(JSON.stringify(batch)).digest('base64url').slice(0, 27)}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'no-cache');
    const ifNoneMatch = c.req.valid('header')['if-none-match'];
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
    return c.json(batch, 200);
  });
}
