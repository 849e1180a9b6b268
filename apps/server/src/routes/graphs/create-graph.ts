import { createRoute, z } from '@hono/zod-openapi';
import { insertGraph } from '@pc/db';
import { emptyGraphDocument } from '@pc/graph';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { checkWritableDocument } from '../../graphs/document-check.js';
import { formatEtag } from '../../graphs/etag.js';
import { targetWorkspaceId } from '../../graphs/target-workspace.js';
import { parsedSynchronously } from '../../http/sync-parse.js';
import type { RouteDeps } from '../deps.js';
import { graphDocument, graphName, graphSchema, toGraphResponse, workspaceId } from './schemas.js';

export const createGraphBody = parsedSynchronously(
  z.object({
    name: graphName,
    workspaceId: workspaceId.optional().openapi({ description: 'Defaults to your personal workspace. You must be an editor or owner there.' }),
    document: graphDocument.optional().openapi({ description: 'Defaults to an empty graph.' }),
  }).openapi('CreateGraph'),
);
export type CreateGraphBody = z.infer<typeof createGraphBody>;

export const createGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/graphs',
  tags: ['Graphs'],
  summary: 'Create a graph',
  request: { body: { required: true, content: { 'application/json': { schema: createGraphBody } } } },
  responses: {
    201: {
      description: 'The new graph at revision 1',
      headers: z.object({ Location: z.string(), ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'invalid_json', 'unsupported_media_type', 'validation_failed', 'invalid_graph', 'not_found'),
  },
});

export function registerCreateGraph(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(createGraphRoute, async (c) => {
    const body = c.req.valid('json');
    const document = body.document ?? emptyGraphDocument();
    const issues = checkWritableDocument(document, ['document']);
    const target = await targetWorkspaceId(database.db, c.var.actor, body.workspaceId);
    const graph = await insertGraph(database.db, { name: body.name, workspaceId: target, document });
    // A new first row of its workspace's list.
    collab.graphChanged(graph.id, graph.workspaceId);
    c.header('Location', `/api/v1/graphs/${graph.id}`);
    c.header('ETag', formatEtag(graph.revision));
    return c.json(toGraphResponse(graph, issues), 201);
  });
}
