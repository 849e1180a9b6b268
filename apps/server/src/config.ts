import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import {
  artifactStoreConfigFrom,
  artifactStoreEnvVars,
  backendAccessEnvVars,
  backendAccessFrom,
  isLoopbackHost,
  parseWebhookAllowPrivate,
  PUBLIC_ONLY,
  requireS3Vars,
  type ArtifactStoreConfig,
  type BackendAccess,
  type WebhookTargetPolicy,
} from '@pc/engine';
import { z } from 'zod';
import { DEFAULT_MAX_BODY_BYTES } from './middleware/body-limit/index.js';
import { DEFAULT_SECURITY_SETTINGS, type SecuritySettings } from './security-settings.js';

/** Blank variables count as unset (compose files and shells produce them). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

/** Every variable the server reads; docs/configuration.md lists each (config-docs.test.ts checks). */
export const serverEnvSchema = z
  .object({
  PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  HOST: optional(z.string().min(1)),
  DATA_DIR: optional(z.string().min(1)),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  REDIS_PREFIX: optional(z.string().regex(/^[A-Za-z0-9_-]+$/)),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  MAX_BODY_BYTES: optional(z.coerce.number().int().min(1024)),
  WEB_DIST: optional(z.string().min(1)),
  PUBLIC_URL: optional(z.url({ protocol: /^https?$/ })),
  TRUST_PROXY: optional(z.enum(['true', 'false', '1', '0'])),
  CORS_ORIGINS: optional(z.string().regex(/^\s*https?:\/\/[^\s,]+(\s*,\s*https?:\/\/[^\s,]+)*\s*$/, 'a comma-separated list of origins (https://host[:port])')),
  SESSION_IDLE_HOURS: optional(z.coerce.number().positive().max(24 * 365)),
  SESSION_ABSOLUTE_DAYS: optional(z.coerce.number().positive().max(365)),
  REQUEST_TIMEOUT_MS: optional(z.coerce.number().int().min(1000)),
  CREDENTIAL_CACHE_TTL_SECONDS: optional(z.coerce.number().int().min(0).max(300)),
  GRAPH_READ_CACHE_TTL_SECONDS: optional(z.coerce.number().int().min(0).max(60)),
  DATABASE_POOL_SIZE: optional(z.coerce.number().int().min(1).max(500)),
  RATE_LIMIT_PER_MINUTE: optional(z.coerce.number().int().min(1)),
  RATE_LIMIT_IP_PER_MINUTE: optional(z.coerce.number().int().min(1)),
  SIGNIN_ATTEMPTS_PER_IP: optional(z.coerce.number().int().min(1)),
  SIGNIN_FAILURES_PER_ACCOUNT: optional(z.coerce.number().int().min(1)),
  SIGNUPS_PER_IP_PER_HOUR: optional(z.coerce.number().int().min(1)),
  COLLAB_TOKEN_SECRET: optional(z.string().min(32, 'at least 32 characters')),
  EMBEDDED_WORKERS: optional(z.enum(['true', 'false', '1', '0'])),
  WORKER_CONCURRENCY_CPU: optional(z.coerce.number().int().min(1).max(256)),
  WORKER_CONCURRENCY_IO: optional(z.coerce.number().int().min(1).max(1024)),
  SWEEP_INTERVAL_MS: optional(z.coerce.number().int().min(1000)),
  ENGINE_DEPENDANTS_ADD: optional(z.enum(['awaited', 'ordered'])),
  SECRETS_KEY: optional(z.base64().refine((value) => Buffer.from(value, 'base64').length === 32, '32 random bytes, base64 (openssl rand -base64 32)')),
  /** Read by main.ts (parsePngThreads); validated here with the rest. */
  PNG_THREADS: optional(z.coerce.number().int().min(1).max(256)),
  METRICS_TOKEN: optional(z.string().min(16, 'at least 16 characters').regex(/^\S+$/, 'no spaces')),
  ADMIN_EMAILS: optional(z.string().regex(/^\s*[^\s,@]+@[^\s,@]+(\s*,\s*[^\s,@]+@[^\s,@]+)*\s*$/, 'a comma-separated list of email addresses')),
  SHUTDOWN_DEADLINE_MS: optional(z.coerce.number().int().min(1000).max(600_000)),
  OTEL_EXPORTER_OTLP_ENDPOINT: optional(z.url({ protocol: /^https?$/ })),
  OTEL_SERVICE_NAME: optional(z.string().min(1).max(100)),
  BENCH_BARE_ROUTES: optional(z.enum(['1', '0', 'true', 'false'])),
  BATCH_CONCURRENCY: optional(z.coerce.number().int().min(1).max(10_000)),
  BATCH_MAX_ACTIVE_PER_USER: optional(z.coerce.number().int().min(1).max(10_000)),
  WEBHOOK_ALLOW_PRIVATE: optional(
    z.string().superRefine((value, context) => {
      const parsed = parseWebhookAllowPrivate(value);
      if (!parsed.ok) context.addIssue({ code: 'custom', message: parsed.message });
    }),
  ),
  })
  .extend(artifactStoreEnvVars.shape)
  .extend(backendAccessEnvVars.shape)
  .check(requireS3Vars);

