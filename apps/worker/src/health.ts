import { createServer, type Server } from 'node:http';
import { metricsBearerAuthorized, type Metrics } from '@pc/observability';

/** A named readiness check: resolves when the dependency answers. */
export type HealthCheck = () => Promise<unknown>;

const within = <T>(promise: Promise<T>, ms: number) =>
  Promise.race([promise, new Promise<never>((_, reject) => setTimeout(() => reject(new Error(`no answer within ${ms} ms`)), ms).unref())]);

/**
 * `GET /healthz`: 200 `{status: 'ready', checks}` when every check answers within
 * `timeoutMs`, else 503 `{status: 'unavailable', checks}` naming the failing ones
 * (`ok` | `unreachable`). `GET /metrics`: Prometheus text for `Authorization: Bearer
 * <METRICS_TOKEN>` (401 otherwise; 404 when no token is configured). Anything else is 404.
 * For orchestrator probes and the Prometheus scraper on WORKER_PORT.
 */
export function startHealthServer(options: {
  port: number;
  host: string;
  checks: Record<string, HealthCheck>;
  timeoutMs?: number;
  onCheckFailed?: (name: string, error: unknown) => void;
  metrics?: { metrics: Metrics; token: string | undefined };
}): Promise<{ server: Server; port: number }> {
  const timeoutMs = options.timeoutMs ?? 2_000;
  const server = createServer((request, response) => {
    const path = request.url?.split('?')[0];
    if (request.method === 'GET' && path === '/metrics' && options.metrics?.token) {
      if (!metricsBearerAuthorized(request.headers.authorization, options.metrics.token)) {
        response.writeHead(401, { 'Content-Type': 'application/json', 'WWW-Authenticate': 'Bearer realm="metrics"' }).end('{"error":"unauthenticated"}');
        return;
      }
      void options.metrics.metrics.scrape().then(
        ({ contentType, body }) => response.writeHead(200, { 'Content-Type': contentType, 'Cache-Control': 'no-store' }).end(body),
        () => response.writeHead(500, { 'Content-Type': 'application/json' }).end('{"error":"scrape_failed"}'),
      );
      return;
    }
    if (request.method !== 'GET' || path !== '/healthz') {
      response.writeHead(404, { 'Content-Type': 'application/json' }).end('{"error":"not_found"}');
      return;
    }
    void Promise.all(
      Object.entries(options.checks).map(async ([name, check]) => {
        try {
          await within(check(), timeoutMs);
          return [name, 'ok'] as const;
        } catch (error) {
          options.onCheckFailed?.(name, error);
          return [name, 'unreachable'] as const;
        }
      }),
    ).then((results) => {
      const ready = results.every(([, state]) => state === 'ok');
      response
        .writeHead(ready ? 200 : 503, { 'Content-Type': 'application/json', 'Cache-Control': 'no-store' })
        .end(JSON.stringify({ status: ready ? 'ready' : 'unavailable', checks: Object.fromEntries(results) }));
    });
  });
  return new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(options.port, options.host, () => {
      server.off('error', reject);
      const address = server.address();
      resolve({ server, port: typeof address === 'object' && address ? address.port : options.port });
    });
  });
}
