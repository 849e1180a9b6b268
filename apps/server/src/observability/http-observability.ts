import { context, propagation, SpanKind, SpanStatusCode, trace } from '@opentelemetry/api';
import type { Metrics } from '@pc/observability';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { AppEnv } from '../env.js';

/**
 * The route pattern that answered (`/api/v1/graphs/:graphId`), never the raw path: one
 * time series per route, however many graphs. Requests no route answered (404s, the web
 * app's files) share the wildcard they fell through to.
 */
const routeOf = (c: Parameters<MiddlewareHandler>[0]): string => routePath(c) || 'unmatched';

/**
 * Times every request into `pc_http_request_duration_seconds{method,route,status}` and
 * runs it in a server span continuing the caller's W3C `traceparent` (a no-op span when
 * tracing is off). Jobs the request enqueues carry this span to the worker.
 */
export function httpObservability({ metrics }: { metrics: Metrics }): MiddlewareHandler<AppEnv> {
  const tracer = trace.getTracer('@pc/server');
  return async function httpObservabilityMiddleware(c, next) {
    const started = performance.now();
    const carrier = Object.fromEntries(['traceparent', 'tracestate'].flatMap((name) => (c.req.header(name) ? [[name, c.req.header(name)!]] : [])));
    const parent = propagation.extract(context.active(), carrier);
    const span = tracer.startSpan(`${c.req.method} request`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': c.req.method } }, parent);
    try {
      await context.with(trace.setSpan(parent, span), next);
    } finally {
      const route = routeOf(c);
      const status = c.res.status;
      metrics.httpRequestDuration.observe({ method: c.req.method, route, status: String(status) }, (performance.now() - started) / 1000);
      span.updateName(`${c.req.method} ${route}`);
      const requestId = c.get('requestId');
      const actor = c.get('actor');
      span.setAttributes({ 'http.route': route, 'http.response.status_code': status, ...(requestId ? { 'pc.request_id': requestId } : {}) });
      if (actor) span.setAttribute('enduser.id', actor.user.id);
      if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
      span.end();
    }
  };
}
