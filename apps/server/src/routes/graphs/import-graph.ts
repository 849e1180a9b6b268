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
import { importedGraphSchema, importSource, withImportReport } from './import-schemas.js';
import { graphName, toGraphResponse, workspaceId } from './schemas.js';

export const importGraphBody = z
  .object({
    format: importFormatSchema,
    source: importSource,
    name: graphName.optional().openapi({ description: 'Default: the screenplay’s title or the project file’s name, else "Imported graph".' }),
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
  summary: 'Create a graph from an exported document or a screenplay',
  description:
    'Format "json": GraphJSON. Format "fountain": a Fountain screenplay becomes a Script node, a Scene per heading, a Character per speaker, a Location per place and their links; the response carries an `importReport`.',
  request: { body: { required: true, content: { 'application/json': { schema: importGraphBody } } } },
  responses: {
    201: {
      description: 'The new graph',
      headers: z.object({ Location: z.string(), ETag: z.string() }),
      content: { 'application/json': { schema: importedGraphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'invalid_json', 'unsupported_media_type', 'validation_failed', 'invalid_graph', 'unsupported_format', 'not_found'),
  },
});

export function registerImportGraph(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(importGraphRoute, async (c) => {
    const body = c.req.valid('json');
    const imported = importGraph(body.format, body.source);
    const issues = checkWritableDocument(imported.document, ['source']);
    const graph = await insertGraph(database.db, {
      name: body.name ?? imported.name ?? DEFAULT_IMPORTED_NAME,
      workspaceId: await targetWorkspaceId(database.db, c.var.actor, body.workspaceId),
      document: imported.document,
    });
    collab.graphChanged(graph.id, graph.workspaceId);
    c.header('Location', `/api/v1/graphs/${graph.id}`);
    c.header('ETag', formatEtag(graph.revision));
    return c.json(withImportReport(toGraphResponse(graph, issues), imported), 201);
  });
}
