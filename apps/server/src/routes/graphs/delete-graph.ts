import { createRoute, z } from '@hono/zod-openapi';
import { deleteGraph } from '@pc/db';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { optionalExpectedRevision } from '../../graphs/preconditions.js';
import { writtenGraphOrThrow } from '../../graphs/write-outcome.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams } from './schemas.js';
import { optionalIfMatchHeader } from '../../openapi/headers.js';

export const deleteGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'delete',
  path: '/graphs/{id}',
  tags: ['Graphs'],
  summary: 'Delete a graph',
  description: 'The graph disappears from every read (404 afterwards). `If-Match` is optional.',
  request: { params: graphIdParams, headers: z.object({ 'if-match': optionalIfMatchHeader }) },
  responses: {
    204: { description: 'Deleted' },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'revision_conflict'),
  },
});

export function registerDeleteGraph(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(deleteGraphRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'write');
    writtenGraphOrThrow(await deleteGraph(database.db, { id, expectedRevision: optionalExpectedRevision(c) }), id);
    await collab.graphDeleted(id);
    return c.body(null, 204);
  });
}
