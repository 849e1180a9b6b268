import { z } from 'zod';
import { issueMessage } from './issue-message.js';

/**
 * Every error the API can answer with, as a closed list. Clients branch on `code`, never
 * on `title` or `detail`; a new failure mode adds a code here and a status below.
 */
export const apiErrorCodeSchema = z.enum([
  'bad_request',
  'invalid_json',
  'unauthenticated',
  'invalid_credentials',
  'insufficient_scope',
  'session_required',
  'forbidden',
  'csrf_rejected',
  'email_taken',
  'already_member',
  'backend_name_taken',
  'last_owner',
  'rate_limited',
  'request_timeout',
  'invalid_cursor',
  'not_found',
  'revision_conflict',
  'payload_too_large',
  'unsupported_media_type',
  'validation_failed',
  'invalid_graph',
  'unsupported_format',
  'graph_not_runnable',
  'idempotency_key_reused',
  'idempotency_request_in_progress',
  'too_many_active_batches',
  'batch_not_retryable',
  'precondition_required',
  'internal_error',
  'service_unavailable',
]);
export type ApiErrorCode = z.infer<typeof apiErrorCodeSchema>;

/** The HTTP status and the stable, human title of each code. */
const catalogue: Record<ApiErrorCode, { status: number; title: string }> = {
  bad_request: { status: 400, title: 'Bad request' },
  invalid_json: { status: 400, title: 'Malformed JSON' },
  invalid_cursor: { status: 400, title: 'Invalid cursor' },
  unauthenticated: { status: 401, title: 'Sign-in required' },
  invalid_credentials: { status: 401, title: 'Wrong email or password' },
  insufficient_scope: { status: 403, title: 'API key lacks the scope' },
  session_required: { status: 403, title: 'Signed-in session required' },
  forbidden: { status: 403, title: 'Not allowed for your role' },
  csrf_rejected: { status: 403, title: 'Cross-site request refused' },
  not_found: { status: 404, title: 'Not found' },
  email_taken: { status: 409, title: 'Email already registered' },
  already_member: { status: 409, title: 'Already a member' },
  backend_name_taken: { status: 409, title: 'A back end with this name exists' },
  last_owner: { status: 409, title: 'A workspace needs an owner' },
  rate_limited: { status: 429, title: 'Too many requests' },
  request_timeout: { status: 504, title: 'Request timed out' },
  revision_conflict: { status: 412, title: 'Revision conflict' },
  payload_too_large: { status: 413, title: 'Payload too large' },
  unsupported_media_type: { status: 415, title: 'Unsupported media type' },
  validation_failed: { status: 422, title: 'Validation failed' },
  invalid_graph: { status: 422, title: 'Invalid graph' },
  unsupported_format: { status: 422, title: 'Unsupported format' },
  graph_not_runnable: { status: 422, title: 'Graph cannot run' },
  idempotency_key_reused: { status: 422, title: 'Idempotency key reused with a different body' },
  idempotency_request_in_progress: { status: 409, title: 'A request with this idempotency key is in progress' },
  too_many_active_batches: { status: 429, title: 'Too many unfinished batches' },
  batch_not_retryable: { status: 409, title: 'Batch cannot be retried' },
  precondition_required: { status: 428, title: 'Precondition required' },
  internal_error: { status: 500, title: 'Internal server error' },
  service_unavailable: { status: 503, title: 'Service unavailable' },
};

export const statusOf = (code: ApiErrorCode): number => catalogue[code].status;
export const titleOf = (code: ApiErrorCode): string => catalogue[code].title;

/** One problem with one part of a request, pointed at by a dotted path (`document.nodes.3.data.lensMm`). */
export interface FieldError {
  path: string;
  message: string;
  code: string;
  nodeId?: string | undefined;
  edgeId?: string | undefined;
}

export interface ApiErrorOptions {
  detail?: string;
  errors?: FieldError[];
  /** Extra members of the problem document, such as `currentRevision` on a 412. */
  extensions?: Record<string, unknown>;
  /** Response headers that belong to the error, such as `WWW-Authenticate` on a 401. */
  headers?: Record<string, string>;
  cause?: unknown;
}

/**
 * The one error type handlers throw. The problem+json renderer turns it into a
 * response; anything else thrown becomes a logged 500 with its details hidden.
 */
export class ApiError extends Error {
  readonly code: ApiErrorCode;
  readonly status: number;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: FieldError[] | undefined;
  readonly extensions: Record<string, unknown>;
  readonly headers: Record<string, string>;

  constructor(code: ApiErrorCode, options: ApiErrorOptions = {}) {
    super(options.detail ?? titleOf(code), { cause: options.cause });
    this.name = 'ApiError';
    this.code = code;
    this.status = statusOf(code);
    this.title = titleOf(code);
    this.detail = options.detail;
    this.errors = options.errors;
    this.extensions = options.extensions ?? {};
    this.headers = options.headers ?? {};
  }
}

/** Joins a zod or document path the way clients see it: `document.nodes.3.data.lensMm`. */
export const joinPath = (path: readonly PropertyKey[]): string => path.map(String).join('.');

/** Field errors from a failed zod parse, each path under `prefix`, zod's default messages in plain words. */
export const fieldErrorsFromZod = (error: z.ZodError, prefix: readonly PropertyKey[] = []): FieldError[] =>
  error.issues.map((issue) => ({ path: joinPath([...prefix, ...issue.path]), message: issueMessage(issue), code: issue.code }));

/** A 404 whose detail names what was looked for. */
export const notFound = (what: string): ApiError => new ApiError('not_found', { detail: `${what} does not exist.` });
