import { ifNoneMatchHits } from '../http/conditional.js';

/**
 * Graph ETags are the revision in quotes: `"7"`. Strong, because a revision names one
 * exact state of the graph.
 */
export const formatEtag = (revision: number): string => `"${revision}"`;

/**
 * The revision an `If-Match` header requires, as the database write guard wants it:
 * `undefined` for `*` (any current state), else the revision number. A header naming no
 * revision of ours (a weak tag, garbage, several tags) can never match: it becomes 0,
 * a revision no graph has (revisions start at 1), so the write fails as a 412.
 */
export function expectedRevisionFromIfMatch(header: string): number | undefined {
  const value = header.trim();
  if (value === '*') return undefined;
  const match = /^"([1-9][0-9]{0,9})"$/.exec(value);
  return match?.[1] ? Number(match[1]) : 0;
}

/** Whether `If-None-Match` already names this revision (weak comparison, as RFC 9110 asks for GET). */
export const isNotModified = (header: string | undefined, revision: number): boolean => ifNoneMatchHits(header, formatEtag(revision));
