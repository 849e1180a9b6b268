/**
 * What operators watch the server through: request metrics and spans, `/metrics`, and
 * the queue dashboard. `createApp` wires it in two calls; docs/operations.md explains it.
 */
import type { Metrics } from '@pc/observability';
import type { Queue } from 'bullmq';
import type { OpenAPIHono } from '@hono/zod-openapi';
import type { MiddlewareHandler } from 'hono';
import type { AppEnv } from '../env.js';
import { registerAdminQueues } from './admin-queues.js';
import { registerMetricsRoute } from './metrics-route.js';

export { httpObservability, httpObservabilityStage } from './http-observability.js';
export { isInstanceAdmin, ADMIN_QUEUES_PATH } from './admin-queues.js';

/** The operations side of `createApp`'s options. */
export interface ObservabilityOptions {
  /** Where this app's numbers go; default the process's (`getProcessMetrics()`). */
  metrics?: Metrics;
  /** `METRICS_TOKEN`: `/metrics` answers only `Authorization: Bearer <it>`; unset, `/metrics` is 404. */
  metricsToken?: string | undefined;
  /** Scaled mode: resolves when Redis answers, for `/readyz`. */
  redis?: (() => Promise<unknown>) | undefined;
  /** Scaled mode: the BullMQ queues the dashboard shows. */
  queues?: readonly Queue[] | undefined;
  /** `ADMIN_EMAILS`: accounts that may open `/admin/queues` besides the instance owner. */
  adminEmails?: readonly string[] | undefined;
}

/** `/metrics` and `/admin/queues`. */
export function registerOperationsRoutes(
  app: OpenAPIHono<AppEnv>,
  options: ObservabilityOptions & { metrics: Metrics; adminGuards: readonly MiddlewareHandler<AppEnv>[] },
): void {
  registerMetricsRoute(app, { metrics: options.metrics, token: options.metricsToken });
  registerAdminQueues(app, { queues: options.queues, adminEmails: options.adminEmails ?? [], guards: options.adminGuards });
}
