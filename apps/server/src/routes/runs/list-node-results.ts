import { createRoute } from '@hono/zod-openapi';
import { findLatestNodeResults, type NodeRunRecord } from '@pc/db';
import { z } from 'zod';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { ifNoneMatchHeader, notModifiedResponse } from '../../openapi/headers.js';
import { conditionalJson } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams } from '../graphs/schemas.js';
import { nodeResultListSchema, toNodeResultResponse } from './schemas.js';

export const listNodeResultsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/results',
  tags: ['Runs'],
  summary: 'Each node’s latest result across the graph’s runs',
  description:
    'Per node of the graph as drawn now, its state in the latest run (by start) where it finished `succeeded`, `cached` or `failed`, with that run’s id and revision: ' +
    'what the canvas shows on each card. A node `skipped` or `cancelled` in a later run keeps its earlier result; batch items (variants ' +
    'with overrides) are not results of the graph as drawn and are left out. A node whose latest result failed also has its last success ' +
    '(`lastSuccess`): the output an earlier run made, which the canvas shows, marked as earlier, beside the reason. `ETag` / `If-None-Match` as for a run.',
  request: { params: graphIdParams, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: { description: 'The latest results', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: nodeResultListSchema } } },
    304: notModifiedResponse('Not modified since the `ETag` in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

/** The API says `queued` where the engine's row says `waiting` (a node not ready yet). */
const asView = ({ node, run }: NodeRunRecord) => ({ node: { ...node, status: node.status === 'waiting' ? ('queued' as const) : node.status }, run });

export function registerListNodeResults(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listNodeResultsRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'read');
    const rows = await findLatestNodeResults(database.db, id);
    const body: z.infer<typeof nodeResultListSchema> = {
      nodes: rows.map(({ node, run, lastSuccess }) => toNodeResultResponse(asView({ node, run }), lastSuccess && asView(lastSuccess))),
    };
    return conditionalJson(c, body) as never;
  });
}
