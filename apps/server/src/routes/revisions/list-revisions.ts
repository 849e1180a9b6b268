import { createRoute, z } from '@hono/zod-openapi';
import { listGraphRevisions } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError, notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { notModifiedResponse } from '../../openapi/headers.js';
import { conditionalJson } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, graphRevisionListSchema, pageQuery, toRevisionSummaryResponse } from '../graphs/schemas.js';

export const listRevisionsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/revisions',
  tags: ['Revisions'],
  summary: 'List a graph’s snapshots, newest first',
  request: { params: graphIdParams, query: pageQuery },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: graphRevisionListSchema } } },
    304: notModifiedResponse('Not modified since the `ETag` in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'invalid_cursor', 'validation_failed'),
  },
});

export function registerListRevisions(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listRevisionsRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'read');
    const { limit, cursor } = c.req.valid('query');
    const page = await listGraphRevisions(database.db, { graphId: id, limit, cursor });
    switch (page.kind) {
      case 'page':
        return conditionalJson(c, { revisions: page.revisions.map(toRevisionSummaryResponse), nextCursor: page.nextCursor } satisfies z.infer<typeof graphRevisionListSchema>) as never;
      case 'invalid_cursor':
        throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
      case 'not_found':
        throw notFound(`Graph ${id}`);
      default:
        return assertNever(page);
    }
  });
}
