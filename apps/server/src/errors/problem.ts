import { z } from '@hono/zod-openapi';
import { apiErrorCodeSchema, statusOf, type ApiErrorCode } from './api-error.js';

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

const problemContent = { [PROBLEM_CONTENT_TYPE]: { schema: problemSchema } };

/**
 * OpenAPI responses for the error codes a route can answer with, grouped by status.
 * Every route also lists the errors any route can produce (400, 413, 429, 500, 504).
 */
export function problemResponses<const Codes extends readonly ApiErrorCode[]>(...codes: Codes) {
  const all: ApiErrorCode[] = [...codes, 'bad_request', 'payload_too_large', 'rate_limited', 'internal_error', 'request_timeout'];
  const byStatus = new Map<number, ApiErrorCode[]>();
  for (const code of all) byStatus.set(statusOf(code), [...(byStatus.get(statusOf(code)) ?? []), code]);
  return Object.fromEntries(
    [...byStatus].map(([status, statusCodes]) => [
      status,
      { description: `Problem: ${[...new Set(statusCodes)].map((code) => `\`${code}\``).join(', ')}`, content: problemContent },
    ]),
  ) as Record<number, { description: string; content: typeof problemContent }>;
}
