import { z } from '@hono/zod-openapi';

/*
 * Response headers a client acts on, declared once so every route documents them alike:
 * a header the document leaves out is one a generated client never reads
 * (openapi-conformance.test.ts holds real answers against these).
 */

/** `Location` of a created or accepted resource: its path under this server. */
export const locationHeader = (example: string) =>
  z.string().openapi({ description: 'The path of the resource to follow (relative to this server).', example });

/** `ETag` of the answer: send it back as `If-None-Match`. */
export const etagHeader = z.string().openapi({ description: 'Send it back as `If-None-Match`: an unchanged answer is a bodiless 304.' });

/** A 304 answer: no body, the same `ETag` again. */
export const notModifiedResponse = (description: string) => ({ description, headers: z.object({ ETag: etagHeader }) });

/** An `Idempotency-Key` request header's value: the client's key for one submission. */
export const idempotencyKeyValue = (description: string) =>
  z
    .string()
    .min(1)
    .max(255)
    .regex(/^[\x21-\x7e]+$/, '1–255 visible ASCII characters')
    .openapi({ description, example: '7f7e2d4c-1b8a-4c55-9f0e-3c2d1a0b9e8f' });

/** The 200 of a submission replayed by its `Idempotency-Key`: what the first request made, at `Location`. */
export const replayedResponse = <T extends z.ZodType>(description: string, schema: T, exampleLocation: string) => ({
  description,
  headers: z.object({ Location: locationHeader(exampleLocation), 'Idempotent-Replayed': z.literal('true') }),
  content: { 'application/json': { schema } },
});
