import { createRoute } from '@hono/zod-openapi';
import { listBatchItems } from '@pc/engine';
import { z } from 'zod';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { batchFor } from './access.js';
import { createCursor } from './cursor.js';
import { batchIdParams, batchItemListSchema, itemListQuery, toBatchItemResponse } from './schemas.js';

export const listBatchItemsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/batches/{id}/items',
  tags: ['Batches'],
  summary: 'A batch’s items in index order, each with its run’s outputs and artifact links',
  request: { params: batchIdParams, query: itemListQuery },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', content: { 'application/json': { schema: batchItemListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'invalid_cursor', 'validation_failed'),
  },
});

const cursor = createCursor(z.strictObject({ index: z.int().min(0) }));

export function registerListBatchItems(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listBatchItemsRoute, async (c) => {
    const batch = await batchFor(database.db, c.var.actor, c.req.valid('param').id, 'read');
    const query = c.req.valid('query');
    const after = cursor.decode(query.cursor);
    const { items, hasMore } = await listBatchItems(database.db, batch.id, { status: query.status, afterIndex: after?.index, limit: query.limit });
    const last = items.at(-1);
    c.header('Cache-Control', 'no-store');
    return c.json({ items: items.map(toBatchItemResponse), nextCursor: hasMore && last ? cursor.encode({ index: last.index }) : null }, 200);
  });
}
