import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';

/** What middleware puts on the request context for handlers to read. */
export interface AppVariables {
  /** This request's id: the caller's `X-Request-Id` when well-formed, else a new one. */
  requestId: string;
  /** A child logger bound to the request id. */
  logger: Logger;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** The app routes register on. */
export type ApiApp = OpenAPIHono<AppEnv>;
