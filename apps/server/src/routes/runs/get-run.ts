import { createRoute, z } from '@hono/zod-openapi';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { notModifiedResponse, ifNoneMatchHeader } from '../../openapi/headers.js';
import { conditionalJson } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';
import { runFor } from './access.js';
import { runIdParams, runSchema, toRunResponse } from './schemas.js';

export const getRunRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/runs/{id}',
  tags: ['Runs'],
  summary: 'A run: its status and every node’s state, timings, outputs and error',
  description: 'A run changes until it finishes: `ETag` is a hash of this answer, and `If-None-Match` with it answers 304 while nothing changed.',
  request: { params: runIdParams, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: { description: 'The run', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: runSchema } } },
    304: notModifiedResponse('Not modified since the `ETag` in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGetRun(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(getRunRoute, async (c) => {
    const run = await runFor(database.db, runs.engine, c.var.actor, c.req.valid('param').id, 'read');
    const body: z.infer<typeof runSchema> = toRunResponse(run);
    return conditionalJson(c, body) as never;
  });
}
