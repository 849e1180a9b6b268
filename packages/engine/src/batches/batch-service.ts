import type { Db } from '@pc/db';
import type { EventBus } from '../events/event-bus.js';
import type { EngineLogger, RunEngine } from '../runs/run-engine.js';
import { cancelBatch, retryBatch, type BatchControlOutcome } from './control.js';
import { createBatchEvents } from './item-finish.js';
import { startIdleBackoff } from './idle-backoff.js';
import { createBatchScheduler, type BatchScheduler } from './scheduler.js';
import { createWebhookDeliverer, type WebhookDeliveryOptions } from './webhooks.js';

export interface BatchServiceOptions {
  db: Db;
  engine: Pick<RunEngine, 'submitRun' | 'cancel'>;
  bus: EventBus;
  /** Batch items running at once across every batch (and every process). Default 16. */
  globalConcurrency?: number;
  /** Delivers completion webhooks from this process (the server); leave out in workers. */
  webhooks?: Omit<WebhookDeliveryOptions, 'db' | 'logger' | 'clock' | 'onRetryScheduled'>;
  clock?: () => Date;
  logger?: EngineLogger;
}

export interface BatchService {
  scheduler: BatchScheduler;
  /** Pass to `createRunEngine({onRunFinished})` (late-bound: the engine is made first). */
  onRunFinished: BatchScheduler['onRunFinished'];
  cancel(batchId: string): Promise<BatchControlOutcome>;
  retry(batchId: string): Promise<BatchControlOutcome>;
  /** Schedules (and delivers webhooks) now, without waiting for the next interval; wakes an idle poll. */
  kick(): void;
  /**
   * Polls (reconcile lost finishes, start items, deliver webhooks) every `intervalMs` while
   * batches are unfinished or webhooks were due, backing off to one poll every `idleMaxMs`
   * (default {@link IDLE_POLL_MAX_MS}) while there are none, until stopped.
   */
  start(intervalMs: number, idleMaxMs?: number): () => void;
  /** Delivers due webhooks now (tests). */
  deliverWebhooks(): Promise<number>;
}

/** The slowest idle poll: work another process left (a lost finish, an expired webhook lease) waits at most this long. */
export const IDLE_POLL_MAX_MS = 5_000;

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
  // The running poll (start); local signals wake it, webhook retries set when it must run.
  let poll: ReturnType<typeof startIdleBackoff> | undefined;
  let pollBusyMs: number | undefined;
  const deliverer = options.webhooks
    ? createWebhookDeliverer({
        ...options.webhooks,
        db: options.db,
        clock,
        onRetryScheduled: (at) => poll?.wakeBy(at.getTime()),
        ...(options.logger ? { logger: options.logger } : {}),
      })
    : undefined;
  const report = (what: string) => (error: unknown) => options.logger?.error({ err: error }, what);
  const schedule = () => scheduler.tick().catch(report('batch scheduling failed'));
  const deliver = () => deliverer?.deliverDue().catch(report('webhook delivery failed'));
  const kick = () => {
    if (poll) return poll.wake();
    void schedule();
    void deliver();
  };
  /** One poll: busy while batches are unfinished or webhooks were due. */
  const pass = async () => {
    const [scheduled, delivered] = await Promise.all([schedule(), deliver()]);
    return scheduled !== 'idle' || (delivered ?? 0) > 0 ? 'busy' : 'idle';
  };
  return {
    scheduler,
    onRunFinished: async (run) => {
      if (run.batchId) poll?.wakeBy(Date.now() + (pollBusyMs ?? 0));
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
    start(intervalMs, idleMaxMs = IDLE_POLL_MAX_MS) {
      poll?.stop();
      pollBusyMs = intervalMs;
      const started = startIdleBackoff({ pass, busyMs: intervalMs, idleMaxMs: Math.max(intervalMs, idleMaxMs), onError: report('batch poll failed') });
      poll = started;
      return () => {
        started.stop();
        if (poll === started) poll = undefined;
      };
    },
    deliverWebhooks: () => deliverer?.deliverDue() ?? Promise.resolve(0),
  };
}
