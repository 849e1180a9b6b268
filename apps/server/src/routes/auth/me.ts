import { createRoute, z } from '@hono/zod-openapi';
import { listUserWorkspaces } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { toWorkspaceResponse, workspaceSchema } from '../workspaces/schemas.js';
import { toUserResponse, userSchema } from './schemas.js';

export const meSchema = z.object({ user: userSchema, workspaces: z.array(workspaceSchema) }).openapi('Me');
export type MeResponse = z.infer<typeof meSchema>;

export const meRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/me',
  tags: ['Auth'],
  summary: 'Who you are, and your workspaces with your role in each',
  responses: {
    200: { description: 'The caller (the key’s user for an API key)', content: { 'application/json': { schema: meSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope'),
  },
});

export function registerMe(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(meRoute, async (c) => {
    const user = c.var.actor.user;
    const workspaces = await listUserWorkspaces(database.db, user.id);
    c.header('Cache-Control', 'no-store');
    return c.json({ user: toUserResponse(user), workspaces: workspaces.map(toWorkspaceResponse) }, 200);
  });
}
