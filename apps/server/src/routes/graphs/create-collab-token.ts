import { createRoute, z } from '@hono/zod-openapi';
import { findMemberWorkspace, type WorkspaceRole } from '@pc/db';
import { hasScope } from '../../auth/actor.js';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams } from './schemas.js';

export const collabTokenSchema = z
  .object({
    token: z.string().openapi({ description: 'Pass as `?token=` on the WebSocket URL.' }),
    expiresAt: z.iso.datetime(),
    url: z.string().openapi({ description: 'The WebSocket path of the graph, token included, relative to this server (for a plain WebSocket; a y-websocket provider takes the parts).', example: '/collab/gr_0f3k8q2m9v1x7c4d?token=v1.…' }),
    role: z.enum(['owner', 'editor', 'viewer']).openapi({ description: 'What the socket may do: a viewer’s updates are dropped.' }),
  })
  .openapi('CollabToken');

export const createCollabTokenRoute = createRoute({
  ...signedIn('read'),
  method: 'post',
  path: '/graphs/{id}/collab-token',
  tags: ['Graphs'],
  summary: 'A short-lived token to open the graph’s live document over WebSocket',
  description:
    'For scripts without a session cookie: connect a y-websocket client to `/collab/{id}?token=…` within 5 minutes. ' +
    'The stock `WebsocketProvider` appends the room to its URL, so give it `ws(s)://<this host>/collab`, the graph id as the room and `params: { token }` ' +
    '(not `url`, which is the whole path for a plain WebSocket, relative to this server). ' +
    'The socket gets the caller’s role in the graph’s workspace (viewer for an API key without the `write` scope); a refused upgrade is a bare 401/404. ' +
    'Revoking the API key that asked for a token refuses the token and closes its sockets with 4401. ' +
    'The document has the maps `nodes`, `edges` and `meta`; node fields are those of `GET /node-types`. See docs/collaboration.md.',
  request: { params: graphIdParams },
  responses: {
    200: { description: 'A token for this graph', content: { 'application/json': { schema: collabTokenSchema } } },
    ...problemResponses('unauthenticated', 'insufficient_scope', 'csrf_rejected', 'not_found'),
  },
});

export function registerCreateCollabToken(api: ApiApp, { database, collab }: RouteDeps): void {
  api.openapi(createCollabTokenRoute, async (c) => {
    const { id } = c.req.valid('param');
    const actor = c.var.actor;
    const graph = await graphFor(database.db, actor, id, 'read');
    const membership = await findMemberWorkspace(database.db, graph.workspaceId, actor.user.id);
    if (!membership) throw notFound(`Graph ${id}`);
    // A read-only key must not write through the socket either.
    const role: WorkspaceRole = hasScope(actor, 'write') ? membership.role : 'viewer';
    const { token, expiresAt } = await collab.issueToken(actor.user.id, id, role, actor.kind === 'api_key' ? actor.keyId : undefined);
    c.header('Cache-Control', 'no-store');
    return c.json({ token, expiresAt: expiresAt.toISOString(), url: `/collab/${id}?token=${encodeURIComponent(token)}`, role }, 200);
  });
}