/** Everything the server reads from its environment, parsed once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute; PGlite lives in `<dataDir>/pglite` when no DATABASE_URL is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** `DATABASE_POOL_SIZE`: Postgres connections this process holds at most. */
  databasePoolSize: number;
  /** Set: rate limits are counted in Redis (shared by every instance). */
  redisUrl: string | undefined;
  /** Key prefix of the run queues and live events in Redis (the workers' REDIS_PREFIX); default `pc`. */
  redisPrefix: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  maxBodyBytes: number;
  /** Absolute path of the built web app; served when it exists. */
  webDist: string;
  security: SecuritySettings;
  /** HMAC key of collab tokens; generated once and kept in the database when unset. */
  collabTokenSecret: string | undefined;
  /** Run execution: node jobs run in this process unless scaled (REDIS_URL) without EMBEDDED_WORKERS. */
  runs: { embeddedWorkers: boolean; concurrency: { cpu: number; io: number }; sweepIntervalMs: number; dependantsAdd: 'awaited' | 'ordered' };
  /** Where node artifacts are stored: the database (default) or an S3-compatible bucket (`ARTIFACT_STORE=s3`). */
  artifactStore: ArtifactStoreConfig;
  /** `/metrics` needs `Authorization: Bearer <metricsToken>`; unset = no `/metrics`. */
  metricsToken: string | undefined;
  /** Lower-cased; may open `/admin/queues` besides the instance owner. */
  adminEmails: string[];
  /** SIGTERM: everything (requests, jobs, documents, pools) must be closed within this, else the process exits 1. */
  shutdownDeadlineMs: number;
  /** bench/api's baseline routes; off unless BENCH_BARE_ROUTES=1. */
  benchBareRoutes: boolean;
  /** Batch items running at once (all batches), unfinished batches per user. */
  batches: { concurrency: number; maxActivePerUser: number };
  /** AES key (base64, 32 bytes) for stored secrets (webhook secrets, generation back-end keys); unset = generated once and kept in the database. */
  secretsKey: string | undefined;
  /** Which non-public addresses batch webhooks may reach (WEBHOOK_ALLOW_PRIVATE); none by default. */
  webhookPolicy: WebhookTargetPolicy;
  /**
   * Where generation back ends may be (BACKEND_ALLOW_PRIVATE) and the variables `{env}` secrets
   * may name (BACKEND_SECRET_ENV). By default public addresses only, and also loopback ones
   * when only this machine can reach the server ({@link reachableFromThisMachineOnly}); no variables.
   */
  backendAccess: BackendAccess;
}

/**
 * Where the web app's build lands: apps/web/dist. Resolved from this module, which is
 * apps/server/src/config.ts in development and apps/server/dist/main.js once bundled —
 * both one level below apps/server, so the same relative path works for both.
 */
const defaultWebDist = () => fileURLToPath(new URL('../../web/dist', import.meta.url));

/** A bad environment: its message lists every bad variable and is meant for the operator. */
export class ConfigError extends Error {
  override name = 'ConfigError';
}

/**
 * Parses the environment. Throws one error listing every bad variable, so a
 * misconfigured deployment fails at start with all of its mistakes at once.
 */
export function loadConfig(env: NodeJS.ProcessEnv = process.env, cwd: string = process.cwd()): ServerConfig {
  const parsed = serverEnvSchema.safeParse(env);
  if (!parsed.success) {
    const lines = parsed.error.issues.map((issue) => `  ${issue.path.join('.')}: ${issue.message}`);
    throw new ConfigError(`Invalid environment:\n${lines.join('\n')}`);
  }
  const vars = parsed.data;
  return {
    port: vars.PORT ?? 3000,
    host: vars.HOST ?? '127.0.0.1',
    dataDir: resolve(cwd, vars.DATA_DIR ?? './.data'),
    databaseUrl: vars.DATABASE_URL,
    databasePoolSize: vars.DATABASE_POOL_SIZE ?? DEFAULT_DATABASE_POOL_SIZE,
    redisUrl: vars.REDIS_URL,
    redisPrefix: vars.REDIS_PREFIX,
    logLevel: vars.LOG_LEVEL ?? 'info',
    maxBodyBytes: vars.MAX_BODY_BYTES ?? DEFAULT_MAX_BODY_BYTES,
    webDist: vars.WEB_DIST ? resolve(cwd, vars.WEB_DIST) : defaultWebDist(),
    security: securityFrom(vars),
    collabTokenSecret: vars.COLLAB_TOKEN_SECRET,
    runs: {
      embeddedWorkers: vars.EMBEDDED_WORKERS === undefined ? !vars.REDIS_URL : vars.EMBEDDED_WORKERS === 'true' || vars.EMBEDDED_WORKERS === '1',
      concurrency: { cpu: vars.WORKER_CONCURRENCY_CPU ?? 2, io: vars.WORKER_CONCURRENCY_IO ?? 16 },
      sweepIntervalMs: vars.SWEEP_INTERVAL_MS ?? 30_000,
      dependantsAdd: vars.ENGINE_DEPENDANTS_ADD ?? 'ordered',
    },
    artifactStore: artifactStoreConfigFrom(vars),
    metricsToken: vars.METRICS_TOKEN,
    adminEmails: vars.ADMIN_EMAILS ? vars.ADMIN_EMAILS.split(',').map((email) => email.trim().toLowerCase()) : [],
    shutdownDeadlineMs: vars.SHUTDOWN_DEADLINE_MS ?? 25_000,
    benchBareRoutes: vars.BENCH_BARE_ROUTES === '1' || vars.BENCH_BARE_ROUTES === 'true',
    batches: { concurrency: vars.BATCH_CONCURRENCY ?? 16, maxActivePerUser: vars.BATCH_MAX_ACTIVE_PER_USER ?? 20 },
    secretsKey: vars.SECRETS_KEY,
    webhookPolicy: webhookPolicyFrom(vars.WEBHOOK_ALLOW_PRIVATE),
    backendAccess: backendAccessFrom(vars, { thisMachineOnly: reachableFromThisMachineOnly(vars) }),
  };
}

