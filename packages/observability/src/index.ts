// @pc/observability: what the server and the worker share to be watched in production —
// Prometheus metrics, OpenTelemetry tracing with the trace context jobs carry, and the
// redacting JSON logger. See docs/operations.md.
export {
  createMetrics,
  getProcessMetrics,
  setProcessService,
  recordBatchFinished,
  type Metrics,
  type QueueCounts,
  type CollabGaugeSource,
  type RunOutcome,
  type NodeOutcome,
} from './metrics.js';
export { metricsRunObserver } from './run-observer.js';
export { metricsBearerAuthorized } from './metrics-auth.js';
export { startTracing, withJobSpan, currentTraceCarrier, contextFromCarrier, activeTraceIds, traceCarrierSchema, type Tracing, type TraceCarrier } from './tracing.js';
export { createLogger, redactPaths, REDACTED_KEYS, type LogLevel } from './logger.js';
