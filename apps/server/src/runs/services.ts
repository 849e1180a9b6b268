import type { Database } from '@pc/db';
import { createBackend, type BackendConfig, type GenerationBackend } from '@pc/functions';
import {
  createArtifactStore,
  type ArtifactStoreConfig,
  createInProcessEventBus,
  createInProcessQueue,
  createWorkspaceGeneration,
  loadSecretsKey,
  secretContext,
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
  /** The key back-end secrets are encrypted with (SECRETS_KEY, or generated once and kept in the database). */
  secretsKey(): Promise<Uint8Array>;
  /** A back end from a stored config, secrets resolved as runs resolve them, without retries or a circuit breaker (for `POST …/backends/:id/test`). */
  buildBackend(workspaceId: string, config: BackendConfig): Promise<GenerationBackend>;
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
  /** Where artifacts go; default the database. */
  artifactStore?: ArtifactStoreConfig;
  /** SECRETS_KEY (base64 of 32 bytes); unset, one is generated once and kept in `server_secrets`. */
  secretsKey?: string | undefined;
  /** Where `{env: NAME}` back-end secrets are read; default `process.env`. */
  env?: Record<string, string | undefined>;
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
  const artifactStore = createArtifactStore(options.database.db, options.artifactStore ?? { kind: 'db' });
  let key: Promise<Uint8Array> | undefined;
  const secretsKey = () => (key ??= loadSecretsKey(options.database.db, options.secretsKey).catch((error: unknown) => ((key = undefined), Promise.reject(error))));
  const env = options.env ?? process.env;
  const engine = createRunEngine({
    generation: createWorkspaceGeneration(options.database.db, { env, secretsKey }),
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
    secretsKey,
    // One attempt: a test reports the back end's first answer at once.
    buildBackend: async (workspaceId, config) =>
      createBackend(config, { secrets: { env, key: await secretsKey(), context: secretContext(workspaceId) }, retry: { retries: 0 } }),
    close: (closeOptions = {}) =>
      (closing ??= (async () => {
        stopSweeper();
        await queue.close({ deadlineMs: closeOptions.deadlineMs ?? 5_000 });
        await bus.close();
      })()),
  };
}
