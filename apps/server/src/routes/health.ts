import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { getMigrationStatus, type Database } from '@pc/db';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors/api-error.js';
import { problemResponses } from '../errors/problem.js';

const checkState = z.enum(['ok', 'unreachable', 'pending', 'unknown']);
type CheckState = z.infer<typeof checkState>;

export const healthRoute = createRoute({
  method: 'get',
  path: '/healthz',
  tags: ['Health'],
  summary: 'Liveness: the process is up',
  description: 'Checks no dependency, so a database outage never gets the process restarted. Not rate-limited or logged.',
  responses: {
    200: {
      description: 'Alive',
      content: { 'application/json': { schema: z.object({ status: z.literal('ok') }).openapi('Health', { example: { status: 'ok' } }) } },
    },
    ...problemResponses(),
  },
});

const readiness = z
  .object({ status: z.literal('ready'), checks: z.object({ database: checkState, migrations: checkState }) })
  .openapi('Readiness', { example: { status: 'ready', checks: { database: 'ok', migrations: 'ok' } } });

export const readyRoute = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Health'],
  summary: 'Readiness: the database answers and has every migration',
  description: 'A 503 problem names the failing check in `checks` when this instance cannot serve.',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: readiness } } },
    ...problemResponses('service_unavailable'),
  },
});

/**
 * `/healthz`: the process is alive (no dependencies: a database outage must not get the
 * process restarted). `/readyz`: this instance can serve — the database answers and has
 * every migration this build knows. Both are uncached and kept out of the request log.
 */
export function registerHealth(app: OpenAPIHono<AppEnv>, { database }: { database: Database }): void {
  app.openapi(healthRoute, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' as const });
  });

  app.openapi(readyRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    const checks: { database: CheckState; migrations: CheckState } = { database: 'unknown', migrations: 'unknown' };
    try {
      await database.ping();
      checks.database = 'ok';
      const { pending } = await getMigrationStatus(database);
      checks.migrations = pending.length === 0 ? 'ok' : 'pending';
    } catch (error) {
      // Logged for operators; the probe answer names the failing check, not the reason.
      c.var.logger?.warn({ err: error }, 'readiness check failed');
      if (checks.database !== 'ok') checks.database = 'unreachable';
    }
    if (checks.database === 'ok' && checks.migrations === 'ok') return c.json({ status: 'ready' as const, checks });
    throw new ApiError('service_unavailable', {
      detail: checks.database === 'ok' ? 'Database migrations are pending.' : 'The database is unreachable.',
      extensions: { checks },
    });
  });
}
