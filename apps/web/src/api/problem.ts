/** One field-level error inside a problem document. */
export interface ProblemFieldError {
  path: string;
  message: string;
  code: string;
  /** The node an issue is about (`graph_not_runnable`). */
  nodeId?: string;
}

/** The body of an `application/problem+json` response, as the server renders it. */
export interface ProblemDocument {
  type: string;
  title: string;
  status: number;
  detail?: string;
  code: string;
  requestId?: string;
  errors?: ProblemFieldError[];
}

/**
 * Every failed API call throws this: a problem from the server, or a synthetic one for a
 * network failure (`status: 0`, code `network_error`) so callers handle a single type.
 */
export class ApiProblem extends Error {
  readonly status: number;
  readonly code: string;
  readonly title: string;
  readonly detail: string | undefined;
  readonly errors: readonly ProblemFieldError[];

  constructor(problem: ProblemDocument) {
    super(problem.detail ?? problem.title);
    this.name = 'ApiProblem';
    this.status = problem.status;
    this.code = problem.code;
    this.title = problem.title;
    this.detail = problem.detail;
    this.errors = problem.errors ?? [];
  }

  /** A sentence fit for a toast or a status line. */
  get summary(): string {
    const first = this.errors[0];
    const base = this.detail ?? this.title;
    // A validation detail already names its first problem ("… is invalid: name: Must not be empty.").
    return first && !base.includes(first.message) ? `${base} (${first.path ? `${first.path}: ` : ''}${first.message})` : base;
  }

  get isNetworkError(): boolean {
    return this.status === 0;
  }

  get isConflict(): boolean {
    return this.status === 412 || this.code === 'revision_conflict';
  }
}

const isRecord = (value: unknown): value is Record<string, unknown> => typeof value === 'object' && value !== null;

/** Reads a problem document out of any JSON body, tolerating servers that send less. */
export const toProblem = (status: number, statusText: string, body: unknown): ApiProblem => {
  const record = isRecord(body) ? body : {};
  const str = (key: string) => (typeof record[key] === 'string' ? (record[key] as string) : undefined);
  const errors = Array.isArray(record['errors'])
    ? record['errors'].filter(isRecord).map((error) => ({
        path: typeof error['path'] === 'string' ? error['path'] : Array.isArray(error['path']) ? error['path'].join('.') : '',
        message: typeof error['message'] === 'string' ? error['message'] : 'Invalid value',
        code: typeof error['code'] === 'string' ? error['code'] : 'invalid',
        ...(typeof error['nodeId'] === 'string' ? { nodeId: error['nodeId'] } : {}),
      }))
    : undefined;
  return new ApiProblem({
    type: str('type') ?? 'about:blank',
    title: str('title') ?? (statusText || `HTTP ${status}`),
    status,
    detail: str('detail'),
    code: str('code') ?? (status === 412 ? 'revision_conflict' : `http_${status}`),
    requestId: str('requestId'),
    ...(errors ? { errors } : {}),
  });
};

export const networkProblem = (cause: unknown): ApiProblem =>
  new ApiProblem({
    type: 'about:blank',
    title: 'Cannot reach the server',
    status: 0,
    detail: cause instanceof Error && cause.message ? `Cannot reach the server: ${cause.message}` : 'Cannot reach the server',
    code: 'network_error',
  });
