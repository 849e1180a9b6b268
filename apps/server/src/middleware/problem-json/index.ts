import type { Context, ErrorHandler, NotFoundHandler } from 'hono';
import { HTTPException } from 'hono/http-exception';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { Logger } from 'pino';
import { ApiError, type ApiErrorCode } from '../../errors/api-error.js';
import { PROBLEM_CONTENT_TYPE, problemType, type Problem } from '../../errors/problem.js';
import { isDatabaseInputRefusal } from './database-input.js';

export interface ProblemJsonOptions {
  /** Used when the request logger has not run (an error before it). */
  logger: Logger;
}

/** Renders an {@link ApiError} as `application/problem+json`. */
export function renderProblem(c: Context, error: ApiError): Response {
  const problem: Problem = {
    type: problemType(error.code),
    title: error.title,
    status: error.status,
    ...(error.detail === undefined ? {} : { detail: error.detail }),
    code: error.code,
    requestId: (c.get('requestId') as string | undefined) ?? 'unknown',
    ...(error.errors === undefined ? {} : { errors: error.errors }),
    ...error.extensions,
  };
  // Through the context, so headers other middleware set (RateLimit-*, WWW-Authenticate,
  // security headers) survive on error responses too.
  c.header('Content-Type', PROBLEM_CONTENT_TYPE);
  c.header('X-Request-Id', problem.requestId);
  c.header('Cache-Control', 'no-store');
  for (const [name, value] of Object.entries(error.headers)) c.header(name, value);
  return c.body(JSON.stringify(problem), error.status as ContentfulStatusCode);
}

/**
 * The one error renderer (`app.onError`). ApiErrors render as they are; Hono's own
 * HTTPExceptions (malformed JSON, wrong media type) map to their codes; anything else is
 * a bug: logged with its stack, answered as a bare 500 that reveals nothing.
 */
export function problemErrorHandler({ logger }: ProblemJsonOptions): ErrorHandler {
  return function onProblem(error, c) {
    const apiError = toApiError(error, c.req.header('content-type'));
    if (apiError.status >= 500) {
      const log = (c.get('log') as (() => Logger) | undefined)?.() ?? logger;
      log.error({ err: error, requestId: c.get('requestId'), method: c.req.method, path: c.req.path }, 'unhandled error');
    }
    return renderProblem(c, apiError);
  };
}

/** Unknown routes answer with a 404 problem, never an HTML or plain-text page. */
export const problemNotFound: NotFoundHandler = (c) =>
  renderProblem(c, new ApiError('not_found', { detail: `No route for ${c.req.method} ${c.req.path}.` }));

function toApiError(error: unknown, contentType: string | undefined): ApiError {
  if (error instanceof ApiError) return error;
  if (error instanceof HTTPException) {
    const code = codeForHttpStatus(error.status, error.message);
    // The route's media-type gate says only "Unsupported Media Type": say what was sent and what to send.
    if (code === 'unsupported_media_type') return new ApiError(code, { detail: unsupportedMediaTypeDetail(contentType), cause: error });
    // Hono's messages for client errors are safe and useful ("Malformed JSON in request body").
    return new ApiError(code, code === 'internal_error' ? { cause: error } : { detail: error.message, cause: error });
  }
  if (isDatabaseInputRefusal(error)) {
    return new ApiError('bad_request', { detail: 'The request carries a character that cannot be stored (a NUL, \\u0000).', cause: error });
  }
  return new ApiError('internal_error', { cause: error });
}

function unsupportedMediaTypeDetail(contentType: string | undefined): string {
  const sent = contentType ? `a body of type ${contentType.split(';')[0]!.trim()}` : 'a body without a Content-Type';
  return `This route does not take ${sent}. Send JSON with Content-Type: application/json (the OpenAPI document lists each route's media types).`;
}

function codeForHttpStatus(status: number, message: string): ApiErrorCode {
  switch (status) {
    case 400:
      return /json/i.test(message) ? 'invalid_json' : 'bad_request';
    case 404:
      return 'not_found';
    case 413:
      return 'payload_too_large';
    case 415:
      return 'unsupported_media_type';
    case 504:
      return 'request_timeout';
    default:
      return status >= 400 && status < 500 ? 'bad_request' : 'internal_error';
  }
}
