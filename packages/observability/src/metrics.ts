import { collectDefaultMetrics, Counter, Gauge, Histogram, Registry } from 'prom-client';

/** Jobs of one queue by state, as `JobQueue.counts()` reports them. */
export type QueueCounts = Record<string, { waiting: number; active: number; delayed: number; failed: number }>;

/** Live collab numbers read at scrape time. */
export interface CollabGaugeSource {
  connections: number;
  rooms: number;
}

/** Final states a run or a batch is counted under. */
export type RunOutcome = 'succeeded' | 'failed' | 'cancelled';
export type NodeOutcome = 'succeeded' | 'cached' | 'failed' | 'cancelled';

/**
 * The Prometheus metrics of one process (server or worker), on their own registry so two
 * apps in one test process never share counters. Gauges of things that already have a
 * count somewhere (queue depth, sockets, rooms) read it at scrape time instead of being
 * incremented alongside, so they cannot drift.
 */
export interface Metrics {
  readonly registry: Registry;
  readonly httpRequestDuration: Histogram<'method' | 'route' | 'status'>;
  readonly collabFanOut: Histogram;
  readonly jobWait: Histogram<'queue' | 'node_type'>;
  readonly jobRun: Histogram<'queue' | 'node_type' | 'outcome'>;
  readonly cacheLookups: Counter<'node_type' | 'result'>;
  readonly runsFinished: Counter<'status'>;
  readonly batchesFinished: Counter<'status'>;
  /** Reads queue depth from this source at scrape time (the scaled mode's BullMQ, or the in-process queue). */
  watchQueue(counts: () => Promise<QueueCounts>): void;
  /** Reads open sockets and rooms from this source at scrape time. */
  watchCollab(stats: () => CollabGaugeSource): void;
  /** The text exposition format. */
  scrape(): Promise<{ contentType: string; body: string }>;
}

const SECONDS = [0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1, 2.5, 5, 10];
const JOB_SECONDS = [0.01, 0.05, 0.1, 0.5, 1, 5, 10, 30, 60, 300, 900];

export function createMetrics(options: { service: 'server' | 'worker'; defaultMetrics?: boolean }): Metrics {
  const registry = new Registry();
  registry.setDefaultLabels({ service: options.service });
  // Process memory, CPU, handles and nodejs_eventloop_lag_seconds (+ its percentiles).
  if (options.defaultMetrics !== false) collectDefaultMetrics({ register: registry, eventLoopMonitoringPrecision: 20 });
  const registers = [registry];

  let queueSource: (() => Promise<QueueCounts>) | undefined;
  let collabSource: (() => CollabGaugeSource) | undefined;

  new Gauge({
    name: 'pc_queue_jobs',
    help: 'Node jobs in each queue by state (waiting includes prioritised; delayed are retries in backoff)',
    labelNames: ['queue', 'state'],
    registers,
    async collect() {
      this.reset();
      if (!queueSource) return;
      const counts = await queueSource().catch(() => undefined);
      if (!counts) return;
      for (const [queue, byState] of Object.entries(counts)) for (const [state, value] of Object.entries(byState)) this.set({ queue, state }, value);
    },
  });
  new Gauge({
    name: 'pc_ws_connections',
    help: 'Open collaboration WebSocket connections',
    registers,
    collect() {
      this.set(collabSource?.().connections ?? 0);
    },
  });
  new Gauge({
    name: 'pc_collab_rooms',
    help: 'Graphs with a live collaborative document in this process',
    registers,
    collect() {
      this.set(collabSource?.().rooms ?? 0);
    },
  });

  return {
    registry,
    httpRequestDuration: new Histogram({
      name: 'pc_http_request_duration_seconds',
      help: 'HTTP request duration by route pattern and status',
      labelNames: ['method', 'route', 'status'],
      buckets: SECONDS,
      registers,
    }),
    collabFanOut: new Histogram({
      name: 'pc_collab_fanout_seconds',
      help: 'From applying a collab update to handing its frame to the last local socket',
      buckets: [0.0005, 0.001, 0.0025, 0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 1],
      registers,
    }),
    jobWait: new Histogram({
      name: 'pc_job_wait_seconds',
      help: 'From enqueueing a node job to a worker starting it, by queue and node type',
      labelNames: ['queue', 'node_type'],
      buckets: JOB_SECONDS,
      registers,
    }),
    jobRun: new Histogram({
      name: 'pc_job_run_seconds',
      help: 'Running a node job, by queue, node type and outcome',
      labelNames: ['queue', 'node_type', 'outcome'],
      buckets: JOB_SECONDS,
      registers,
    }),
    cacheLookups: new Counter({
      name: 'pc_node_cache_lookups_total',
      help: 'Node output cache lookups by node type and result (hit, miss)',
      labelNames: ['node_type', 'result'],
      registers,
    }),
    runsFinished: new Counter({ name: 'pc_runs_finished_total', help: 'Runs that reached a final state', labelNames: ['status'], registers }),
    batchesFinished: new Counter({ name: 'pc_batches_finished_total', help: 'Batches that reached a final state', labelNames: ['status'], registers }),
    watchQueue(counts) {
      queueSource = counts;
    },
    watchCollab(stats) {
      collabSource = stats;
    },
    async scrape() {
      return { contentType: registry.contentType, body: await registry.metrics() };
    },
  };
}

let processMetrics: Metrics | undefined;
let processService: 'server' | 'worker' = 'server';

/** Names this process (`server` or `worker`) before the first `getProcessMetrics()`. */
export function setProcessService(service: 'server' | 'worker'): void {
  processService = service;
}

/**
 * The metrics of this process, created on first use. Code that has no handle on the app
 * (the batch runner, the engine observer in main) records here; `/metrics` scrapes it.
 */
export function getProcessMetrics(): Metrics {
  processMetrics ??= createMetrics({ service: processService });
  return processMetrics;
}

/** Counts a batch reaching a final state (for the batches module). */
export function recordBatchFinished(status: RunOutcome | 'partial', metrics: Metrics = getProcessMetrics()): void {
  metrics.batchesFinished.inc({ status });
}
