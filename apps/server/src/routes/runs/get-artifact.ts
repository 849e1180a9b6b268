import { createRoute, z } from '@hono/zod-openapi';
import { graphs, nodeOutputArtifacts, runNodes, runs as runsTable, workspaceMembers } from '@pc/db';
import { and, eq, inArray, isNull } from 'drizzle-orm';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { etagHeader, notModifiedResponse, ifNoneMatchHeader } from '../../openapi/headers.js';
import { ifNoneMatchHits } from '../../http/conditional.js';
import type { RouteDeps } from '../deps.js';

export const artifactParams = z.object({
  hash: z
    .string()
    .regex(/^[0-9a-f]{64}$/, 'Must be 64 lower-case hex characters (the SHA-256 of the bytes): use an artifact’s `url` as a run gives it.')
    .openapi({ param: { name: 'hash', in: 'path' }, description: 'SHA-256 of the bytes (lower-case hex), as in an artifact’s `hash` and `url`' }),
});

export const getArtifactRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/artifacts/{hash}',
  tags: ['Runs'],
  summary: 'Download an artifact (SVG, PNG, JSON …) by its content hash',
  description:
    'Readable by anyone who can read a graph whose run produced it; anyone else gets 404. Content-addressed, so it never changes: ' +
    '`Cache-Control: private, max-age=31536000, immutable`, `ETag` = the hash, 304 on `If-None-Match`.',
  request: { params: artifactParams, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: {
      description: 'The bytes, with the artifact’s own media type as `Content-Type` (its `mediaType` in the run: image/png, image/svg+xml, application/json, text/markdown …)',
      headers: z.object({ ETag: etagHeader, 'Cache-Control': z.string().openapi({ example: 'private, max-age=31536000, immutable' }) }),
      // Any media type: declaring one (octet-stream) would misdescribe every answer.
      content: { '*/*': { schema: z.string().openapi({ format: 'binary' }) } } },
    304: notModifiedResponse('Not modified'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'validation_failed'),
  },
});

export function registerGetArtifact(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(getArtifactRoute, async (c) => {
    const { hash } = c.req.valid('param');
    const [visible] = await database.db
      .select({ runId: runsTable.id })
      .from(nodeOutputArtifacts)
      .innerJoin(runNodes, and(eq(runNodes.cacheKey, nodeOutputArtifacts.cacheKey), inArray(runNodes.status, ['succeeded', 'cached'])))
      .innerJoin(runsTable, eq(runsTable.id, runNodes.runId))
      .innerJoin(graphs, and(eq(graphs.id, runsTable.graphId), isNull(graphs.deletedAt)))
      .innerJoin(workspaceMembers, and(eq(workspaceMembers.workspaceId, graphs.workspaceId), eq(workspaceMembers.userId, c.var.actor.user.id)))
      .where(eq(nodeOutputArtifacts.hash, hash))
      .limit(1);
    if (!visible) throw notFound(`Artifact ${hash}`);
    const etag = `"${hash}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'private, max-age=31536000, immutable');
    if (ifNoneMatchHits(c.req.valid('header')['if-none-match'], etag)) return c.body(null, 304);
    const artifact = await runs.artifactStore.get(hash);
    if (!artifact) throw notFound(`Artifact ${hash}`);
    c.header('Content-Type', artifact.mediaType);
    c.header('Content-Length', String(artifact.bytes.byteLength));
    // An SVG opened directly must not run scripts or reach out: a sandboxed, resource-less document.
    c.header('Content-Security-Policy', "default-src 'none'; style-src 'unsafe-inline'; img-src data:; sandbox");
    return c.body(artifact.bytes as Uint8Array<ArrayBuffer>, 200) as never;
  });
}
