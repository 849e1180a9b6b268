import { createRoute, z } from '@hono/zod-openapi';
import { changeWorkspaceRole } from '@pc/db';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { changedMemberOrThrow } from './membership-outcome.js';
import { memberParams, memberSchema, toMemberResponse, workspaceRole } from './schemas.js';

export const changeMemberRoleBody = z.object({ role: workspaceRole }).openapi('ChangeMemberRole');
export type ChangeMemberRoleBody = z.infer<typeof changeMemberRoleBody>;

export const changeMemberRoleRoute = createRoute({
  ...signedIn('write'),
  method: 'patch',
  path: '/workspaces/{id}/members/{userId}',
  tags: ['Workspaces'],
  summary: 'Change a member’s role (owners only; the last owner stays an owner)',
  request: { params: memberParams, body: { required: true, content: { 'application/json': { schema: changeMemberRoleBody } } } },
  responses: {
    200: { description: 'The member with the new role', content: { 'application/json': { schema: memberSchema } } },
    ...problemResponses(
      'invalid_json', 'unsupported_media_type',
      'validation_failed',
      'unauthenticated',
      'insufficient_scope',
      'forbidden',
      'not_found',
      'last_owner',
      'csrf_rejected',
    ),
  },
});

export function registerChangeMemberRole(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(changeMemberRoleRoute, async (c) => {
    const { id, userId } = c.req.valid('param');
    const workspace = await workspaceFor(database.db, c.var.actor, id, 'manage');
    const result = await changeWorkspaceRole(database.db, { workspaceId: workspace.id, userId, role: c.req.valid('json').role });
    const member = changedMemberOrThrow(result, userId);
    if (!member) throw new Error('changing a role removed the member');
    // A viewer now: their open sockets stop writing at once, not at their next reconnect.
    await collab.accessChanged(workspace.id, userId);
    return c.json(toMemberResponse(member), 200);
  });
}
