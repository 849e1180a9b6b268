/** One problem with one part of a request, at a dotted path (`items.12.overrides.sh12a.shotSize`). */
export interface FieldError {
  path: string;
  message: string;
  code: string;
  nodeId?: string;
  edgeId?: string;
}

/**
 * An error answer of the API (RFC 9457 problem+json). Branch on `code` (or `status`), never
 * on `title` or `detail`. Answers that are not problem documents (a proxy's HTML 502) still
 * become an ApiError with `type: 'about:blank'` and the status text as title.
 */
export class ApiError extends Error {
  readonly status: number;
  readonly type: string;
  readonly title: string;
  readonly detail: string | undefined;
  /** The API's stable error code (`not_found`, `validation_failed` …); undefined for non-problem answers. */
  readonly code: string | undefined;
  readonly requestId: string | undefined;
  readonly errors: FieldError[];
  /** The whole problem document, with extension members such as `currentRevision`. */
  readonly problem: Readonly<Record<string, unknown>>;

  constructor(status: number, problem: Record<string, unknown>) {
    const title = typeof problem['title'] === 'string' ? problem['title'] : `HTTP ${status}`;
    const detail = typeof problem['detail'] === 'string' ? problem['detail'] : undefined;
    super(detail ? `${title}: ${detail}` : title);
    this.name = 'ApiError';
    this.status = status;
    this.type = typeof problem['type'] === 'string' ? problem['type'] : 'about:blank';
    this.title = title;
    this.detail = detail;
    this.code = typeof problem['code'] === 'string' ? problem['code'] : undefined;
    this.requestId = typeof problem['requestId'] === 'string' ? problem['requestId'] : undefined;
    this.errors = Array.isArray(problem['errors']) ? (problem['errors'] as unknown[]).filter(isFieldError) : [];
    this.problem = problem;
  }

  /** Reads an error response's body (problem+json or anything else) into an ApiError. */
  static async fromResponse(response: Response): Promise<ApiError> {
    const text = await response.text().catch(() => '');
    return new ApiError(response.status, problemOf(text, response));
  }
}

/** The request never got an HTTP answer: DNS, refused connection, reset, TLS, or a dropped stream. */
export class NetworkError extends Error {
  constructor(message: string, options?: { cause?: unknown }) {
    super(message, options);
    this.name = 'NetworkError';
  }
}

/**
 * Worth sending again (with the same Idempotency-Key where it applies): no answer, overload, a
 * server fault, or the first request with the key still starting its run.
 */
export const isTransient = (error: unknown): boolean =>
  error instanceof NetworkError ||
  (error instanceof ApiError &&
    (error.status === 429 || error.status === 502 || error.status === 503 || error.status === 504 || error.code === 'idempotency_request_in_progress'));

function problemOf(text: string, response: Response): Record<string, unknown> {
  try {
    const parsed: unknown = JSON.parse(text);
    if (parsed && typeof parsed === 'object' && !Array.isArray(parsed)) return parsed as Record<string, unknown>;
  } catch {
    // Not JSON: described below from the status line.
  }
  return { title: response.statusText || `HTTP ${response.status}`, status: response.status, ...(text ? { detail: text.slice(0, 500) } : {}) };
}

function isFieldError(value: unknown): value is FieldError {
  if (!value || typeof value !== 'object') return false;
  const entry = value as Record<string, unknown>;
  return typeof entry['path'] === 'string' && typeof entry['message'] === 'string' && typeof entry['code'] === 'string';
}
