import { createRoute, z } from '@hono/zod-openapi';
import type { Context } from 'hono';
import { listGraphs, listUserWorkspaces } from '@pc/db';
import { assertNever } from '../../assert-never.js';
import { signedIn, workspaceFor } from '../../auth/access.js';
import type { Actor } from '../../auth/actor.js';
import type { ApiApp } from '../../env.js';
import { ApiError } from '../../errors/api-error.js';
import { problemResponses } from '../../errors/problem.js';
import { ifNoneMatchHeader, notModifiedResponse } from '../../openapi/headers.js';
import { ifNoneMatchHits, jsonEntity } from '../../http/conditional.js';
import { graphListKey, type CachedList, type ReadStamp } from '../../graphs/read-cache.js';
import { createKeptCodings } from '../../middleware/compression/index.js';
import { createSingleFlight } from '../../single-flight.js';
import type { RouteDeps } from '../deps.js';
import { graphListQuery, graphListSchema, toGraphSummaryResponse } from './schemas.js';

export const listGraphsRoute = createRoute({
  ...signedIn('read'),
  method: 'get',
  path: '/graphs',
  tags: ['Graphs'],
  summary: 'List the graphs you can read, most recently updated first',
  description: 'Graphs of every workspace you are a member of, or of one (`workspaceId`).',
  request: { query: graphListQuery, headers: z.object({ 'if-none-match': ifNoneMatchHeader }) },
  responses: {
    200: { description: 'One page; `nextCursor` is null on the last', headers: z.object({ ETag: z.string() }), content: { 'application/json': { schema: graphListSchema } } },
    304: notModifiedResponse('Not modified since the `ETag` in `If-None-Match`'),
    ...problemResponses('unauthenticated', 'insufficient_scope', 'invalid_cursor', 'validation_failed', 'not_found'),
  },
});

type ListGraphsQuery = z.infer<typeof graphListQuery>;

export function registerListGraphs(api: ApiApp, { database, graphReads }: RouteDeps): void {
  const pageLookups = createSingleFlight<CachedList>();
  const readPage = async (actor: Actor, key: string, query: ListGraphsQuery, stamp: ReadStamp): Promise<CachedList> => {
    const userId = actor.user.id;
    const { workspaceId } = query;
    // One query for access and page; only an empty page of one workspace needs the
    // membership check that tells "empty" (200) from "not yours" (404). A page of every
    // workspace is cached against each of them: their ids come with it, in parallel.
    const [page, workspaceIds] = await Promise.all([
      listGraphs(database.db, { readableBy: userId, ...query }),
      workspaceId === undefined ? listUserWorkspaces(database.db, userId).then((rows) => rows.map((row) => row.id)) : [workspaceId],
    ]);
    switch (page.kind) {
      case 'page': {
        if (workspaceId !== undefined && page.graphs.length === 0) await workspaceFor(database.db, actor, workspaceId, 'read');
        const answer = jsonEntity({ graphs: page.graphs.map(toGraphSummaryResponse), nextCursor: page.nextCursor } satisfies z.infer<typeof graphListSchema>);
        graphReads.rememberList(key, userId, workspaceIds, answer, stamp);
        return answer;
      }
      case 'invalid_cursor':
        throw new ApiError('invalid_cursor', { detail: 'Pass back a nextCursor exactly as a previous page returned it.' });
      default:
        return assertNever(page);
    }
  };
  /**
   * Requests that miss together (the entry expired under a busy reader) share one lookup
   * started at the same tick of the cache's clock: nothing changed in between.
   */
  const lookUpPage = (actor: Actor, key: string, query: ListGraphsQuery) => {
    const stamp = graphReads.stamp();
    return pageLookups.run(`${key}\n${stamp.tick}`, () => readPage(actor, key, query, stamp));
  };
  /**
   * A page's coded copies live as long as its cache entry (kept-codings.ts): whatever drops
   * the entry (a graph created, renamed, updated or deleted in one of the page's workspaces,
   * here or relayed from another process; a membership change; the TTL) drops them with it.
   */
  const codings = createKeptCodings();
  const answer = (c: Context, { bytes, etag }: CachedList) => {
    c.header('ETag', etag);
    c.header('Cache-Control', 'private, no-cache');
    // On the 304 too (RFC 9110 §15.4.5): a cache keeps the page once per coding.
    c.header('Vary', 'Accept-Encoding', { append: true });
    if (ifNoneMatchHits(c.req.header('If-None-Match'), etag)) return c.body(null, 304);
    return codings.send(c, bytes, 'application/json');
  };
  api.openapi(listGraphsRoute, async (c) => {
    const query = c.req.valid('query');
    const actor = c.get('actor');
    const key = graphListKey(actor.user.id, query);
    const cached = graphReads.list(key);
    if (cached && !graphReads.takeListRefresh(key)) return answer(c, cached) as never;
    const lookup = lookUpPage(actor, key, query);
    if (cached) {
      // Replaced before it expires (read-cache.ts) while this answer is served; a failed refresh leaves it to expire.
      lookup.catch(() => undefined);
      return answer(c, cached) as never;
    }
    return answer(c, await lookup) as never;
  });
}
