import { createRoute } from '@hono/zod-openapi';
import { pageWorkspaceMembers } from '@pc/db';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { rowsOf, shortListPageQuery } from '../pages.js';
import { memberListSchema, toMemberResponse, workspaceIdParams } from './schemas.js';

export const listMembersRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces/{id}/members',
  tags: ['Workspaces'],
  summary: 'Members of a workspace, owners first',
  request: { params: workspaceIdParams, query: shortListPageQuery },
  responses: {
    200: { description: 'One page of members with their role; `nextCursor` is null on the last', content: { 'application/json': { schema: memberListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'invalid_cursor', 'validation_failed'),
  },
});

export function registerListMembers(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listMembersRoute, async (c) => {
    const workspace = await workspaceFor(database.db, c.var.actor, c.req.valid('param').id, 'read');
    const { rows, nextCursor } = rowsOf(await pageWorkspaceMembers(database.db, workspace.id, c.req.valid('query')));
    return c.json({ members: rows.map(toMemberResponse), nextCursor }, 200);
  });
}
