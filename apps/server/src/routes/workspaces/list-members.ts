import { createRoute } from '@hono/zod-openapi';
import { listWorkspaceMembers } from '@pc/db';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { memberListSchema, toMemberResponse, workspaceIdParams } from './schemas.js';

export const listMembersRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces/{id}/members',
  tags: ['Workspaces'],
  summary: 'Members of a workspace, owners first',
  request: { params: workspaceIdParams },
  responses: {
    200: { description: 'Every member with their role', content: { 'application/json': { schema: memberListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerListMembers(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listMembersRoute, async (c) => {
    const workspace = await workspaceFor(database.db, c.var.actor, c.req.valid('param').id, 'read');
    const members = await listWorkspaceMembers(database.db, workspace.id);
    return c.json({ members: members.map(toMemberResponse) }, 200);
  });
}
