import { createRoute, z } from '@hono/zod-openapi';
import { insertGraph } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { checkWritableDocument } from '../../graphs/document-check.js';
import { formatEtag } from '../../graphs/etag.js';
import { targetWorkspaceId } from '../../graphs/target-workspace.js';
import { importFormatSchema, importGraph } from '../../graphs/importers.js';
import type { RouteDeps } from '../deps.js';
import { graphName, graphSchema, toGraphResponse, workspaceId } from './schemas.js';

export const importGraphBody = z
  .object({
    format: importFormatSchema,
    source: z
      .union([z.string(), z.record(z.string(), z.unknown())])
      .openapi({ description: 'The document: GraphJSON as an object or as JSON text (format "json").' }),
    name: graphName.optional(),
    workspaceId: workspaceId.optional(),
  })
  .openapi('ImportGraph');
export type ImportGraphBody = z.infer<typeof importGraphBody>;

const DEFAULT_IMPORTED_NAME = 'Imported graph';

export const importGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/graphs/import',
  tags: ['Graphs'],
  summary: 'Create a graph from an exported document',
  request: { body: { required: true, content: { 'application/json': { schema: importGraphBody } } } },
  responses: {
    201: {
      description: 'The new graph',
      headers: z.object({ Location: z.string(), ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'invalid_json', 'unsupported_media_type', 'validation_failed', 'invalid_graph', 'unsupported_format', 'not_found'),
  },
});

export function registerImportGraph(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(importGraphRoute, async (c) => {
    const body = c.req.valid('json');
    const imported = importGraph(body.format, body.source);
    const issues = checkWritableDocument(imported.document, ['source']);
    const graph = await insertGraph(database.db, {
      name: body.name ?? imported.name ?? DEFAULT_IMPORTED_NAME,
      workspaceId: await targetWorkspaceId(database.db, c.var.actor, body.workspaceId),
      document: imported.document,
    });
    c.header('Location', `/api/v1/graphs/${graph.id}`);
    c.header('ETag', formatEtag(graph.revision));
    return c.json(toGraphResponse(graph, issues), 201);
  });
}
