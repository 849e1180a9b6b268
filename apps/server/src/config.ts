import { resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { z } from 'zod';
import { DEFAULT_MAX_BODY_BYTES } from './middleware/body-limit/index.js';

/** Blank variables count as unset (compose files and shells produce them). */
const optional = <T extends z.ZodType>(schema: T) => z.preprocess((value) => (value === '' ? undefined : value), schema.optional());

const envSchema = z.object({
  PORT: optional(z.coerce.number().int().min(0).max(65_535)),
  HOST: optional(z.string().min(1)),
  DATA_DIR: optional(z.string().min(1)),
  DATABASE_URL: optional(z.url({ protocol: /^postgres(ql)?$/ })),
  REDIS_URL: optional(z.url({ protocol: /^rediss?$/ })),
  LOG_LEVEL: optional(z.enum(['fatal', 'error', 'warn', 'info', 'debug', 'trace', 'silent'])),
  MAX_BODY_BYTES: optional(z.coerce.number().int().min(1024)),
  WEB_DIST: optional(z.string().min(1)),
});

/** Everything the server reads from its environment, parsed once at start. */
export interface ServerConfig {
  port: number;
  host: string;
  /** Absolute; PGlite lives in `<dataDir>/pglite` when no DATABASE_URL is set. */
  dataDir: string;
  databaseUrl: string | undefined;
  /** Read but unused until the scaled mode lands. */
  redisUrl: string | undefined;
  logLevel: 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';
  maxBodyBytes: number;
  /** Absolute path of the built web app; served when it exists. */
  webDist: string;
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
  const parsed = envSchema.safeParse(env);
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
    redisUrl: vars.REDIS_URL,
    logLevel: vars.LOG_LEVEL ?? 'info',
    maxBodyBytes: vars.MAX_BODY_BYTES ?? DEFAULT_MAX_BODY_BYTES,
    webDist: vars.WEB_DIST ? resolve(cwd, vars.WEB_DIST) : defaultWebDist(),
  };
}
