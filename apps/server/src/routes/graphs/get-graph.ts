import { createRoute, z } from '@hono/zod-openapi';
import { validateGraph } from '@pc/graph';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { formatEtag, isNotModified } from '../../graphs/etag.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, graphSchema, toGraphResponse } from './schemas.js';

export const getGraphRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}',
  tags: ['Graphs'],
  summary: 'Read a graph',
  description: 'Answers 304 when `If-None-Match` names the current revision.',
  request: { params: graphIdParams, headers: z.object({ 'if-none-match': z.string().optional() }) },
  responses: {
    200: {
      description: 'The graph; `ETag` is its revision',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    304: { description: 'Not modified since the revision in `If-None-Match`' },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGetGraph(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(getGraphRoute, async (c) => {
    const { id } = c.req.valid('param');
    const graph = await graphFor(database.db, c.var.actor, id, 'read');
    c.header('ETag', formatEtag(graph.revision));
    // Cache, but always revalidate: the ETag makes that a cheap 304.
    c.header('Cache-Control', 'private, no-cache');
    if (isNotModified(c.req.header('If-None-Match'), graph.revision)) return c.body(null, 304);
    return c.json(toGraphResponse(graph, validateGraph(graph.document)), 200);
  });
}
