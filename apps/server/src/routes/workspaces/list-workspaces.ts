import { createRoute } from '@hono/zod-openapi';
import { listUserWorkspaces } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { toWorkspaceResponse, workspaceListSchema } from './schemas.js';

export const listWorkspacesRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces',
  tags: ['Workspaces'],
  summary: 'Your workspaces, personal first',
  responses: {
    200: { description: 'Every workspace you are a member of', content: { 'application/json': { schema: workspaceListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope'),
  },
});

export function registerListWorkspaces(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listWorkspacesRoute, async (c) => {
    const workspaces = await listUserWorkspaces(database.db, c.var.actor.user.id);
    return c.json({ workspaces: workspaces.map(toWorkspaceResponse) }, 200);
  });
}
