import type { OpenAPIHono } from '@hono/zod-openapi';
import type { Logger } from 'pino';
import type { Actor } from './auth/actor.js';

/** What middleware puts on the request context for handlers to read. */
export interface AppVariables {
  /** This request's id: the caller's `X-Request-Id` when well-formed, else a new one. */
  requestId: string;
  /** The request's logger, bound to its request id; made on first use (most requests never log but their one line). */
  log: () => Logger;
  /** Who is calling; unset for anonymous requests. Routes that need one get it typed non-optional from `signedIn`. */
  actor?: Actor | undefined;
  /** The caller's IP address as the rate limits see it. */
  clientIp: string;
}

export interface AppEnv {
  Variables: AppVariables;
}

/** The app routes register on. */
export type ApiApp = OpenAPIHono<AppEnv>;
