import { createRoute, z } from '@hono/zod-openapi';
import { replaceGraphDocument } from '@pc/db';
import { checkGraphAccess, graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { checkWritableDocument } from '../../graphs/document-check.js';
import { formatEtag } from '../../graphs/etag.js';
import { importFormatSchema, reimportGraph } from '../../graphs/importers.js';
import { optionalExpectedRevision } from '../../graphs/preconditions.js';
import { revisionConflict, writtenGraphOrThrow } from '../../graphs/write-outcome.js';
import type { RouteDeps } from '../deps.js';
import { importedGraphSchema, importSource, withImportReport, SCREENPLAY_FILES_DESCRIPTION } from './import-schemas.js';
import { graphIdParams, toGraphResponse } from './schemas.js';
import { optionalIfMatchHeader } from '../../openapi/headers.js';

export const reimportGraphBody = z.object({ format: importFormatSchema, source: importSource }).openapi('ReimportGraph');
export type ReimportGraphBody = z.infer<typeof reimportGraphBody>;

export const reimportGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/graphs/{id}/import',
  tags: ['Graphs'],
  summary: 'Re-import a screenplay into a graph (sync, not duplicate)',
  description:
    'Syncs the graph with the next draft of its screenplay (format "fountain", "fdx" for a Final Draft file, "pdf" for a screenplay PDF in base64, or "fadein", "highland", "docx" as below): scenes, characters and locations are matched by stable keys, the fields the script owns are updated, everything else (Shots, notes, positions, links) is kept, new scenes are added and scenes the script dropped are tagged "removed-from-script". Importing the same script twice changes nothing. A text without a scene heading is refused (422 `validation_failed`, `source`), since it would flag every scene as removed. `If-Match` is optional: without it the sync applies to the current revision.' +
    SCREENPLAY_FILES_DESCRIPTION,
  request: {
    params: graphIdParams,
    headers: z.object({ 'if-match': optionalIfMatchHeader }),
    body: { required: true, content: { 'application/json': { schema: reimportGraphBody } } },
  },
  responses: {
    200: {
      description: 'The graph at its new revision (the same revision when nothing changed), with the import report',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: importedGraphSchema } },
    },
    ...problemResponses(
      'unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'revision_conflict',
      'invalid_json', 'unsupported_media_type', 'validation_failed', 'invalid_graph', 'unsupported_format',
    ),
  },
});

export function registerReimportGraph(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(reimportGraphRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'write');
    // The sync starts from what collaborators see, not from a projection up to 2 s old.
    await collab.beforeDocumentWrite(id);
    const current = await graphFor(database.db, c.var.actor, id, 'write');
    const expectedRevision = optionalExpectedRevision(c);
    if (expectedRevision !== undefined && expectedRevision !== current.revision) throw revisionConflict(id, current.revision);
    const body = c.req.valid('json');
    const imported = await reimportGraph(body.format, body.source, current.document);
    const issues = checkWritableDocument(imported.document, ['source']);
    const unchanged = imported.report !== undefined && isUnchanged(imported.report.changes);
    // The sync was computed from `current`: writing against its revision keeps a concurrent edit from being lost.
    const graph = unchanged
      ? current
      : writtenGraphOrThrow(await replaceGraphDocument(database.db, { id, expectedRevision: current.revision, document: imported.document }), id);
    // Connected editors see the re-import at once; what they type meanwhile merges.
    if (!unchanged) {
      collab.graphChanged(id, graph.workspaceId);
      await collab.applyDocument(id, graph.document);
    }
    c.header('ETag', formatEtag(graph.revision));
    return c.json(withImportReport(toGraphResponse(graph, issues), imported), 200);
  });
}

const isUnchanged = (changes: { addedNodes: string[]; updatedNodes: string[]; addedEdges: string[]; replacedEdges: string[] }): boolean =>
  changes.addedNodes.length + changes.updatedNodes.length + changes.addedEdges.length + changes.replacedEdges.length === 0;
