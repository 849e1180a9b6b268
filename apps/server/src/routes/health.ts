import { getMigrationStatus, type Database } from '@pc/db';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors/api-error.js';

type CheckState = 'ok' | 'unreachable' | 'pending' | 'unknown';

/**
 * `/healthz`: the process is alive (no dependencies: a database outage must not get the
 * process restarted). `/readyz`: this instance can serve — the database answers and has
 * every migration this build knows. Both are uncached and kept out of the request log.
 */
export function registerHealth(app: Hono<AppEnv>, { database }: { database: Database }): void {
  app.get('/healthz', (c) => {
    c.header('Cache-Control', 'no-store');
    return c.json({ status: 'ok' as const });
  });

  app.get('/readyz', async (c) => {
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
