import { context, isSpanContextValid, propagation, SpanKind, SpanStatusCode, trace, type Context, type Span } from '@opentelemetry/api';
import type { Metrics } from '@pc/observability';
import type { MiddlewareHandler } from 'hono';
import { routePath } from 'hono/route';
import type { Actor } from '../auth/actor.js';
import type { AppEnv } from '../env.js';
import { stageMiddleware, type Stage } from '../middleware/edge/index.js';

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
export function httpObservability(options: { metrics: Metrics }): MiddlewareHandler<AppEnv> {
  return stageMiddleware(httpObservabilityStage(options));
}

interface Timed {
  started: number;
  span: Span;
  parent: Context;
}

/** {@link httpObservability} as a stage of the edge middleware. */
export function httpObservabilityStage({ metrics }: { metrics: Metrics }): Stage<Timed> {
  const tracer = trace.getTracer('@pc/server');
  return {
    before(c) {
      const started = performance.now();
      const traceparent = c.req.header('traceparent');
      // Only a caller that sent a trace context has one to continue: no carrier to build otherwise.
      const tracestate = traceparent === undefined ? undefined : c.req.header('tracestate');
      const parent = traceparent === undefined ? context.active() : propagation.extract(context.active(), tracestate === undefined ? { traceparent } : { traceparent, tracestate });
      const span = tracer.startSpan(`${c.req.method} request`, { kind: SpanKind.SERVER, attributes: { 'http.request.method': c.req.method } }, parent);
      return { started, span, parent };
    },
    async around(c, { started, span, parent }, rest) {
      // Tracing off (or nothing to continue): the span is a no-op without a trace id, and
      // neither it nor its attributes have anywhere to go.
      const traced = span.isRecording() || isSpanContextValid(span.spanContext());
      try {
        await (traced ? context.with(trace.setSpan(parent, span), rest) : rest());
      } finally {
        const route = routeOf(c);
        const status = c.res.status;
        metrics.httpRequestDuration.observe({ method: c.req.method, route, status: String(status) }, (performance.now() - started) / 1000);
        if (traced) endSpan(c, span, route, status);
      }
    },
  };
}

/** The span's route, status, request id and caller, then its end. */
function endSpan(c: Parameters<MiddlewareHandler>[0], span: Span, route: string, status: number): void {
  span.updateName(`${c.req.method} ${route}`);
  const requestId = c.get('requestId') as string | undefined;
  const actor = c.get('actor') as Actor | undefined;
  span.setAttributes({ 'http.route': route, 'http.response.status_code': status, ...(requestId ? { 'pc.request_id': requestId } : {}) });
  if (actor) span.setAttribute('enduser.id', actor.user.id);
  if (status >= 500) span.setStatus({ code: SpanStatusCode.ERROR });
  span.end();
}
