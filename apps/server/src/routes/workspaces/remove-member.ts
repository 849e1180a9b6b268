import { createRoute } from '@hono/zod-openapi';
import { removeWorkspaceMember } from '@pc/db';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { changedMemberOrThrow } from './membership-outcome.js';
import { memberParams } from './schemas.js';

export const removeMemberRoute = createRoute({
  ...signedIn('write'),
  method: 'delete',
  path: '/workspaces/{id}/members/{userId}',
  tags: ['Workspaces'],
  summary: 'Remove a member, or leave (the last owner cannot leave)',
  description: 'Owners may remove anyone; any member may remove themselves.',
  request: { params: memberParams },
  responses: {
    204: { description: 'Removed' },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'not_found', 'last_owner', 'csrf_rejected'),
  },
});

export function registerRemoveMember(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(removeMemberRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    const actor = c.var.actor;
    const leaving = userId === actor.user.id;
    const workspace = await workspaceFor(database.db, actor, id, leaving ? 'read' : 'manage');
    changedMemberOrThrow(await removeWorkspaceMember(database.db, { workspaceId: workspace.id, userId }), userId);
    // Their open sockets on this workspace's graphs close with 4403.
    await collab.accessChanged(workspace.id, userId);
    return c.body(null, 204);
  });
}
