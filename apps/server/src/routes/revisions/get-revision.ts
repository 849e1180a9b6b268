import { createRoute, z } from '@hono/zod-openapi';
import { findGraphRevision } from '@pc/db';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { notModifiedResponse, ifNoneMatchHeader } from '../../openapi/headers.js';
import { formatEtag, isNotModified } from '../../graphs/etag.js';
import type { RouteDeps } from '../deps.js';
import { missingSnapshot } from './missing-snapshot.js';
import { graphRevisionSchema, revisionParams, toRevisionResponse } from '../graphs/schemas.js';

export const getRevisionRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/revisions/{rev}',
  tags: ['Revisions'],
  summary: 'Read one snapshot',
  description: 'Snapshots never change: `ETag` is the revision (the graph’s ETag at that revision), 304 on `If-None-Match`.',
  request: { params: revisionParams, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: {
      description: 'The snapshot with its document',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: graphRevisionSchema } },
    },
    304: notModifiedResponse('Not modified'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'validation_failed'),
  },
});

export function registerGetRevision(api: ApiApp, { database }: RouteDeps): void {
  api.openapi(getRevisionRoute, async (c) => {
    const { id, rev } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'read');
    const revision = await findGraphRevision(database.db, id, rev);
    if (!revision) throw await missingSnapshot(database.db, id, rev);
    // Snapshots never change: any cache may keep one as long as it likes.
    c.header('Cache-Control', 'private, max-age=31536000, immutable');
    c.header('ETag', formatEtag(rev));
    if (isNotModified(c.req.header('If-None-Match'), rev)) return c.body(null, 304);
    return c.json(toRevisionResponse(revision), 200);
  });
}
