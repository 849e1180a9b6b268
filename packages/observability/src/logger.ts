import pino, { type DestinationStream, type Logger, type LoggerOptions } from 'pino';
import { activeTraceIds } from './tracing.js';

/**
 * Keys whose values never reach a log line, at any of the first three levels of a logged
 * object (pino's redaction paths have no recursive wildcard). Headers are matched by
 * their lower-case names, as Node gives them.
 */
export const REDACTED_KEYS = [
  'password',
  'newPassword',
  'currentPassword',
  'passwordHash',
  'token',
  'accessToken',
  'refreshToken',
  'collabToken',
  'apiKey',
  'key',
  'secret',
  'clientSecret',
  'tokenSecret',
  'authorization',
  'cookie',
  'set-cookie',
  'x-api-key',
  'databaseUrl',
  'redisUrl',
] as const;

const pathFor = (key: string) => (/^[A-Za-z_$][\w$]*$/.test(key) ? key : `["${key}"]`);
const join = (prefix: string, key: string) => (key.startsWith('[') ? `${prefix}${key}` : `${prefix}.${key}`);

/** The pino `redact.paths` for {@link REDACTED_KEYS}: `k`, `*.k`, `*.*.k`. */
export const redactPaths = (): string[] =>
  REDACTED_KEYS.flatMap((key) => {
    const path = pathFor(key);
    return [path, join('*', path), join('*.*', path)];
  });

export type LogLevel = 'fatal' | 'error' | 'warn' | 'info' | 'debug' | 'trace' | 'silent';

/**
 * The JSON logger of a process: one line per event, `service` on every line, the active
 * trace and span ids when a trace is recorded, secrets replaced by `[redacted]`.
 * Request, user, run, node and job ids come from child loggers (`logger.child({runId})`).
 */
export function createLogger(options: { service: 'server' | 'worker'; level: LogLevel; base?: Record<string, unknown>; destination?: DestinationStream }): Logger {
  const loggerOptions: LoggerOptions = {
    level: options.level,
    base: { service: options.service, ...options.base },
    redact: { paths: redactPaths(), censor: '[redacted]' },
    mixin: () => activeTraceIds() ?? {},
  };
  return options.destination ? pino(loggerOptions, options.destination) : pino(loggerOptions);
}
