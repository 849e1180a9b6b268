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
  .object({ status: z.literal('ready'), checks: z.object({ database: checkState, migrations: checkState, redis: checkState.optional().openapi({ description: 'Scaled mode only' }) }) })
  .openapi('Readiness', { example: { status: 'ready', checks: { database: 'ok', migrations: 'ok' } } });

export const readyRoute = createRoute({
  method: 'get',
  path: '/readyz',
  tags: ['Health'],
  summary: 'Readiness: the database answers and has every migration (and Redis answers in the scaled mode)',
  description: 'A 503 problem names the failing check in `checks` when this instance cannot serve.',
  responses: {
    200: { description: 'Ready to serve', content: { 'application/json': { schema: readiness } } },
    ...problemResponses('service_unavailable'),
  },
});

/** A dependency that answers within this long counts as up: a probe must not hang on an outage. */
const CHECK_TIMEOUT_MS = 2_000;

const within = <T>(promise: Promise<T>, ms: number): Promise<T> => {
  let timer: NodeJS.Timeout | undefined;
  return Promise.race([
    promise,
    new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms);
    }),
  ]).finally(() => clearTimeout(timer));
};

export interface HealthDeps {
  database: Database;
  /** Scaled mode: resolves when Redis answers (queues, events, rate limits and the collab relay live there). */
  redis?: (() => Promise<unknown>) | undefined;
}

/**
 * `/healthz`: the process is alive (no dependencies: a database outage must not get the
 * process restarted). `/readyz`: this instance can serve — the database answers and has
 * every migration this build knows, and Redis answers in the scaled mode. Both are
 * uncached and kept out of the request log.
 */
export function registerHealth(app: OpenAPIHono<AppEnv>, { database, redis }: HealthDeps): void {
  app.openapi(healthRoute, (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' as const });
  });

  app.openapi(readyRoute, async (c) => {
    c.header('Cache-Control', 'no-store');
    const checks: { database: CheckState; migrations: CheckState; redis?: CheckState } = { database: 'unknown', migrations: 'unknown' };
    const databaseCheck = (async () => {
      try {
        await within(database.ping(), CHECK_TIMEOUT_MS);
        checks.database = 'ok';
        const { pending } = await within(getMigrationStatus(database), CHECK_TIMEOUT_MS);
        checks.migrations = pending.length === 0 ? 'ok' : 'pending';
      } catch (error) {
        // Logged for operators; the probe answer names the failing check, not the reason.
        c.var.log?.().warn({ err: error, check: 'database' }, 'readiness check failed');
        if (checks.database !== 'ok') checks.database = 'unreachable';
      }
    })();
    const redisCheck = redis
      ? within(redis(), CHECK_TIMEOUT_MS).then(
          () => void (checks.redis = 'ok'),
          (error: unknown) => {
            c.var.log?.().warn({ err: error, check: 'redis' }, 'readiness check failed');
            checks.redis = 'unreachable';
          },
        )
      : undefined;
    await Promise.all([databaseCheck, redisCheck]);
    const failing = Object.entries(checks).filter(([, state]) => state !== 'ok');
    if (failing.length === 0) return c.json({ status: 'ready' as const, checks });
    throw new ApiError('service_unavailable', {
      detail:
        checks.database !== 'ok'
          ? 'The database is unreachable.'
          : checks.migrations !== 'ok'
            ? 'Database migrations are pending.'
            : 'Redis is unreachable.',
      extensions: { checks },
      // What a load balancer or an orchestrator waits before probing again.
      headers: { 'Retry-After': '5' },
    });
  });
}
