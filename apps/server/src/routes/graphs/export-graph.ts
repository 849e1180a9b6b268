import { createRoute } from '@hono/zod-openapi';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { attachment, exportFilename } from '../../graphs/export-filename.js';
import type { RouteDeps } from '../deps.js';
import { graphDocument, graphIdParams } from './schemas.js';

export const exportGraphRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/export',
  tags: ['Graphs'],
  summary: 'Download a graph as GraphJSON',
  description: 'The body imports back with `POST /graphs/import {format: "json", source}`.',
  request: { params: graphIdParams },
  responses: {
    200: { description: 'GraphJSON, as an attachment named `<slug>.pcanvas.json`', content: { 'application/json': { schema: graphDocument } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerExportGraph(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(exportGraphRoute, async (c) => {
    const { id } = c.req.valid('param');
    const graph = await graphFor(database.db, c.var.actor, id, 'read');
    c.header('Content-Disposition', attachment(exportFilename(graph.name)));
    return c.json(graph.document, 200);
  });
}