/**
 * Whether only this machine's users can reach the server, so letting back ends be at its
 * loopback addresses gives nobody anything they lack: it listens on loopback (HOST), runs its
 * jobs itself (no REDIS_URL, so no separate worker decides otherwise), and nothing says a
 * reverse proxy serves it to others (TRUST_PROXY, or a PUBLIC_URL that is not this machine).
 */
export function reachableFromThisMachineOnly(vars: Pick<z.infer<typeof serverEnvSchema>, 'HOST' | 'REDIS_URL' | 'TRUST_PROXY' | 'PUBLIC_URL'>): boolean {
  const proxied = vars.TRUST_PROXY === 'true' || vars.TRUST_PROXY === '1' || (vars.PUBLIC_URL !== undefined && !isLoopbackHost(new URL(vars.PUBLIC_URL).hostname));
  return isLoopbackHost(vars.HOST ?? '127.0.0.1') && vars.REDIS_URL === undefined && !proxied;
}

const webhookPolicyFrom = (value: string | undefined): WebhookTargetPolicy => {
  const parsed = parseWebhookAllowPrivate(value);
  return parsed.ok ? parsed.policy : PUBLIC_ONLY;
};

const HOUR_MS = 60 * 60 * 1000;

/**
 * Postgres connections per server process. Each request holds one only for a statement or
 * two, but 100 concurrent API calls queue behind 10; Postgres' own default of 100
 * connections still leaves room for a few replicas and the workers at 20.
 */
export const DEFAULT_DATABASE_POOL_SIZE = 20;

function securityFrom(vars: z.infer<typeof serverEnvSchema>): SecuritySettings {
  const defaults = DEFAULT_SECURITY_SETTINGS;
  return {
    publicUrl: vars.PUBLIC_URL ? new URL(vars.PUBLIC_URL) : undefined,
    trustProxy: vars.TRUST_PROXY === 'true' || vars.TRUST_PROXY === '1',
    corsOrigins: vars.CORS_ORIGINS ? vars.CORS_ORIGINS.split(',').map((origin) => new URL(origin.trim()).origin) : [],
    sessionIdleMs: vars.SESSION_IDLE_HOURS === undefined ? defaults.sessionIdleMs : vars.SESSION_IDLE_HOURS * HOUR_MS,
    sessionAbsoluteMs: vars.SESSION_ABSOLUTE_DAYS === undefined ? defaults.sessionAbsoluteMs : vars.SESSION_ABSOLUTE_DAYS * 24 * HOUR_MS,
    requestTimeoutMs: vars.REQUEST_TIMEOUT_MS ?? defaults.requestTimeoutMs,
    credentialCacheTtlMs: vars.CREDENTIAL_CACHE_TTL_SECONDS === undefined ? defaults.credentialCacheTtlMs : vars.CREDENTIAL_CACHE_TTL_SECONDS * 1000,
    graphReadCacheTtlMs: vars.GRAPH_READ_CACHE_TTL_SECONDS === undefined ? defaults.graphReadCacheTtlMs : vars.GRAPH_READ_CACHE_TTL_SECONDS * 1000,
    rateLimits: {
      ...defaults.rateLimits,
      perActorPerMinute: vars.RATE_LIMIT_PER_MINUTE ?? defaults.rateLimits.perActorPerMinute,
      perIpPerMinute: vars.RATE_LIMIT_IP_PER_MINUTE ?? defaults.rateLimits.perIpPerMinute,
      signInAttemptsPerIp: vars.SIGNIN_ATTEMPTS_PER_IP ?? defaults.rateLimits.signInAttemptsPerIp,
      signInFailuresPerAccount: vars.SIGNIN_FAILURES_PER_ACCOUNT ?? defaults.rateLimits.signInFailuresPerAccount,
      signUpsPerIpPerHour: vars.SIGNUPS_PER_IP_PER_HOUR ?? defaults.rateLimits.signUpsPerIpPerHour,
    },
  };
}
