import { createRoute } from '@hono/zod-openapi';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { toWorkspaceResponse, workspaceIdParams, workspaceSchema } from './schemas.js';

export const getWorkspaceRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces/{id}',
  tags: ['Workspaces'],
  summary: 'Read a workspace you are a member of',
  request: { params: workspaceIdParams },
  responses: {
    200: { description: 'The workspace with your role', content: { 'application/json': { schema: workspaceSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGetWorkspace(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(getWorkspaceRoute, async (c) => {
    const workspace = await workspaceFor(database.db, c.var.actor, c.req.valid('param').id, 'read');
    return c.json(toWorkspaceResponse(workspace), 200);
  });
}
