import { createRoute, z } from '@hono/zod-openapi';
import { renameGraph } from '@pc/db';
import { validateGraph } from '@pc/graph';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { formatEtag } from '../../graphs/etag.js';
import { optionalExpectedRevision } from '../../graphs/preconditions.js';
import { writtenGraphOrThrow } from '../../graphs/write-outcome.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, graphName, graphSchema, toGraphResponse } from './schemas.js';
import { optionalIfMatchHeader } from '../../openapi/headers.js';

export const renameGraphBody = z.object({ name: graphName }).openapi('RenameGraph');
export type RenameGraphBody = z.infer<typeof renameGraphBody>;

export const renameGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'patch',
  path: '/graphs/{id}',
  tags: ['Graphs'],
  summary: 'Rename a graph',
  description:
    'The name is metadata: a rename keeps the revision (and the ETag), so it never makes a pending document save conflict. ' +
    '`If-Match` is optional here; when sent, it must name the current revision.',
  request: {
    params: graphIdParams,
    headers: z.object({ 'if-match': optionalIfMatchHeader }),
    body: { required: true, content: { 'application/json': { schema: renameGraphBody } } },
  },
  responses: {
    200: {
      description: 'The renamed graph',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'revision_conflict', 'invalid_json', 'unsupported_media_type', 'validation_failed'),
  },
});

export function registerRenameGraph(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(renameGraphRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'write');
    const { name } = c.req.valid('json');
    const result = await renameGraph(database.db, { id, name, expectedRevision: optionalExpectedRevision(c) });
    const graph = writtenGraphOrThrow(result, id);
    // Same revision, but a new name and updatedAt: cached reads and list pages are stale.
    collab.graphChanged(id, graph.workspaceId);
    c.header('ETag', formatEtag(graph.revision));
    return c.json(toGraphResponse(graph, validateGraph(graph.document)), 200);
  });
}
