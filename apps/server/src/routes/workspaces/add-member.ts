import { createRoute, z } from '@hono/zod-openapi';
import { addWorkspaceMember, findUserByEmail } from '@pc/db';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { email } from '../auth/schemas.js';
import type { RouteDeps } from '../deps.js';
import { changedMemberOrThrow } from './membership-outcome.js';
import { memberSchema, toMemberResponse, workspaceIdParams, workspaceRole } from './schemas.js';

export const addMemberBody = z.object({ email, role: workspaceRole }).openapi('AddMember');
export type AddMemberBody = z.infer<typeof addMemberBody>;

export const addMemberRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/workspaces/{id}/members',
  tags: ['Workspaces'],
  summary: 'Invite an existing user by email (owners only)',
  request: { params: workspaceIdParams, body: { required: true, content: { 'application/json': { schema: addMemberBody } } } },
  responses: {
    201: { description: 'The new member', content: { 'application/json': { schema: memberSchema } } },
    ...problemResponses(
      'invalid_json', 'unsupported_media_type',
      'validation_failed',
      'unauthenticated',
      'insufficient_scope',
      'forbidden',
      'not_found',
      'already_member',
      'csrf_rejected',
    ),
  },
});

export function registerAddMember(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(addMemberRoute, async (c) => {
    const body = c.req.valid('json');
    const workspace = await workspaceFor(database.db, c.var.actor, c.req.valid('param').id, 'manage');
    const user = await findUserByEmail(database.db, body.email);
    // Only owners get this far, and only they learn whether an address has an account.
    if (!user) {
      throw new ApiError('validation_failed', {
        detail: 'Nobody has an account with this email. Ask them to sign up first.',
        errors: [{ path: 'email', message: 'No account uses this email.', code: 'unknown_user' }],
      });
    }
    const member = changedMemberOrThrow(await addWorkspaceMember(database.db, { workspaceId: workspace.id, userId: user.id, role: body.role }), user.id);
    if (!member) throw new Error('adding a member removed one');
    // Their graph list now covers this workspace (here and, relayed, on every process).
    await collab.accessChanged(workspace.id, user.id);
    return c.json(toMemberResponse(member), 201);
  });
}
