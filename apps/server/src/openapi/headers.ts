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

/*
 * Request headers a script sends back, described once: what to put in them is the question a
 * newcomer has (the quotes of an ETag, which event id), and a parameter without a description
 * leaves it to guessing (openapi-validator.test.ts holds every header parameter to one).
 */

const IF_NONE_MATCH = 'The `ETag` of the copy you have, quotes included (a list of them, `W/"…"` and `*` work too): unchanged, the answer is a bodiless 304.';

/** `If-None-Match` of a conditional read. */
export const ifNoneMatchHeader = z.string().optional().openapi({ description: IF_NONE_MATCH });

/** `If-None-Match` with a cap on its length (the batch read). */
export const boundedIfNoneMatchHeader = (max: number) => z.string().max(max).optional().openapi({ description: IF_NONE_MATCH });

/** `If-Match` of a write that is unconditional without it (rename, delete, restore, re-import). */
export const optionalIfMatchHeader = z.string().optional().openapi({
  description:
    'Optional: the `ETag` you read, quotes included (`"7"`), or `*`. A graph written since answers 412 `revision_conflict` with `currentRevision`; without the header the write goes ahead whatever the revision.',
  example: '"7"',
});

/** `Last-Event-ID` of an event stream: the `id` of the last event the client has. */
export const lastEventIdHeader = (description: string) => z.string().max(32).optional().openapi({ description, example: '4' });
