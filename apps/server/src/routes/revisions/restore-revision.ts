import { createRoute, z } from '@hono/zod-openapi';
import { findGraphRevision, restoreGraphRevision } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { checkWritableDocument } from '../../graphs/document-check.js';
import { formatEtag } from '../../graphs/etag.js';
import { optionalExpectedRevision } from '../../graphs/preconditions.js';
import { revisionConflict } from '../../graphs/write-outcome.js';
import type { RouteDeps } from '../deps.js';
import { missingSnapshot } from './missing-snapshot.js';
import { graphSchema, revisionParams, toGraphResponse } from '../graphs/schemas.js';
import { optionalIfMatchHeader } from '../../openapi/headers.js';

export const restoreRevisionRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/graphs/{id}/revisions/{rev}/restore',
  tags: ['Revisions'],
  summary: 'Make a snapshot the live document again',
  description:
    'The live document is replaced by the snapshot and takes the next revision. The state it replaces is snapshotted ' +
    'first ("Before restoring revision N"), so a restore can be undone by restoring that snapshot. `If-Match` is optional.',
  request: { params: revisionParams, headers: z.object({ 'if-match': optionalIfMatchHeader }) },
  responses: {
    200: {
      description: 'The graph at its new revision',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'revision_conflict', 'validation_failed', 'invalid_graph'),
  },
});

export function registerRestoreRevision(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(restoreRevisionRoute, async (c) => {
    const { id, rev } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'write');
    const expectedRevision = optionalExpectedRevision(c);
    // 1. A snapshot is immutable, so checking it before the write cannot race with it;
    //    the rules may have tightened since it was taken, hence the check at all.
    const snapshot = await findGraphRevision(database.db, id, rev);
    if (!snapshot) throw await missingSnapshot(database.db, id, rev);
    const issues = checkWritableDocument(snapshot.document, ['document']);
    // 2. Snapshot the current state (with what collaborators did) and replace it, in one
    //    transaction; then the live document follows, as a diff.
    await collab.beforeDocumentWrite(id);
    const result = await restoreGraphRevision(database.db, { graphId: id, revision: rev, expectedRevision });
    switch (result.kind) {
      case 'restored':
        collab.graphChanged(id, result.graph.workspaceId);
        await collab.applyDocument(id, result.graph.document);
        c.header('ETag', formatEtag(result.graph.revision));
        return c.json(toGraphResponse(result.graph, issues), 200);
      case 'not_found':
        throw notFound(`Graph ${id}`);
      case 'revision_not_found':
        throw await missingSnapshot(database.db, id, rev);
      case 'revision_conflict':
        throw revisionConflict(id, result.currentRevision);
      default:
        return assertNever(result);
    }
  });
}
