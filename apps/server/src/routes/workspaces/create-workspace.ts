import { createRoute, z } from '@hono/zod-openapi';
import { createWorkspace } from '@pc/db';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { toWorkspaceResponse, workspaceSchema } from './schemas.js';

export const createWorkspaceBody = z
  .object({ name: z.string().trim().min(1).max(100).openapi({ example: 'Harbour — pilot unit' }) })
  .openapi('CreateWorkspace');
export type CreateWorkspaceBody = z.infer<typeof createWorkspaceBody>;

export const createWorkspaceRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/workspaces',
  tags: ['Workspaces'],
  summary: 'Create a shared workspace (you become its owner)',
  request: { body: { required: true, content: { 'application/json': { schema: createWorkspaceBody } } } },
  responses: {
    201: {
      description: 'The new workspace',
      headers: z.object({ Location: z.string() }),
      content: { 'application/json': { schema: workspaceSchema } },
    },
    ...problemResponses('invalid_json', 'unsupported_media_type', 'validation_failed', 'unauthenticated', 'insufficient_scope', 'csrf_rejected'),
  },
});

export function registerCreateWorkspace(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(createWorkspaceRoute, async (c) => {
    const { name } = c.req.valid('json');
    const workspace = await createWorkspace(database.db, { name, ownerId: c.var.actor.user.id });
    c.header('Location', `/api/v1/workspaces/${workspace.id}`);
    return c.json(toWorkspaceResponse(workspace), 201);
  });
}
