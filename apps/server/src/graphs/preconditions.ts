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
  return matchableRevision(header);
}

/** For writes where `If-Match` is optional (rename, delete, restore): unconditional without it. */
export function optionalExpectedRevision(c: Context): number | undefined {
  const header = c.req.header('If-Match');
  return header === undefined ? undefined : matchableRevision(header);
}

/**
 * The revision `If-Match` names. A header that names none (`7` without its quotes, a weak
 * `W/"7"`) can never match: the 412 says so, instead of "the graph is at revision 7" to a
 * script that sent 7.
 */
function matchableRevision(header: string): number | undefined {
  const revision = expectedRevisionFromIfMatch(header);
  if (revision !== 0) return revision;
  throw new ApiError('revision_conflict', { detail: `If-Match: ${header.trim()} ${whyUnmatchable(header.trim())}, or * to write over any revision.` });
}

/** What is wrong with an If-Match that names no revision, in the words that fix it. */
const whyUnmatchable = (value: string): string => {
  // Well-formed, but no graph is ever at revision 0 (or "007"): the script computed it.
  if (/^"[0-9]+"$/.test(value)) return 'names no revision a graph can be at (revisions count from 1, as GET\'s ETag says): send the ETag GET returned';
  // RFC 9110 allows a list; a write is based on one revision.
  if (value.includes(',')) return 'lists several ETags, and a write is based on one revision: send the one GET returned';
  return 'names no revision, so it can never match: send the ETag as GET returned it, quotes included (If-Match: "7")';
};
