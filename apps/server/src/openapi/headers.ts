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
