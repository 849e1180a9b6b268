import { createRoute } from '@hono/zod-openapi';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { runFor } from './access.js';
import { runIdParams, runSchema, toRunResponse } from './schemas.js';

export const getRunRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/runs/{id}',
  tags: ['Runs'],
  summary: 'A run: its status and every node’s state, timings, outputs and error',
  request: { params: runIdParams },
  responses: {
    200: { description: 'The run', content: { 'application/json': { schema: runSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGetRun(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(getRunRoute, async (c) => {
    const run = await runFor(database.db, runs.engine, c.var.actor, c.req.valid('param').id, 'read');
    c.header('Cache-Control', 'no-store');
    return c.json(toRunResponse(run), 200);
  });
}
