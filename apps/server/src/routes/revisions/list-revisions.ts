import { createRoute, z } from '@hono/zod-openapi';
import { listGraphRevisions } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { ifNoneMatchHeader, notModifiedResponse } from '../../openapi/headers.js';
import { conditionalJson } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, graphRevisionListSchema, pageQuery, toRevisionSummaryResponse } from '../graphs/schemas.js';

export const listRevisionsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/revisions',
  tags: ['Revisions'],
  summary: 'List a graph’s snapshots, newest first',
  request: { params: graphIdParams, query: pageQuery, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: graphRevisionListSchema } } },
    304: notModifiedResponse('Not modified since the `ETag` in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'invalid_cursor', 'validation_failed'),
  },
});

export function registerListRevisions(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(listRevisionsRoute, async (c) => {
    const { id } = c.req.valid('param');
    const { limit, cursor } = c.req.valid('query');
    // The first page says which snapshot is the graph as it is: with the edits of the last
    // moments written first (the projection trails them by up to 2 s), or a snapshot taken
    // just before them would pass for current and lose its Restore. A no-op when nothing
    // waits; the second lookup reads the revision that write made.
    // Access first: a caller who may not read the graph does not make its room write.
    let { revision: graphRevision } = await checkGraphAccess(database.db, c.var.actor, id, 'read');
    if (!cursor) {
      await collab.beforeDocumentWrite(id);
      graphRevision = (await checkGraphAccess(database.db, c.var.actor, id, 'read')).revision;
    }
    const page = await listGraphRevisions(database.db, { graphId: id, limit, cursor });
    switch (page.kind) {
      case 'page':
        return conditionalJson(c, { revisions: page.revisions.map(toRevisionSummaryResponse), nextCursor: page.nextCursor, graphRevision } satisfies z.infer<typeof graphRevisionListSchema>) as never;
      case 'invalid_cursor':
        throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
      case 'not_found':
        throw notFound(`Graph ${id}`);
      default:
        return assertNever(page);
    }
  });
}
