import { createRoute, z } from '@hono/zod-openapi';
import { listGraphs } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { conditionalJson } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';
import { graphListQuery, graphListSchema, toGraphSummaryResponse } from './schemas.js';

export const listGraphsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs',
  tags: ['Graphs'],
  summary: 'List the graphs you can read, most recently updated first',
  description: 'Graphs of every workspace you are a member of, or of one (`workspaceId`).',
  request: { query: graphListQuery },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: graphListSchema } } },
    304: { description: 'Not modified since the `ETag` in `If-None-Match`' },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'invalid_cursor', 'validation_failed', 'not_found'),
  },
});

export function registerListGraphs(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listGraphsRoute, async (c) => {
    const { limit, cursor, workspaceId } = c.req.valid('query');
    const actor = c.var.actor;
    // One query for access and page; only an empty page of one workspace needs the
    // membership check that tells "empty" (200) from "not yours" (404).
    const page = await listGraphs(database.db, { readableBy: actor.user.id, workspaceId, limit, cursor });
    switch (page.kind) {
      case 'page':
        if (workspaceId !== undefined && page.graphs.length === 0) await workspaceFor(database.db, actor, workspaceId, 'read');
        return conditionalJson(c, { graphs: page.graphs.map(toGraphSummaryResponse), nextCursor: page.nextCursor } satisfies z.infer<typeof graphListSchema>) as never;
      case 'invalid_cursor':
        throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
      default:
        return assertNever(page);
    }
  });
}
