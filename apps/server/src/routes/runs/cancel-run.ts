import { createRoute } from '@hono/zod-openapi';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { runFor } from './access.js';
import { runAcceptedSchema, runIdParams } from './schemas.js';

export const cancelRunRoute = createRoute({
  ...signedIn('run'),
  method: 'post',
  path: '/runs/{id}/cancel',
  tags: ['Runs'],
  summary: 'Cancel a run',
  description:
    'Unfinished nodes become `cancelled`, queued jobs are removed and running functions are aborted. Idempotent: a finished run answers with its final status.',
  request: { params: runIdParams },
  responses: {
    202: { description: 'The run’s status after the request', content: { 'application/json': { schema: runAcceptedSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found'),
  },
});

export function registerCancelRun(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(cancelRunRoute, async (c) => {
    const run = await runFor(database.db, runs.engine, c.var.actor, c.req.valid('param').id, 'write');
    const outcome = await runs.engine.cancel(run.id);
    return c.json({ id: run.id, status: outcome.status ?? run.status }, 202);
  });
}
