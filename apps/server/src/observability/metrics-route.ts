import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi';
import { metricsBearerAuthorized, type Metrics } from '@pc/observability';
import type { AppEnv } from '../env.js';
import { ApiError } from '../errors/api-error.js';
import { problemResponses } from '../errors/problem.js';

/** The OpenAPI security scheme of the metrics bearer token. */
export const METRICS_TOKEN_SCHEME = 'metricsToken';

export const metricsRoute = createRoute({
  method: 'get',
  path: '/metrics',
  tags: ['Health'],
  summary: 'Prometheus metrics of this process (needs METRICS_TOKEN)',
  security: [{ [METRICS_TOKEN_SCHEME]: [] }],
  description:
    'The Prometheus text exposition format. Served only when the server has `METRICS_TOKEN`, and then only for `Authorization: Bearer <METRICS_TOKEN>`; docs/operations.md lists the metrics.',
  responses: {
    200: {
      description: 'Every metric of this process',
      content: {
        'text/plain': {
          schema: z.string().openapi({ example: '# HELP pc_http_request_duration_seconds HTTP request duration by route and status\n# TYPE pc_http_request_duration_seconds histogram\n' }),
        },
      },
    },
    ...problemResponses('unauthenticated', 'not_found'),
  },
});

/**
 * `GET /metrics` (Prometheus text format). Off unless `METRICS_TOKEN` is set, and then
 * only for `Authorization: Bearer <METRICS_TOKEN>`: the server's one port is public, so
 * the numbers (route names, queue sizes, memory) are never served to whoever asks.
 */
export function registerMetricsRoute(app: OpenAPIHono<AppEnv>, { metrics, token }: { metrics: Metrics; token: string | undefined }): void {
  app.openapi(metricsRoute, async (c) => {
    if (!token) throw new ApiError('not_found', { detail: 'Metrics are off: set METRICS_TOKEN to serve them.' });
    if (!metricsBearerAuthorized(c.req.header('Authorization'), token)) {
      c.header('WWW-Authenticate', 'Bearer realm="metrics"');
      throw new ApiError('unauthenticated', { detail: 'Send Authorization: Bearer <METRICS_TOKEN>.' });
    }
    const { contentType, body } = await metrics.scrape();
    // text() keeps the Content-Type given here (prom-client's, with its format version).
    return c.text(body, 200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' });
  });
}
