import type { KeysetPage } from '@pc/db';
import { assertNever } from '../assert-never.js';
import { ApiError } from '../errors/api-error.js';
import { pageQueryWith } from './graphs/schemas.js';

/**
 * Lists that are short in practice (your workspaces, a workspace's members, your API keys)
 * still grow without bound, so they are paginated too, with a first page large enough that
 * the web app rarely needs a second.
 */
export const shortListPageQuery = pageQueryWith(100);

/** The rows of a page, or the 400 for a cursor that is not one of ours. */
export function rowsOf<Row>(page: KeysetPage<Row>): { rows: Row[]; nextCursor: string | null } {
  switch (page.kind) {
    case 'page':
      return page;
    case 'invalid_cursor':
      throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
    default:
      return assertNever(page);
  }
}
