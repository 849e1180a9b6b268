import { z } from '@hono/zod-openapi';
import { workspaceRoles, type MemberWorkspace, type WorkspaceMember } from '@pc/db';

export const workspaceRole = z.enum(workspaceRoles).openapi('WorkspaceRole', {
  description: 'viewer: read; editor: read and write graphs; owner: also manage members.',
});

export const workspaceIdParams = z.object({
  id: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The workspace’s id (`ws_…`), as `GET /me` or `GET /workspaces` lists it.', example: 'ws_0f3k8q2m9v1x7c4d' }),
});
export const memberParams = workspaceIdParams.extend({
  userId: z
    .string()
    .min(1)
    .max(64)
    .openapi({ param: { name: 'userId', in: 'path' }, description: 'The member’s user id (`us_…`), as the workspace’s member list gives it.', example: 'us_0f3k8q2m9v1x7c4d' }),
});

export const workspaceSchema = z
  .object({
    id: z.string(),
    name: z.string(),
    role: workspaceRole.openapi({ description: 'Your role here.' }),
    personal: z.boolean().openapi({ description: 'Someone’s personal workspace (made at sign-up).' }),
    createdAt: z.iso.datetime(),
  })
  .openapi('Workspace');
export type WorkspaceResponse = z.infer<typeof workspaceSchema>;

export const workspaceListSchema = z.object({ workspaces: z.array(workspaceSchema), nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }) }).openapi('WorkspaceList');

export const memberSchema = z
  .object({ userId: z.string(), email: z.string(), name: z.string(), role: workspaceRole, createdAt: z.iso.datetime() })
  .openapi('WorkspaceMember');
export type WorkspaceMemberResponse = z.infer<typeof memberSchema>;

export const memberListSchema = z.object({ members: z.array(memberSchema), nextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` for the next page; null on the last.' }) }).openapi('WorkspaceMemberList');

export const toWorkspaceResponse = (workspace: MemberWorkspace): WorkspaceResponse => ({
  id: workspace.id,
  name: workspace.name,
  role: workspace.role,
  personal: workspace.personal,
  createdAt: workspace.createdAt.toISOString(),
});

export const toMemberResponse = (member: WorkspaceMember): WorkspaceMemberResponse => ({
  ...member,
  createdAt: member.createdAt.toISOString(),
});
