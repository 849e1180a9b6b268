import { createRoute, z } from '@hono/zod-openapi';
import { snapshotGraph } from '@pc/db';
import { graphRunsChannel } from '@pc/engine';
import { assertNever } from '../../assert-never.js';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { locationHeader } from '../../openapi/headers.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, graphRevisionSchema, toRevisionResponse } from '../graphs/schemas.js';

export const createRevisionBody = z
  .object({ message: z.string().trim().min(1).max(500).optional().openapi({ example: 'Locked for the table read' }) })
  .openapi('CreateRevision');
export type CreateRevisionBody = z.infer<typeof createRevisionBody>;

const snapshotLocation = locationHeader('/api/v1/graphs/gr_0f3k8q2m9v1x7c4d/revisions/7');

export const createRevisionRoute = createRoute({
  ...signedIn('write'),
  method: 'post',
  path: '/graphs/{id}/revisions',
  tags: ['Revisions'],
  summary: 'Snapshot the graph at its current revision',
  description:
    'Idempotent per revision: when this revision was already snapshotted (every run snapshots the revision it runs), answers 200 with that snapshot. A snapshot taken without a message (a run\'s) takes the `message` sent now; one that already has a message keeps it. A snapshot\'s document never changes; change the graph first to snapshot a new revision. Every open canvas of the graph hears of the save (a `revision` event on GET /graphs/{id}/runs/events).',
  request: {
    params: graphIdParams,
    body: { required: false, content: { 'application/json': { schema: createRevisionBody } } },
  },
  responses: {
    // Both name the snapshot to read back (GET …/revisions/{rev}), as every created resource's answer does.
    201: { description: 'A new snapshot', headers: z.object({ Location: snapshotLocation }), content: { 'application/json': { schema: graphRevisionSchema } } },
    200: { description: 'This revision was already snapshotted', headers: z.object({ Location: snapshotLocation }), content: { 'application/json': { schema: graphRevisionSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 'not_found', 'invalid_json', 'unsupported_media_type', 'validation_failed'),
  },
});

export function registerCreateRevision(api: ApiApp, { database, collab, runs }: RouteDeps): void {
  api.openapi(createRevisionRoute, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'write');
    const { message } = c.req.valid('json');
    // Snapshot what collaborators see, not a projection up to 2 s old.
    await collab.beforeDocumentWrite(id);
    const result = await snapshotGraph(database.db, { graphId: id, message });
    switch (result.kind) {
      case 'snapshot': {
        const body = toRevisionResponse(result.revision);
        // Told on the graph's stream, so every open Revisions list shows it (a script's save
        // too, which no collaborator's presence carries). Best-effort, as every live event is:
        // a list that missed it reads the graph again when its tab comes back.
        await runs.bus
          .publish(graphRunsChannel(id), { kind: 'revision.saved', v: 1, at: Date.now(), graphId: id, revision: body.revision })
          .catch((error: unknown) => c.var.log().warn({ err: error, graphId: id }, 'could not announce a saved revision'));
        c.header('Location', `/api/v1/graphs/${id}/revisions/${body.revision}`);
        return result.created ? c.json(body, 201) : c.json(body, 200);
      }
      case 'not_found':
        throw notFound(`Graph ${id}`);
      default:
        return assertNever(result);
    }
  });
}
