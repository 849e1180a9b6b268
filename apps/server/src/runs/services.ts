import type { Database } from '@pc/db';
import { createBackend, type BackendConfig, type GenerationBackend } from '@pc/functions';
import {
  createArtifactStore,
  createBatchService,
  type ArtifactStoreConfig,
  createInProcessEventBus,
  createInProcessQueue,
  createWorkspaceGeneration,
  loadSecretsKey,
  PUBLIC_ONLY,
  backendSecretEnv,
  backendLookup,
  backendUrlCheck,
  NO_BACKEND_ACCESS,
  vetBackendConfig,
  type BackendAccess,
  secretContext,
  createRunEngine,
  type DependantsAdd,
  type ArtifactStore,
  type BatchService,
  type EngineLogger,
  type EventBus,
  type JobQueue,
  type NodeFunctions,
  type RenderPng,
  type RunEngine,
  type RunObserver,
  type ResolveHost,
  type WebhookTargetPolicy,
} from '@pc/engine';

/** What the run and batch routes need: the engine (submit, read, cancel), batches, live events and artifacts. */
export interface RunServices {
  engine: RunEngine;
  /** The node job queue (metrics read its depth; the BullMQ one backs /admin/queues). */
  queue: JobQueue;
  batches: BatchService;
  bus: EventBus;
  artifactStore: ArtifactStore;
  /** The AES key stored secrets are encrypted with (webhook secrets, generation back-end keys): SECRETS_KEY, else one generated once and kept in the database. */
  secretsKey(): Promise<Uint8Array>;
  /** Where batch webhooks may point: checked at submit and again at every delivery. */
  webhookPolicy: WebhookTargetPolicy;
  /** A back end from a stored config, secrets resolved as runs resolve them, without retries or a circuit breaker (for `POST …/backends/:id/test`). */
  /** Where back ends may be and which variables `{env}` secrets may name: checked when a config is saved and again when it is built. */
  backendAccess: BackendAccess;
  /** A back end for the test route, after {@link vetBackendConfig}'s checks. */
  buildBackend(workspaceId: string, config: BackendConfig): Promise<GenerationBackend>;
  /** Stops workers, the sweeper and the batch scheduler, hands back running jobs, closes the bus. */
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
  /** How a finishing node adds its dependants (only BullMQ workers order theirs; see run-engine.ts). */
  dependantsAdd?: DependantsAdd;
  /** Where artifacts go; default the database. */
  artifactStore?: ArtifactStoreConfig;
  /** Where `{env: NAME}` back-end secrets are read; default `process.env` (only the names `backendAccess` lists). */
  env?: Record<string, string | undefined>;
  /** Where generation back ends may be, which variables `{env}` may name (BACKEND_ALLOW_PRIVATE, BACKEND_SECRET_ENV); default public addresses, no variables. */
  backendAccess?: BackendAccess;
  /** Node waits and runs, cache lookups, run outcomes (the metrics). */
  observer?: RunObserver;
  /** Batch items running at once across all batches (BATCH_CONCURRENCY); default 16. */
  batchConcurrency?: number;
  /** How often the batch scheduler reconciles and delivers due webhooks; default 1 s. */
  batchTickMs?: number;
  /** SECRETS_KEY (32 bytes, base64); unset = a key generated once and stored in the database. */
  secretsKey?: string | undefined;
  /** First webhook retry after this many ms, doubling each time (tests shorten it); default 5 s. */
  webhookRetryBaseMs?: number;
  /** Non-public webhook targets allowed (WEBHOOK_ALLOW_PRIVATE); default none. Read at every check, so a test may change it. */
  webhookPolicy?: WebhookTargetPolicy;
  /** Host name → addresses for webhook deliveries; default the system resolver. */
  webhookResolve?: ResolveHost;
}

/**
 * The engine as the server runs it. Embedded mode (defaults): in-process queue and bus,
 * workers in this process. Scaled mode: pass a BullMQ queue and a Redis bus, and
 * `workers: false` unless EMBEDDED_WORKERS is set. The batch scheduler and webhook
 * delivery run here in both modes (workers run the scheduler too: see apps/worker).
 */
export function createRunServices(options: RunServicesOptions): RunServices {
  const queue = options.queue ?? createInProcessQueue({ onError: (error) => options.logger?.error({ err: error }, 'queue error') });
  const bus = options.bus ?? createInProcessEventBus();
  const db = options.database.db;
  const artifactStore = createArtifactStore(db, options.artifactStore ?? { kind: 'db' });
  let key: Promise<Uint8Array> | undefined;
  const secretsKey = () => (key ??= loadSecretsKey(db, options.secretsKey).catch((error: unknown) => ((key = undefined), Promise.reject(error))));
  const env = options.env ?? process.env;
  const webhookPolicy = options.webhookPolicy ?? PUBLIC_ONLY;
  const backendAccess = options.backendAccess ?? NO_BACKEND_ACCESS;
  // The engine reports finished runs to the batches, which submit runs to the engine
  // (the hook runs only after a run finished, long after `batches` exists).
  const engine = createRunEngine({
    db,
    generation: createWorkspaceGeneration(db, { env, secretsKey, access: backendAccess }),
    queue,
    bus,
    artifactStore,
    onRunFinished: (run) => batches.onRunFinished(run),
    ...(options.functions ? { functions: options.functions } : {}),
    ...(options.renderPng ? { renderPng: options.renderPng } : {}),
    ...(options.logger ? { logger: options.logger } : {}),
    ...(options.leaseMs ? { leaseMs: options.leaseMs } : {}),
    ...(options.dependantsAdd ? { dependantsAdd: options.dependantsAdd } : {}),
    ...(options.observer ? { observer: options.observer } : {}),
  });
  const batches: BatchService = createBatchService({
    db,
    engine,
    bus,
    globalConcurrency: options.batchConcurrency ?? 16,
    webhooks: {
      secretsKey,
      policy: webhookPolicy,
      ...(options.webhookResolve ? { resolve: options.webhookResolve } : {}),
      ...(options.webhookRetryBaseMs ? { retryBaseMs: options.webhookRetryBaseMs } : {}),
    },
    ...(options.logger ? { logger: options.logger } : {}),
  });
  if (options.workers !== false) engine.startWorkers({ cpu: options.workers?.cpu ?? 2, io: options.workers?.io ?? 8 });
  const stopSweeper = options.sweepIntervalMs ? engine.startSweeper(options.sweepIntervalMs) : () => {};
  const stopBatches = batches.start(options.batchTickMs ?? 1_000);
  let closing: Promise<void> | undefined;
  return {
    engine,
    queue,
    batches,
    bus,
    artifactStore,
    secretsKey,
    webhookPolicy,
    // One attempt: a test reports the back end's first answer at once.
    backendAccess,
    buildBackend: async (workspaceId, config) => {
      await vetBackendConfig(config, backendAccess);
      return createBackend(config, { secrets: { env: backendSecretEnv(env, backendAccess.secretEnv), key: await secretsKey(), context: secretContext(workspaceId) }, retry: { retries: 0 }, checkUrl: backendUrlCheck(backendAccess), lookup: backendLookup(backendAccess) });
    },
    close: (closeOptions = {}) =>
      (closing ??= (async () => {
        stopSweeper();
        stopBatches();
        await queue.close({ deadlineMs: closeOptions.deadlineMs ?? 5_000 });
        await bus.close();
      })()),
  };
}
