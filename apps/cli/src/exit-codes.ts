import { ApiError, NetworkError } from '@pc/sdk';

/** The process exit codes, documented in docs/sdk-cli.md: scripts branch on them. */
export const EXIT = {
  ok: 0,
  /** The batch finished with failed or cancelled items, or the server refused the operation. */
  failed: 1,
  /** Wrong arguments or an unreadable/invalid input file. */
  usage: 2,
  /** No credentials, or the server rejected them (401/403). */
  auth: 3,
  notFound: 4,
  /** The server failed (5xx, 429) or could not be reached. */
  server: 5,
} as const;
export type ExitCode = (typeof EXIT)[keyof typeof EXIT];

/** An error the CLI reports as one clear message and exits with its code. */
export class CliError extends Error {
  constructor(
    message: string,
    readonly exitCode: ExitCode,
    /** More lines under the message (each field error of a problem, say). */
    readonly details: string[] = [],
  ) {
    super(message);
    this.name = 'CliError';
  }
}

export const usageError = (message: string, details: string[] = []) => new CliError(message, EXIT.usage, details);

/**
 * Any error → what to print and the exit code. `describePath` turns a field error's path
 * (`items.0.overrides.sh1a.lensMm`) into words the user can find in their input, when it can.
 */
export function toCliError(error: unknown, describePath?: (path: string) => string | undefined): CliError {
  if (error instanceof CliError) return error;
  if (error instanceof ApiError) {
    const details = error.errors.map((entry) => `${(entry.path && describePath?.(entry.path)) || entry.path || '(request)'}: ${entry.message} [${entry.code}]`);
    if (error.requestId) details.push(`request id: ${error.requestId}`);
    const message = `${error.title}${error.detail ? ` — ${error.detail}` : ''} (HTTP ${error.status}${error.code ? `, ${error.code}` : ''})`;
    return new CliError(message, exitCodeOfStatus(error.status), details);
  }
  if (error instanceof NetworkError) return new CliError(error.message, EXIT.server);
  return new CliError(error instanceof Error ? error.message : String(error), EXIT.failed);
}

export function exitCodeOfStatus(status: number): ExitCode {
  if (status === 401 || status === 403) return EXIT.auth;
  if (status === 404) return EXIT.notFound;
  if (status === 429 || status >= 500) return EXIT.server;
  return EXIT.failed;
}
