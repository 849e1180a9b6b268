import { createRoute } from '@hono/zod-openapi';
import { pageUserWorkspaces } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { rowsOf, shortListPageQuery } from '../pages.js';
import { toWorkspaceResponse, workspaceListSchema } from './schemas.js';

export const listWorkspacesRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/workspaces',
  tags: ['Workspaces'],
  summary: 'Your workspaces, personal first',
  request: { query: shortListPageQuery },
  responses: {
    200: { description: 'One page of the workspaces you are a member of; `nextCursor` is null on the last', content: { 'application/json': { schema: workspaceListSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'invalid_cursor', 'validation_failed'),
  },
});

export function registerListWorkspaces(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(listWorkspacesRoute, async (c) => {
    const { rows, nextCursor } = rowsOf(await pageUserWorkspaces(database.db, c.var.actor.user.id, c.req.valid('query')));
    return c.json({ workspaces: rows.map(toWorkspaceResponse), nextCursor }, 200);
  });
}
