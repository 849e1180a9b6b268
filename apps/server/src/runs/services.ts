import type { Database } from '@pc/db';
import {
  createDbArtifactStore,
  createInProcessEventBus,
  createInProcessQueue,
  createRunEngine,
  type ArtifactStore,
  type EngineLogger,
  type EventBus,
  type JobQueue,
  type NodeFunctions,
  type RenderPng,
  type RunEngine,
  type RunObserver,
} from '@pc/engine';

/** What the run routes need: the engine (submit, read, cancel), live events and artifacts. */
export interface RunServices {
  engine: RunEngine;
  /** The node job queue (metrics read its depth; the BullMQ one backs /admin/queues). */
  queue: JobQueue;
  bus: EventBus;
  artifactStore: ArtifactStore;
  /** Stops workers and the sweeper, hands back running jobs, closes the bus. */
  close(options?: { deadlineMs?: number }): Promise<void>;
}

export interface RunServicesOptions {
  database: Database;
  queue?: JobQueue;
  bus?: EventBus;
  functions?: NodeFunctions;
  /** SVG → PNG for the default functions (a worker-thread pool); without it runs store SVGs only. */
  renderPng?: RenderPng;
  logger?: EngineLogger;
  /** Run node jobs in this process (embedded mode, or scaled with EMBEDDED_WORKERS). */
  workers?: { cpu?: number; io?: number } | false;
  /** Sweep for stranded nodes every this many ms; 0 = never (tests). */
  sweepIntervalMs?: number;
  leaseMs?: number;
  /** Node waits and runs, cache lookups, run outcomes (the metrics). */
  observer?: RunObserver;
}

/**
 * The engine as the server runs it. Embedded mode (defaults): in-process queue and bus,
 * workers in this process. Scaled mode: pass a BullMQ queue and a Redis bus, and
 * `workers: false` unless EMBEDDED_WORKERS is set.
 */
export function createRunServices(options: RunServicesOptions): RunServices {
  const queue = options.queue ?? createInProcessQueue({ onError: (error) => options.logger?.error({ err: error }, 'queue error') });
  const bus = options.bus ?? createInProcessEventBus();
  const artifactStore = createDbArtifactStore(options.database.db);
  const engine = createRunEngine({
    db: options.database.db,
    queue,
    bus,
    artifactStore,
    ...(options.functions ? { functions: options.functions } : {}),
    ...(options.renderPng ? { renderPng: options.renderPng } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
    ...(options.observer ? { observer: options.observer } : {}),
  });
  if (options.workers !== false) engine.startWorkers({ cpu: options.workers?.cpu ?? 2, io: options.workers?.io ?? 8 });
  const stopSweeper = options.sweepIntervalMs ? engine.startSweeper(options.sweepIntervalMs) : () => {};
  let closing: Promise<void> | undefined;
  return {
    engine,
    queue,
    bus,
    artifactStore,
    close: (closeOptions = {}) =>
      (closing ??= (async () => {
        stopSweeper();
        await queue.close({ deadlineMs: closeOptions.deadlineMs ?? 5_000 });
        await bus.close();
      })()),
  };
}
