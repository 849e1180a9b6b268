import type { Context } from 'hono';
import { ApiError } from '../errors/api-error.js';
import { expectedRevisionFromIfMatch } from './etag.js';

/**
 * The revision a write is based on, from `If-Match`. Replacing a whole document without
 * saying which revision it was edited from would silently overwrite a collaborator, so
 * such writes require the header (428 without it).
 */
export function requiredExpectedRevision(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  if (header === undefined) {
    throw new ApiError('precondition_required', {
      detail: 'Send If-Match with the ETag of the revision you edited (or * to overwrite whatever is there).',
    });
  }
  return expectedRevisionFromIfMatch(header);
}

/** For writes where `If-Match` is optional (rename, delete, restore): unconditional without it. */
export function optionalExpectedRevision(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  return header === undefined ? undefined : expectedRevisionFromIfMatch(header);
}
