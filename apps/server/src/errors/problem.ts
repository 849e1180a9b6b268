import { z } from '@hono/zod-openapi';
import { apiErrorCodeSchema, statusOf, titleOf, type ApiErrorCode } from './api-error.js';

export const PROBLEM_CONTENT_TYPE = 'application/problem+json';

/** Problem types are URNs: stable identifiers that resolve nowhere and leak no host name. */
export const problemType = (code: ApiErrorCode): string => `urn:production-canvas:problem:${code}`;

export const fieldErrorSchema = z
  .object({
    path: z.string().openapi({ example: 'document.nodes.3.data.lensMm' }),
    message: z.string(),
    code: z.string().openapi({ description: 'A zod issue code or a graph issue code such as `cycle`.' }),
    nodeId: z.string().optional(),
    edgeId: z.string().optional(),
  })
  .openapi('FieldError');

/** RFC 9457 problem details, as every error of this API is rendered. */
export const problemSchema = z
  .object({
    type: z.string().openapi({ example: problemType('revision_conflict') }),
    title: z.string(),
    status: z.int(),
    detail: z.string().optional(),
    code: apiErrorCodeSchema,
    requestId: z.string(),
    errors: z.array(fieldErrorSchema).optional(),
    currentRevision: z.int().optional().openapi({ description: 'On `revision_conflict`: the revision the graph is at now.' }),
  })
  .openapi('Problem');
export type Problem = z.infer<typeof problemSchema>;

/** A realistic problem document for one code: what Swagger UI shows and SDK authors test against. */
export const problemExample = (code: ApiErrorCode): Problem => ({
  type: problemType(code),
  title: titleOf(code),
  status: statusOf(code),
  detail: PROBLEM_EXAMPLE_DETAILS[code] ?? `${titleOf(code)}.`,
  code,
  requestId: '6f1c2a9e-3b7d-4e58-9a0c-2d4b6e8f1a3c',
  ...(code === 'validation_failed' || code === 'invalid_graph'
    ? { errors: [{ path: 'document.nodes.2.data.lensMm', message: 'Expected a number, received a string', code: 'invalid_type', nodeId: 'sh12a' }] }
    : {}),
  ...(code === 'revision_conflict' ? { currentRevision: 8 } : {}),
});

const PROBLEM_EXAMPLE_DETAILS: Partial<Record<ApiErrorCode, string>> = {
  unauthenticated: 'Sign in, or send an API key as a bearer token.',
  insufficient_scope: 'This API key lacks the `write` scope.',
  not_found: 'Graph grf0f3k8q2m9v1x7c4d2h8j does not exist.',
  validation_failed: 'The request body is invalid.',
  revision_conflict: 'The graph is at revision 8; reload it and apply your change again.',
  rate_limited: 'Too many requests; retry after 12 s.',
};

/**
 * OpenAPI responses for the error codes a route can answer with, grouped by status, each
 * with an example problem per code. Every route also lists the errors any route can
 * produce (400, 413, 429, 500, 504).
 */
// A 409 of a request still in progress says when to come back; a script that reads only the
// document must see it. (Every 429 and 503 declares `Retry-After` in openapi/rate-limits.ts.)
const retryAfter = (description: string) => z.object({ 'Retry-After': z.string().optional().openapi({ description, example: '12' }) });
const RETRY_AFTER_HEADERS: Partial<Record<ApiErrorCode, ReturnType<typeof retryAfter>>> = {
  idempotency_request_in_progress: retryAfter('With `idempotency_request_in_progress`: seconds after which a retry may find the first request done.'),
};

export function problemResponses<const Codes extends readonly ApiErrorCode[]>(...codes: Codes) {
  const all: ApiErrorCode[] = [...codes, 'bad_request', 'payload_too_large', 'rate_limited', 'internal_error', 'request_timeout'];
  const byStatus = new Map<number, Set<ApiErrorCode>>();
  for (const code of all) byStatus.set(statusOf(code), (byStatus.get(statusOf(code)) ?? new Set()).add(code));
  return Object.fromEntries(
    [...byStatus].map(([status, statusCodes]) => [
      status,
      {
        description: `Problem: ${[...statusCodes].map((code) => `\`${code}\``).join(', ')}`,
        ...headersOf(statusCodes),
        content: {
          [PROBLEM_CONTENT_TYPE]: {
            schema: problemSchema,
            examples: Object.fromEntries([...statusCodes].map((code) => [code, { summary: titleOf(code), value: problemExample(code) }])),
          },
        },
      },
    ]),
  ) as Record<number, ProblemResponse>;
}

/** A status shared by codes that each carry a `Retry-After` has the first one's description. */
function headersOf(codes: Set<ApiErrorCode>): { headers?: ReturnType<typeof retryAfter> } {
  const headers = [...codes].map((code) => RETRY_AFTER_HEADERS[code]).find((found) => found !== undefined);
  return headers ? { headers } : {};
}

interface ProblemResponse {
  description: string;
  headers?: ReturnType<typeof retryAfter>;
  content: { [PROBLEM_CONTENT_TYPE]: { schema: typeof problemSchema; examples: Record<string, { summary: string; value: Problem }> } };
}
