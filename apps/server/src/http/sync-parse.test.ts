import { createRoute, OpenAPIHono, z } from '@hono/zod-openapi';
import { afterAll, beforeAll, describe, expect, it, vi } from 'vitest';
import { getGraphRoute } from '../routes/graphs/get-graph.js';
import { listGraphsRoute } from '../routes/graphs/list-graphs.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';
import { parseQueriesAndParamsSynchronously } from './sync-parse.js';

describe('parseQueriesAndParamsSynchronously', () => {
  const routeWith = (query: z.ZodObject, body: z.ZodObject) => {
    const app = new OpenAPIHono();
    const route = createRoute({
      method: 'post',
      path: '/things/{id}',
      request: { params: z.object({ id: z.string() }), query, body: { content: { 'application/json': { schema: body } } } },
      responses: { 200: { description: 'ok' } },
    });
    app.openapi(route, (c) => c.json({ ...c.req.valid('query'), ...c.req.valid('param') }, 200));
    return { app, route };
  };

  it("makes a route's query and params parse on zod's synchronous path, and leaves its body alone", async () => {
    const body = z.object({ name: z.string() });
    const { app, route } = routeWith(z.object({ limit: z.coerce.number().int().default(20) }), body);
    parseQueriesAndParamsSynchronously(app.openAPIRegistry);
    const parsedSync = [route.request!.query!, route.request!.params!].map((schema) => vi.spyOn(schema, 'safeParse'));
    const bodyAsync = body.safeParseAsync;
    const response = await app.request('/things/a1?limit=5', { method: 'POST', headers: { 'Content-Type': 'application/json' }, body: '{"name":"x"}' });
    expect(await response.json()).toEqual({ id: 'a1', limit: 5 });
    for (const spy of parsedSync) expect(spy).toHaveBeenCalledTimes(1);
    expect(body.safeParseAsync).toBe(bodyAsync);
  });

  it('falls back to the async parse for a schema with an async refinement, with the same answers', async () => {
    const query = z.object({ limit: z.string().refine(async (value) => value !== 'none', 'not none') });
    const { app } = routeWith(query, z.object({}));
    parseQueriesAndParamsSynchronously(app.openAPIRegistry);
    expect((await query.safeParseAsync({ limit: '5' })).success).toBe(true);
    expect((await query.safeParseAsync({ limit: 'none' })).error?.issues[0]?.message).toBe('not none');
  });
});

describe('the API parses queries and path parameters synchronously', () => {
  let harness: ApiHarness;
  let graphId: string;
  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour at dawn' }))) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('for the graph list and a graph read, with the same answers and errors', async () => {
    const query = vi.spyOn(listGraphsRoute.request!.query!, 'safeParse');
    const params = vi.spyOn(getGraphRoute.request!.params!, 'safeParse');
    const headers = vi.spyOn(listGraphsRoute.request!.headers as z.ZodType, 'safeParse');
    const page = (await bodyOf(await harness.call('GET', '/graphs?limit=1'))) as { graphs: { id: string }[] };
    expect(page.graphs.map((graph) => graph.id)).toEqual([graphId]);
    expect(query).toHaveBeenCalled();
    expect(headers).toHaveBeenCalled();
    expect((await harness.call('GET', `/graphs/${graphId}`)).status).toBe(200);
    expect(params).toHaveBeenCalled();
    const refused = await harness.call('GET', '/graphs?limit=0');
    expect(refused.status).toBe(422);
    expect(await bodyOf(refused)).toMatchObject({ code: 'validation_failed', errors: [{ path: 'limit' }] });
  });
});
