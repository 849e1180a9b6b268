import { artifactStoreConfigFrom, artifactStoreEnvVars, backendAccessEnvVars, backendAccessFrom, requireS3Vars, type ArtifactStoreConfig, type BackendAccess, type DependantsAdd } from '@pc/engine';
import { z } from 'zod';

const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Every variable the worker reads; docs/configuration.md lists each (its test checks). */
export const workerEnvSchema = z.object({
  DATABASE_URL: z.url({ protocol: /^postgres(ql)?$/ }),
  REDIS_URL: z.url({ protocol: /^rediss?$/ }),
  REDIS_PREFIX: optional(z.string().regex(/^[A-Za-z0-9_-]+$/)),
  WORKER_CONCURRENCY_CPU: optional(z.coerce.number().int().min(0).max(256)),
  WORKER_CONCURRENCY_IO: optional(z.coerce.number().int().min(0).max(1024)),
  WORKER_SHUTDOWN_DEADLINE_MS: optional(z.coerce.number().int().min(0)),
  WORKER_LEASE_MS: optional(z.coerce.number().int().min(500)),
  WORKER_LOCK_DURATION_MS: optional(z.coerce.number().int().min(500)),
  WORKER_STALLED_INTERVAL_MS: optional(z.coerce.number().int().min(500)),
  SWEEP_INTERVAL_MS: optional(z.coerce.number().int().min(0)),
  /** How a finishing node adds its dependants (`RunEngineOptions.dependantsAdd`). */
  ENGINE_DEPENDANTS_ADD: optional(z.enum(['awaited', 'ordered'])),
  /** Batch items running at once across all batches; must match the server's BATCH_CONCURRENCY. */
  BATCH_CONCURRENCY: optional(z.coerce.number().int().min(1).max(10_000)),
  /** Threads rendering PNGs; default max(1, cores − 1). */
  PNG_THREADS: optional(z.coerce.number().int().min(1).max(256)),
  /** Serve GET /healthz on this port (0 = any free port); unset = no HTTP listener. */
  WORKER_PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  WORKER_HOST: optional(z.string().min(1)),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  /** Test only: every node function waits this long first (the SIGKILL test needs nodes in flight). */
  /** `GET /metrics` on WORKER_PORT answers `Authorization: Bearer <it>` only; unset = no /metrics. */
  METRICS_TOKEN: optional(z.string().min(16, 'at least 16 characters').regex(/^\S+$/, 'no spaces')),
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url({ protocol: /^https?$/ })),
  OTEL_SERVICE_NAME: optional(z.string().min(1).max(100)),
  PC_TEST_NODE_DELAY_MS: optional(z.coerce.number().int().min(0).max(60_000)),
  /** Decrypts back-end secrets; must match the server's (unset on both: the key kept in the database). */
  SECRETS_KEY: optional(z.base64().refine((value) => Buffer.from(value, 'base64').length === 32, '32 random bytes, base64')),
})
  .extend(artifactStoreEnvVars.shape)
  .extend(backendAccessEnvVars.shape)
  .check(requireS3Vars);

export interface WorkerConfig {
  databaseUrl: string;
  redisUrl: string;
  redisPrefix: string | undefined;
  concurrency: { cpu: number; io: number };
  shutdownDeadlineMs: number;
  leaseMs: number;
  lockDurationMs: number;
  stalledIntervalMs: number;
  sweepIntervalMs: number;
  dependantsAdd: DependantsAdd;
  batchConcurrency: number;
  pngThreads: number | undefined;
  port: number | undefined;
  host: string;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  testNodeDelayMs: number;
  /** Where node artifacts are stored (the same setting as the server's). */
  artifactStore: ArtifactStoreConfig;
  secretsKey: string | undefined;
  metricsToken: string | undefined;
  /** Where generation back ends may be and which variables `{env}` secrets may name (the server's settings). */
  backendAccess: BackendAccess;
}

/** Parses the environment; throws one message listing every bad variable. */
export function loadWorkerConfig(env: NodeJS.ProcessEnv = process.env): WorkerConfig {
  const parsed = workerEnvSchema.safeParse(env);
  if (!parsed.success) throw new Error(`Invalid environment:\n${parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`).join('\n')}`);
  const vars = parsed.data;
  return {
    databaseUrl: vars.DATABASE_URL,
    redisUrl: vars.REDIS_URL,
    redisPrefix: vars.REDIS_PREFIX,
    concurrency: { cpu: vars.WORKER_CONCURRENCY_CPU ?? 2, io: vars.WORKER_CONCURRENCY_IO ?? 16 },
    shutdownDeadlineMs: vars.WORKER_SHUTDOWN_DEADLINE_MS ?? 25_000,
    leaseMs: vars.WORKER_LEASE_MS ?? 30_000,
    lockDurationMs: vars.WORKER_LOCK_DURATION_MS ?? 30_000,
    stalledIntervalMs: vars.WORKER_STALLED_INTERVAL_MS ?? 30_000,
    sweepIntervalMs: vars.SWEEP_INTERVAL_MS ?? 30_000,
    dependantsAdd: vars.ENGINE_DEPENDANTS_ADD ?? 'ordered',
    batchConcurrency: vars.BATCH_CONCURRENCY ?? 16,
    pngThreads: vars.PNG_THREADS,
    port: vars.WORKER_PORT,
    host: vars.WORKER_HOST ?? '0.0.0.0',
    logLevel: vars.LOG_LEVEL ?? 'info',
    testNodeDelayMs: vars.PC_TEST_NODE_DELAY_MS ?? 0,
    artifactStore: artifactStoreConfigFrom(vars),
    secretsKey: vars.SECRETS_KEY,
    metricsToken: vars.METRICS_TOKEN,
    backendAccess: backendAccessFrom(vars),
  };
}
