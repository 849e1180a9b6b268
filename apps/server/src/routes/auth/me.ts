import { createRoute, z } from '@hono/zod-openapi';
import { pageUserWorkspaces, type Db } from '@pc/db';
import type { Actor } from '../../auth/actor.js';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { rowsOf } from '../pages.js';
import { toWorkspaceResponse, workspaceSchema } from '../workspaces/schemas.js';
import { toUserResponse, userSchema } from './schemas.js';

export const meSchema = z
  .object({
    user: userSchema,
    workspaces: z.array(workspaceSchema).openapi({ description: 'The first page of GET /workspaces (up to 100).' }),
    workspacesNextCursor: z.string().nullable().openapi({ description: 'Pass as `cursor` to GET /workspaces for the rest; null when this is all.' }),
  })
  .openapi('Me');
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

/** What GET /me answers for `user` (GET /auth/session answers it too). */
export async function meOf(db: Db, user: Actor['user']): Promise<MeResponse> {
  const workspaces = rowsOf(await pageUserWorkspaces(db, user.id, { limit: 100 }));
  return { user: toUserResponse(user), workspaces: workspaces.rows.map(toWorkspaceResponse), workspacesNextCursor: workspaces.nextCursor };
}

export function registerMe(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(meRoute, async (c) => {
    const me = await meOf(database.db, c.var.actor.user);
    c.header('Cache-Control', 'no-store');
    return c.json(me, 200);
  });
}
