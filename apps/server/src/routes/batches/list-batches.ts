import { createRoute } from '@hono/zod-openapi';
import { batchItems, batches, workspaceMembers } from '@pc/db';
import { batchViewOf, type BatchCounts } from '@pc/engine';
import { and, desc, eq, inArray, lt, or, sql } from 'drizzle-orm';
import { z } from 'zod';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { createCursor } from './cursor.js';
import { batchListQuery, batchListSchema } from './schemas.js';

export const listBatchesRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/batches',
  tags: ['Batches'],
  summary: 'Batches of the workspaces you are in, newest first',
  request: { query: batchListQuery },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', content: { 'application/json': { schema: batchListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'invalid_cursor', 'validation_failed'),
  },
});

const cursor = createCursor(z.strictObject({ createdAt: z.iso.datetime(), id: z.string().max(64) }));

export function registerListBatches(api: ApiApp, { database }: RouteDeps): void {
  const db = database.db;
  api.openapi(listBatchesRoute, async (c) => {
    const query = c.req.valid('query');
    const after = cursor.decode(query.cursor);
    const afterDate = after && new Date(after.createdAt);
    const rows = await db
      .select({ batch: batches })
      .from(batches)
      .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, batches.workspaceId), eq(workspaceMembers.userId, c.var.actor.user.id)))
      .where(
        and(
          query.workspaceId ? eq(batches.workspaceId, query.workspaceId) : undefined,
          query.graphId ? eq(batches.graphId, query.graphId) : undefined,
          query.status ? eq(batches.status, query.status) : undefined,
          after && afterDate ? or(lt(batches.createdAt, afterDate), and(eq(batches.createdAt, afterDate), lt(batches.id, after.id))) : undefined,
        ),
      )
      .orderBy(desc(batches.createdAt), desc(batches.id))
      .limit(query.limit + 1);
    const page = rows.slice(0, query.limit).map((row) => row.batch);
    const counts = new Map<string, BatchCounts>(page.map((batch) => [batch.id, { total: batch.total, queued: 0, running: 0, succeeded: 0, failed: 0, cancelled: 0 }]));
    if (page.length > 0) {
      const grouped = await db
        .select({ batchId: batchItems.batchId, status: batchItems.status, count: sql<number>`count(*)::int` })
        .from(batchItems)
        .where(inArray(batchItems.batchId, [...counts.keys()]))
        .groupBy(batchItems.batchId, batchItems.status);
      for (const row of grouped) {
        const entry = counts.get(row.batchId);
        if (entry) entry[row.status] = Number(row.count);
      }
    }
    const last = page.at(-1);
    return c.json(
      {
        batches: page.map((batch) => batchViewOf(batch, counts.get(batch.id)!)),
        nextCursor: rows.length > query.limit && last ? cursor.encode({ createdAt: last.createdAt.toISOString(), id: last.id }) : null,
      },
      200,
    );
  });
}
