import type { Db } from '@pc/db';
import type { EventBus } from '../events/event-bus.js';
import type { EngineLogger, RunEngine } from '../runs/run-engine.js';
import { cancelBatch, retryBatch, type BatchControlOutcome } from './control.js';
import { createBatchEvents } from './item-finish.js';
import { createBatchScheduler, type BatchScheduler } from './scheduler.js';
import { createWebhookDeliverer, type WebhookDeliveryOptions } from './webhooks.js';

export interface BatchServiceOptions {
  db: Db;
  engine: Pick<RunEngine, 'submitRun' | 'cancel'>;
  bus: EventBus;
  /** Batch items running at once across every batch (and every process). Default 16. */
  globalConcurrency?: number;
  /** Delivers completion webhooks from this process (the server); leave out in workers. */
  webhooks?: Omit<WebhookDeliveryOptions, 'db' | 'logger' | 'clock'>;
  clock?: () => Date;
  logger?: EngineLogger;
}

export interface BatchService {
  scheduler: BatchScheduler;
  /** Pass to `createRunEngine({onRunFinished})` (late-bound: the engine is made first). */
  onRunFinished: BatchScheduler['onRunFinished'];
  cancel(batchId: string): Promise<BatchControlOutcome>;
  retry(batchId: string): Promise<BatchControlOutcome>;
  /** Schedules (and delivers webhooks) now, without waiting for the next interval. */
  kick(): void;
  /** Ticks every `intervalMs` (reconcile lost finishes, start items, deliver webhooks) until stopped. */
  start(intervalMs: number): () => void;
  /** Delivers due webhooks now (tests). */
  deliverWebhooks(): Promise<number>;
}

/** Batches in one process: the scheduler, cancel/retry, and (on servers) webhook delivery. */
export function createBatchService(options: BatchServiceOptions): BatchService {
  const clock = options.clock ?? (() => new Date());
  const events = createBatchEvents(options.bus, options.logger);
  const scheduler = createBatchScheduler({
    db: options.db,
    engine: options.engine,
    events,
    globalConcurrency: options.globalConcurrency ?? 16,
    clock,
    ...(options.logger ? { logger: options.logger } : {}),
  });
  const deliverer = options.webhooks ? createWebhookDeliverer({ ...options.webhooks, db: options.db, clock, ...(options.logger ? { logger: options.logger } : {}) }) : undefined;
  const report = (what: string) => (error: unknown) => options.logger?.error({ err: error }, what);
  const kick = () => {
    scheduler.tick().catch(report('batch scheduling failed'));
    deliverer?.deliverDue().catch(report('webhook delivery failed'));
  };
  return {
    scheduler,
    onRunFinished: async (run) => {
      await scheduler.onRunFinished(run);
      if (run.batchId) deliverer?.deliverDue().catch(report('webhook delivery failed'));
    },
    cancel: async (batchId) => {
      const outcome = await cancelBatch(options.db, options.engine, events, batchId, clock());
      if (outcome.kind === 'done') kick();
      return outcome;
    },
    retry: async (batchId) => {
      const outcome = await retryBatch(options.db, events, batchId, clock());
      if (outcome.kind === 'done') kick();
      return outcome;
    },
    kick,
    start(intervalMs) {
      const timer = setInterval(kick, intervalMs);
      timer.unref?.();
      return () => clearInterval(timer);
    },
    deliverWebhooks: () => deliverer?.deliverDue() ?? Promise.resolve(0),
  };
}
