import { findGraphRevisionNumber, type Db } from '@pc/db';
import { ApiError, notFound } from '../../errors/api-error.js';

/**
 * The 404 for a revision that has no snapshot, saying which kind it is. A script that read
 * `revision: 4` from GET /graphs/{id} and asked for /revisions/4 was told "Revision 4 … does
 * not exist": it does, as the live document, which only a snapshot makes readable, restorable
 * or runnable by number.
 */
export const missingSnapshot = async (db: Db, graphId: string, revision: number): Promise<ApiError> => {
  const current = await findGraphRevisionNumber(db, graphId);
  if (current === undefined) return notFound(`Graph ${graphId}`);
  const detail =
    revision > current
      ? `Revision ${revision} of graph ${graphId} does not exist: the graph is at revision ${current}.`
      : revision === current
        ? `Revision ${revision} is graph ${graphId}'s live document, not a snapshot: read it with GET /graphs/${graphId}, or snapshot it with POST /graphs/${graphId}/revisions first.`
        : `Revision ${revision} of graph ${graphId} was never snapshotted (GET /graphs/${graphId}/revisions lists those that were); only a snapshot can be read, restored or run.`;
  return new ApiError('not_found', { detail });
};
