import { createRoute } from '@hono/zod-openapi';
import { listGraphs } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { graphListSchema, pageQuery, toGraphSummaryResponse } from './schemas.js';

export const listGraphsRoute = createRoute({
  method: 'get',
  path: '/graphs',
  tags: ['Graphs'],
  summary: 'List graphs, most recently updated first',
  request: { query: pageQuery },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', content: { 'application/json': { schema: graphListSchema } } },
    ...problemResponses('invalid_cursor', 'validation_failed'),
  },
});

export function registerListGraphs(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listGraphsRoute, async (c) => {
    const { limit, cursor } = c.req.valid('query');
    const page = await listGraphs(database.db, { limit, cursor });
    switch (page.kind) {
      case 'page':
        return c.json({ graphs: page.graphs.map(toGraphSummaryResponse), nextCursor: page.nextCursor }, 200);
      case 'invalid_cursor':
        throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
      default:
        return assertNever(page);
    }
  });
}
