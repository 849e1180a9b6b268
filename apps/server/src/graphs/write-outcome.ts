import type { GraphRecord, GraphWriteResult } from '@pc/db';
import { assertNever } from '../assert-never.js';
import { ApiError, notFound } from '../errors/api-error.js';
import { formatEtag } from './etag.js';

/** The written graph, or the ApiError that explains why nothing was written. */
export function writtenGraphOrThrow(result: GraphWriteResult, graphId: string): GraphRecord {
  switch (result.kind) {
    case 'written':
      return result.graph;
    case 'not_found':
      throw notFound(`Graph ${graphId}`);
    case 'revision_conflict':
      throw revisionConflict(graphId, result.currentRevision);
    default:
      return assertNever(result);
  }
}

/** A 412 naming the revision the graph is at, so the client can reload and retry. */
export const revisionConflict = (graphId: string, currentRevision: number): ApiError =>
  new ApiError('revision_conflict', {
    detail: `Graph ${graphId} is at revision ${currentRevision} (ETag ${formatEtag(currentRevision)}); reload it and apply your change again.`,
    extensions: { currentRevision },
  });
