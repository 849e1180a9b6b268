import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { findGraph, findGraphReadAccess, type GraphReadAccess } from '@pc/db';
import { validateGraph } from '@pc/graph';
import { signedIn } from '../../auth/access.js';
import type { ApiApp } from '../../env.js';
import { notFound } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { notModifiedResponse, ifNoneMatchHeader } from '../../openapi/headers.js';
import { formatEtag, isNotModified } from '../../graphs/etag.js';
import { graphResponseKey } from '../../graphs/response-cache.js';
import { COMPRESSION_THRESHOLD_BYTES, compressBytes, negotiateCoding } from '../../middleware/compression/index.js';
import { createSingleFlight } from '../../single-flight.js';
import type { RouteDeps } from '../deps.js';
import { graphIdParams, graphSchema, toGraphResponse } from './schemas.js';

export const getGraphRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs/{id}',
  tags: ['Graphs'],
  summary: 'Read a graph',
  description: 'Answers 304 when `If-None-Match` names the current revision.',
  request: { params: graphIdParams, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: {
      description: 'The graph; `ETag` is its revision',
      headers: z.object({ ETag: z.string() }),
      content: { 'application/json': { schema: graphSchema } },
    },
    304: notModifiedResponse('Not modified since the revision in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'not_found'),
  },
});

export function registerGetGraph(api: ApiApp, { database, graphReads, graphAnswers: answers }: RouteDeps): void {
  const accessLookups = createSingleFlight<GraphReadAccess | undefined>();
  const answerLookups = createSingleFlight<{ bytes: Uint8Array<ArrayBuffer>; revision: number; key: string } | undefined>();
  const lookUpAccess = (id: string, userId: string) => {
    const stamp = graphReads.stamp();
    return accessLookups.run(`${id}\n${userId}\n${stamp.tick}`, async () => {
      const found = await findGraphReadAccess(database.db, id, userId);
      if (found) graphReads.rememberAccess(userId, found, stamp);
      return found;
    });
  };
  const compressions = createSingleFlight<Uint8Array<ArrayBuffer>>();
  /**
   * The answer in the coding the caller accepts: a 186 KB graph is ~2 ms of brotli or gzip
   * on the thread pool, so the coded bytes are kept next to the plain ones, per revision
   * (the same key, the coding appended), and made once for the requests that miss together.
   * Identity when nothing is accepted or the answer is too small to gain (as the compression
   * middleware decides; it leaves an answer that carries its coding alone).
   */
  const encoded = async (c: Context, key: string, bytes: Uint8Array<ArrayBuffer>) => {
    const coding = bytes.byteLength < COMPRESSION_THRESHOLD_BYTES ? undefined : negotiateCoding(c.req.header('Accept-Encoding'));
    if (!coding) return c.body(bytes, 200, { 'Content-Type': 'application/json' });
    const codedKey = `${key}\n${coding}`;
    const coded =
      answers.get(codedKey) ??
      (await compressions.run(codedKey, async () => {
        const out = await compressBytes(bytes, coding);
        answers.set(codedKey, out);
        return out;
      }));
    c.header('Vary', 'Accept-Encoding', { append: true });
    return c.body(coded, 200, { 'Content-Type': 'application/json', 'Content-Encoding': coding });
  };
  api.openapi(getGraphRoute, async (c) => {
    const { id } = c.req.valid('param');
    // c.get, not c.var: c.var copies every variable into a new object on each read.
    const userId = c.get('actor').user.id;
    // Access and revision first, without the document: every member may read. A busy
    // reader gets them from the read cache, which every write and membership change clears.
    // Requests that miss together share one lookup (single-flight.ts): the access one per
    // tick of the cache's clock, the document one per exact answer.
    let access = graphReads.access(id, userId);
    if (!access) {
      access = await lookUpAccess(id, userId);
      if (!access) throw notFound(`Graph ${id}`);
    } else if (graphReads.takeAccessRefresh(id, userId)) {
      // Replaced before it expires (read-cache.ts) while this answer is served; a failed refresh leaves it to expire.
      lookUpAccess(id, userId).catch(() => undefined);
    }
    c.header('ETag', formatEtag(access.revision));
    // Cache, but always revalidate: the ETag makes that a cheap 304.
    c.header('Cache-Control', 'private, no-cache');
    if (isNotModified(c.req.header('If-None-Match'), access.revision)) return c.body(null, 304);
    const responseKey = graphResponseKey(access);
    const cached = answers.get(responseKey);
    if (cached) return (await encoded(c, responseKey, cached)) as never;
    const answer = await answerLookups.run(responseKey, async () => {
      const graph = await findGraph(database.db, id);
      if (!graph) return undefined;
      const bytes = new TextEncoder().encode(JSON.stringify(toGraphResponse(graph, validateGraph(graph.document)))) as Uint8Array<ArrayBuffer>;
      const key = graphResponseKey(graph);
      answers.set(key, bytes);
      return { bytes, revision: graph.revision, key };
    });
    if (!answer) throw notFound(`Graph ${id}`);
    // A write may have landed in between: answer (and ETag) what was read.
    c.header('ETag', formatEtag(answer.revision));
    return (await encoded(c, answer.key, answer.bytes)) as never;
  });
}
