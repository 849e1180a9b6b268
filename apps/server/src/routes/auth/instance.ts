import { createRoute, z } from '@hono/zod-openapi';
import { hasAnyAccount } from '@pc/db';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';

export const instanceSchema = z
  .object({
    hasOwner: z.boolean().openapi({
      description: 'False until the first account exists. Sign-up is open either way; the first account becomes the instance owner.',
    }),
  })
  .openapi('Instance');

export const instanceRoute = createRoute({
  method: 'get',
  path: '/auth/instance',
  tags: ['Auth'],
  summary: 'Whether this install has its owner yet',
  description:
    'Public. A new install has no accounts: the web app then opens on "Create the first account" instead of a sign-in form nobody can use.',
  responses: {
    200: { description: 'The install’s state', content: { 'application/json': { schema: instanceSchema } } },
    ...problemResponses(),
  },
});

export function registerInstance(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(instanceRoute, async (c) => {
    const hasOwner = await hasAnyAccount(database.db);
    c.header('Cache-Control', 'no-store');
    return c.json({ hasOwner }, 200);
  });
}
