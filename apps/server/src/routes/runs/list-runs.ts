import { createRoute } from '@hono/zod-openapi';
import { runs as runsTable, users, workspaceMembers } from '@pc/db';
import { and, desc, eq, lt, or } from 'drizzle-orm';
import { z } from 'zod';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { ifNoneMatchHeader, notModifiedResponse } from '../../openapi/headers.js';
import { conditionalJson } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, pageQuery } from '../graphs/schemas.js';
import { runListSchema, toRunSummaryResponse } from './schemas.js';

export const listRunsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/runs',
  tags: ['Runs'],
  summary: 'A graph’s run history, newest first',
  request: { params: graphIdParams, query: pageQuery, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: runListSchema } } },
    304: notModifiedResponse('Not modified since the `ETag` in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'invalid_cursor', 'validation_failed'),
  },
});

const cursorSchema = z.strictObject({ createdAt: z.iso.datetime(), id: z.string().max(64) });
const encodeCursor = (value: z.infer<typeof cursorSchema>) => Buffer.from(JSON.stringify(value)).toString('base64url');
const decodeCursor = (cursor: string) => {
  try {
    const parsed = cursorSchema.safeParse(JSON.parse(Buffer.from(cursor, 'base64url').toString('utf8')));
    return parsed.success ? parsed.data : undefined;
  } catch {
    return undefined;
  }
};

export function registerListRuns(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listRunsRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'read');
    const { limit, cursor } = c.req.valid('query');
    const after = cursor === undefined ? undefined : decodeCursor(cursor);
    if (cursor !== undefined && !after) throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
    const afterDate = after ? new Date(after.createdAt) : undefined;
    // The requester's name only while they are a member: someone who left is "a former member" in the history.
    const rows = await database.db
      .select({ run: runsTable, requestedByName: users.name })
      .from(runsTable)
      .leftJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, runsTable.workspaceId), eq(workspaceMembers.userId, runsTable.requestedBy)))
      .leftJoin(users, eq(users.id, workspaceMembers.userId))
      .where(
        and(
          eq(runsTable.graphId, id),
          after && afterDate ? or(lt(runsTable.createdAt, afterDate), and(eq(runsTable.createdAt, afterDate), lt(runsTable.id, after.id))) : undefined,
        ),
      )
      .orderBy(desc(runsTable.createdAt), desc(runsTable.id))
      .limit(limit + 1);
    const page = rows.slice(0, limit);
    const last = page.at(-1);
    const body: z.infer<typeof runListSchema> = {
      runs: page.map(({ run, requestedByName }) => ({ ...toRunSummaryResponse(run), requestedByName })),
      nextCursor: rows.length > limit && last ? encodeCursor({ createdAt: last.run.createdAt.toISOString(), id: last.run.id }) : null,
    };
    return conditionalJson(c, body) as never;
  });
}
