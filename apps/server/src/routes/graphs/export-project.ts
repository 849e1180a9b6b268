import { createHash } from 'node:crypto';
import { createRoute, z } from '@hono/zod-openapi';
import { findGraphRevision } from '@pc/db';
import { exportProject, PROJECT_EXPORTS, projectExportFormats } from '@pc/exports';
import { graphFor, signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { problemResponses } from '../../errors/problem.js';
import { notModifiedResponse, ifNoneMatchHeader } from '../../openapi/headers.js';
import { loadExportProject } from '../../exports/load-project.js';
import { attachment } from '../../graphs/export-filename.js';
import type { RouteDeps } from '../deps.js';
import { missingSnapshot } from '../revisions/missing-snapshot.js';
import { graphIdParams } from './schemas.js';

const formatList = projectExportFormats.map((format) => `\`${format}\` (${PROJECT_EXPORTS[format].title}, ${PROJECT_EXPORTS[format].mediaType}, \`<slug>.${PROJECT_EXPORTS[format].extension}\`)`).join('; ');

/** The project JSON export (`format=project`): the graph and a manifest of every node's outputs. */
const projectExportSchema = z
  .object({
    format: z.literal('pcanvas-project'),
    version: z.int(),
    name: z.string(),
    revision: z.int(),
    graph: z.record(z.string(), z.unknown()),
    outputs: z.record(z.string(), z.unknown()).openapi({ description: 'By node id: where the outputs came from (`run` or `computed`), their values and files (hash, media type, size).' }),
  })
  .openapi('ProjectExport');

export const exportProjectRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}/exports/{format}',
  tags: ['Graphs'],
  summary: 'Download a production document: shot list, breakdown, storyboard, timeline, frames',
  description:
    `Formats: ${formatList}. Byte-deterministic: the same revision and outputs give the same bytes. ` +
    'Each node’s outputs come from its latest run when that run is still valid for the revision (same cache key); the rest are computed on the fly (frames as SVG). ' +
    '`Content-Disposition: attachment` names the file; `ETag` is the SHA-256 of the bytes, and `If-None-Match` answers 304.',
  request: {
    params: graphIdParams.extend({
      format: z
        .enum(projectExportFormats)
        .openapi({ param: { name: 'format', in: 'path' }, description: 'Which production document (docs/exports.md): a shot list or breakdown CSV, a storyboard or shot-list PDF, OTIO, EDL, the frames zip or project JSON.', example: 'csv_shot_list' }),
    }),
    query: z.object({
      revision: z.coerce.number().int().min(1).max(2_147_483_647).optional().openapi({ description: 'A saved revision; the current one when omitted', type: 'integer' }),
    }),
    headers: z.object({ 'if-none-match': ifNoneMatchHeader }),
  },
  responses: {
    200: {
      description: 'The file, as an attachment named `<graph slug>.<extension>`',
      headers: z.object({ ETag: z.string(), 'Content-Disposition': z.string() }),
      content: Object.fromEntries(
        [...new Set(projectExportFormats.map((format) => PROJECT_EXPORTS[format].mediaType))].map((mediaType) => [
          mediaType,
          { schema: mediaType === 'application/json' ? projectExportSchema : z.string().openapi({ format: 'binary' }) },
        ]),
      ),
    },
    304: notModifiedResponse('Not modified: `If-None-Match` names these bytes'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found', 'validation_failed'),
  },
});

export function registerExportProject(api: ApiApp, { database, runs }: RouteDeps): void {
  api.openapi(exportProjectRoute, async (c) => {
    const { id, format } = c.req.valid('param');
    const { revision } = c.req.valid('query');
    const graph = await graphFor(database.db, c.var.actor, id, 'read');
    let source = graph;
    if (revision !== undefined && revision !== graph.revision) {
      const snapshot = await findGraphRevision(database.db, id, revision);
      if (!snapshot) throw await missingSnapshot(database.db, id, revision);
      source = { ...graph, revision: snapshot.revision, document: snapshot.document };
    }
    const file = await exportProject(await loadExportProject(database.db, runs.artifactStore, source), format);
    const etag = `"${createHash('sha256').update(file.bytes).digest('hex')}"`;
    c.header('ETag', etag);
    c.header('Cache-Control', 'private, no-cache');
    const ifNoneMatch = c.req.valid('header')['if-none-match'];
    if (ifNoneMatch?.split(',').some((tag) => tag.trim().replace(/^W\//, '') === etag)) return c.body(null, 304);
    c.header('Content-Type', file.mediaType);
    c.header('Content-Disposition', attachment(file.fileName));
    c.header('Content-Length', String(file.bytes.byteLength));
    return c.body(file.bytes as Uint8Array<ArrayBuffer>, 200) as never;
  });
}
