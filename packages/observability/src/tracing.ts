import { context, propagation, SpanKind, SpanStatusCode, trace, type Attributes, type Context } from '@opentelemetry/api';
import { OTLPTraceExporter } from '@opentelemetry/exporter-trace-otlp-http';
import { resourceFromAttributes } from '@opentelemetry/resources';
import { BatchSpanProcessor, type SpanProcessor } from '@opentelemetry/sdk-trace-base';
import { NodeTracerProvider } from '@opentelemetry/sdk-trace-node';
import { z } from 'zod';

/** A started tracer provider; `shutdown` flushes spans still buffered. */
export interface Tracing {
  shutdown(): Promise<void>;
}

/**
 * Starts OpenTelemetry tracing for this process when `OTEL_EXPORTER_OTLP_ENDPOINT` is set
 * (the exporter reads it and the other standard `OTEL_EXPORTER_OTLP_*` variables itself);
 * otherwise returns undefined and every span is the API's no-op. Tests pass their own
 * `spanProcessor` (an in-memory exporter) instead.
 */
export function startTracing(options: { serviceName: string; env?: NodeJS.ProcessEnv; spanProcessor?: SpanProcessor }): Tracing | undefined {
  const env = options.env ?? process.env;
  const endpoint = env['OTEL_EXPORTER_OTLP_ENDPOINT'] || env['OTEL_EXPORTER_OTLP_TRACES_ENDPOINT'];
  if (!options.spanProcessor && !endpoint) return undefined;
  const provider = new NodeTracerProvider({
    resource: resourceFromAttributes({ 'service.name': env['OTEL_SERVICE_NAME'] || options.serviceName }),
    spanProcessors: [options.spanProcessor ?? new BatchSpanProcessor(new OTLPTraceExporter())],
  });
  // Global tracer provider, AsyncLocalStorage context manager and the W3C trace-context propagator.
  provider.register();
  return {
    async shutdown() {
      await provider.shutdown();
      trace.disable();
      propagation.disable();
      context.disable();
    },
  };
}

/** W3C `traceparent`: version-traceid-spanid-flags, lower-case hex. */
const TRACEPARENT = /^[0-9a-f]{2}-[0-9a-f]{32}-[0-9a-f]{16}-[0-9a-f]{2}$/;

/** The trace context a job carries from the process that enqueued it to the one that runs it. */
export const traceCarrierSchema = z.strictObject({
  traceparent: z.string().regex(TRACEPARENT),
  tracestate: z.string().max(512).optional(),
});
export type TraceCarrier = z.infer<typeof traceCarrierSchema>;

/** The active trace context as a carrier, or undefined when nothing is being traced. */
export function currentTraceCarrier(): TraceCarrier | undefined {
  const carrier: Record<string, string> = {};
  propagation.inject(context.active(), carrier);
  const parsed = traceCarrierSchema.safeParse(carrier);
  return parsed.success ? parsed.data : undefined;
}

/** The context to continue a carried trace in (the active one when the carrier is missing or malformed). */
export function contextFromCarrier(carrier: unknown): Context {
  const parsed = traceCarrierSchema.safeParse(carrier);
  return parsed.success ? propagation.extract(context.active(), parsed.data) : context.active();
}

/** The active span's ids, for log lines. */
export function activeTraceIds(): { traceId: string; spanId: string } | undefined {
  const span = trace.getActiveSpan();
  if (!span) return undefined;
  const { traceId, spanId, traceFlags } = span.spanContext();
  // Unsampled spans of the no-op tracer have all-zero ids: not worth a log field.
  return traceFlags === 0 && /^0+$/.test(traceId) ? undefined : { traceId, spanId };
}

/**
 * Runs `work` in a span continuing the trace the job carries (a child of the span that
 * enqueued it, possibly in another process), so one trace follows an HTTP request into
 * the jobs it enqueued and the worker that ran them.
 */
export async function withJobSpan<T>(name: string, carrier: unknown, attributes: Attributes, work: () => Promise<T>): Promise<T> {
  const tracer = trace.getTracer('@pc/engine');
  return tracer.startActiveSpan(name, { kind: SpanKind.CONSUMER, attributes }, contextFromCarrier(carrier), async (span) => {
    try {
      return await work();
    } catch (error) {
      span.recordException(error instanceof Error ? error : String(error));
      span.setStatus({ code: SpanStatusCode.ERROR, message: error instanceof Error ? error.message : String(error) });
      throw error;
    } finally {
      span.end();
    }
  });
}
