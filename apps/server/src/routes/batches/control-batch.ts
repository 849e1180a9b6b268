import { createRoute } from '@hono/zod-openapi';
import { loadBatchView } from '@pc/engine';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { batchFor } from './access.js';
import { batchIdParams, batchSchema } from './schemas.js';

export const cancelBatchRoute = createRoute({
  ...signedIn('run'),
  method: 'post',
  path: '/batches/{id}/cancel',
  tags: ['Batches'],
  summary: 'Cancel a batch',
  description: 'Unfinished items become `cancelled` and their runs are cancelled; the completion webhook fires. Idempotent: a finished batch answers as it is.',
  request: { params: batchIdParams },
  responses: {
    200: { description: 'The batch after the request', content: { 'application/json': { schema: batchSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found'),
  },
});

export const retryBatchRoute = createRoute({
  ...signedIn('run'),
  method: 'post',
  path: '/batches/{id}/retry',
  tags: ['Batches'],
  summary: 'Run a batch’s failed items again',
  description: 'Failed items go back to `queued` (each gets a new run); a completed batch becomes `running` again. Succeeded items are kept. A cancelled batch answers 409 `batch_not_retryable`.',
  request: { params: batchIdParams },
  responses: {
    200: { description: 'The batch after the request', content: { 'application/json': { schema: batchSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'batch_not_retryable'),
  },
});

export function registerBatchControls(api: ApiApp, { database, batches }: RouteDeps): void {
  const answer = async (batchId: string) => {
    const found = await loadBatchView(database.db, batchId);
    if (!found) throw notFound(`Batch ${batchId}`);
    return found.view;
  };
  api.openapi(cancelBatchRoute, async (c) => {
    const batch = await batchFor(database.db, c.var.actor, c.req.valid('param').id, 'write');
    await batches.service.cancel(batch.id);
    return c.json(await answer(batch.id), 200);
  });
  api.openapi(retryBatchRoute, async (c) => {
    const batch = await batchFor(database.db, c.var.actor, c.req.valid('param').id, 'write');
    const outcome = await batches.service.retry(batch.id);
    if (outcome.kind === 'not_retryable') throw new ApiError('batch_not_retryable', { detail: 'A cancelled batch cannot be retried: submit a new one.' });
    return c.json(await answer(batch.id), 200);
  });
}
