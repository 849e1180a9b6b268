import { createRoute, z } from '@hono/zod-openapi';
import { replaceGraphDocument } from '@pc/db';
import { checkGraphAccess, signedIn } from '../../auth/access.js';
import { earlyGraphAccess } from '../../auth/early-graph-access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { checkWritableDocument } from '../../graphs/document-check.js';
import { formatEtag } from '../../graphs/etag.js';
import { graphResponseKey } from '../../graphs/response-cache.js';
import { requiredExpectedRevision } from '../../graphs/preconditions.js';
import { writtenGraphOrThrow } from '../../graphs/write-outcome.js';
import { parsedSynchronously } from '../../http/sync-parse.js';
import type { RouteDeps } from '../deps.js';
import { inJsonbKeyOrder } from '../../graphs/jsonb-key-order.js';
import { graphDocument, graphIdParams, graphName, graphResponseJson, graphSchema } from './schemas.js';

export const replaceGraphBody = parsedSynchronously(z.object({ document: graphDocument, name: graphName.optional() }).openapi('ReplaceGraph'));
export type ReplaceGraphBody = z.infer<typeof replaceGraphBody>;

export const replaceGraphRoute = createRoute({
  ...signedIn('write'),
  method: 'put',
  path: '/graphs/{id}',
  tags: ['Graphs'],
  summary: 'Replace a graph’s document',
  description: 'Requires `If-Match` with the ETag of the revision the document was edited from; the write takes the next revision.',
  request: {
    params: graphIdParams,
    // Optional in the schema so that a missing one is a 428, not a 422: the description says it is required.
    headers: z.object({
      'if-match': z.string().optional().openapi({
        description: 'Required: the `ETag` of the revision you edited (or `*` to overwrite whatever is there). Without it, 428 `precondition_required`; stale, 412 `revision_conflict`.',
        example: '"3"',
      }),
    }),
    body: { required: true, content: { 'application/json': { schema: replaceGraphBody } } },
  },
  responses: {
    200: {
      description: 'The graph at its new revision',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'forbidden', 'csrf_rejected', 
      'not_found',
      'revision_conflict',
      'precondition_required',
      'invalid_json',
      'unsupported_media_type',
      'validation_failed',
      'invalid_graph',
    ),
  },
});

export function registerReplaceGraph(api: ApiApp, { database, collab, graphAnswers }: RouteDeps): void {
  // The access lookup goes out before the body is parsed and validated (early-graph-access.ts).
  const access = earlyGraphAccess(database.db);
  api.openapi({ ...replaceGraphRoute, middleware: [replaceGraphRoute.middleware, access.middleware] as const }, async (c) => {
    const { id } = c.req.valid('param');
    await checkGraphAccess(database.db, c.var.actor, id, 'write', access.take(c, id));
    const expectedRevision = requiredExpectedRevision(c);
    const body = c.req.valid('json');
    const issues = checkWritableDocument(body.document, ['document'], id);
    // Serialised once: the text sent to Postgres is the answer's document too, its keys in
    // jsonb's order so that the answer kept for GET is the bytes a cold GET would send.
    const documentJson = JSON.stringify(inJsonbKeyOrder(body.document));
    // The revision If-Match is checked against includes what collaborators did; connected
    // editors see the write at once (what they type meanwhile merges); with nobody editing
    // here, the projection and the Yjs diff are written in one transaction.
    const result = await collab.writeDocument(id, {
      store: (db, options) => replaceGraphDocument(db, { id, expectedRevision, document: body.document, name: body.name }, options),
      documentOf: (stored) => (stored.kind === 'written' ? stored.graph.document : undefined),
      deferrable: true,
      document: body.document,
      documentJson,
    });
    const graph = writtenGraphOrThrow(result, id);
    collab.graphChanged(id, graph.workspaceId);
    c.header('ETag', formatEtag(graph.revision));
    // This answer is GET's for the revision just written (the same graph, issues and times):
    // kept for it, the first read after a write skips reading and serialising 190 KB again.
    const answer = new TextEncoder().encode(graphResponseJson(graph, issues, documentJson)) as Uint8Array<ArrayBuffer>;
    graphAnswers.set(graphResponseKey(graph), answer);
    return c.body(answer, 200, { 'Content-Type': 'application/json' }) as never;
  });
}
