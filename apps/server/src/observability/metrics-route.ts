import { metricsBearerAuthorized, type Metrics } from '@pc/observability';
import type { Hono } from 'hono';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors/api-error.js';

/**
 * `GET /metrics` (Prometheus text format). Off unless `METRICS_TOKEN` is set, and then
 * only for `Authorization: Bearer <METRICS_TOKEN>`: the server's one port is public, so
 * the numbers (route names, queue sizes, memory) are never served to whoever asks.
 */
export function registerMetricsRoute(app: Hono<AppEnv>, { metrics, token }: { metrics: Metrics; token: string | undefined }): void {
  app.get('/metrics', async (c) => {
    if (!token) throw new ApiError('not_found', { detail: 'Metrics are off: set METRICS_TOKEN to serve them.' });
    if (!metricsBearerAuthorized(c.req.header('Authorization'), token)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new ApiError('unauthenticated', { detail: 'Send Authorization: Bearer <METRICS_TOKEN>.' });
    }
    const { contentType, body } = await metrics.scrape();
    return c.body(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  });
}
