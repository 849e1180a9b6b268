import { describe, expect, it, vi } from 'vitest';
import { GRAPH_SCHEMA_VERSION } from '@pc/graph';
import { createApiClient } from './client.js';
import { ApiProblem } from './problem.js';

const json = (status: number, body: unknown, contentType = 'application/json') =>
  new Response(JSON.stringify(body), { status, headers: { 'content-type': contentType } });

describe('API client', () => {
  it('sends the revision as If-Match when saving a graph', async () => {
    const fetch = vi.fn(async () => json(200, { id: 'g1', revision: 5 }));
    const api = createApiClient({ fetch });
    const document = { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [], edges: [] };
    await api.saveGraph('g1', document, 4);
    const [url, init] = fetch.mock.calls[0] as unknown as [string, RequestInit];
    expect(url).toBe('/api/v1/graphs/g1');
    expect(init.method).toBe('PUT');
    expect((init.headers as Record<string, string>)['if-match']).toBe('"4"');
    expect(JSON.parse(init.body as string)).toEqual({ document });
  });

  it('sends a run start\'s Idempotency-Key when it has one', async () => {
    const fetch = vi.fn(async () => json(202, { id: 'r1', status: 'queued' }));
    const api = createApiClient({ fetch });
    await api.startRun('g1', { nodeIds: ['sh1'] }, { idempotencyKey: 'k1' });
    await api.startRun('g1');
    const headers = fetch.mock.calls.map((call) => (call as unknown as [string, RequestInit])[1].headers as Record<string, string>);
    expect(headers[0]?.['idempotency-key']).toBe('k1');
    expect(headers[1]).not.toHaveProperty('idempotency-key');
  });

  it('turns a problem+json response into an ApiProblem with its field errors', async () => {
    const body = {
      type: 'https://production-canvas.dev/problems/invalid-document',
      title: 'Invalid document',
      status: 422,
      detail: 'The graph has 1 blocking problem',
      code: 'invalid_document',
      errors: [{ path: 'nodes.0.data.lensMm', message: 'Too small', code: 'too_small' }],
    };
    const api = createApiClient({ fetch: async () => json(422, body, 'application/problem+json') });
    const error = await api.getGraph('g1').catch((e: unknown) => e);
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error).toMatchObject({ status: 422, code: 'invalid_document', detail: 'The graph has 1 blocking problem' });
    expect((error as ApiProblem).summary).toBe('The graph has 1 blocking problem (nodes.0.data.lensMm: Too small)');
  });

  it('does not repeat a first problem the detail already names', async () => {
    const body = {
      title: 'Validation failed',
      status: 422,
      code: 'validation_failed',
      detail: 'The request body is invalid: name: Must not be empty.',
      errors: [{ path: 'name', message: 'Must not be empty.', code: 'too_small' }],
    };
    const api = createApiClient({ fetch: async () => json(422, body, 'application/problem+json') });
    const error = (await api.getGraph('g1').catch((e: unknown) => e)) as ApiProblem;
    expect(error.summary).toBe('The request body is invalid: name: Must not be empty.');
  });

  it('recognises a revision conflict', async () => {
    const api = createApiClient({ fetch: async () => json(412, { title: 'Precondition failed', status: 412, code: 'revision_conflict' }) });
    const error = (await api.saveGraph('g1', { schemaVersion: GRAPH_SCHEMA_VERSION, nodes: [], edges: [] }, 1).catch((e: unknown) => e)) as ApiProblem;
    expect(error.isConflict).toBe(true);
  });

  it('reports an unreachable server as a network problem', async () => {
    const api = createApiClient({
      fetch: async () => {
        throw new TypeError('fetch failed');
      },
    });
    const error = (await api.listGraphs().catch((e: unknown) => e)) as ApiProblem;
    expect(error).toBeInstanceOf(ApiProblem);
    expect(error.isNetworkError).toBe(true);
    expect(error.code).toBe('network_error');
  });

  it('survives an error without a JSON body', async () => {
    const api = createApiClient({ fetch: async () => new Response('Bad gateway', { status: 502, statusText: 'Bad Gateway' }) });
    const error = (await api.listGraphs().catch((e: unknown) => e)) as ApiProblem;
    expect(error).toMatchObject({ status: 502, title: 'Bad Gateway', code: 'http_502' });
  });

  it('resolves a 204 delete with nothing', async () => {
    const api = createApiClient({ fetch: async () => new Response(null, { status: 204 }) });
    await expect(api.deleteGraph('g1')).resolves.toBeUndefined();
  });

  it('pages the graph list with a cursor', async () => {
    const fetch = vi.fn(async () => json(200, { graphs: [], nextCursor: null }));
    await createApiClient({ fetch }).listGraphs({ limit: 20, cursor: 'abc' });
    expect((fetch.mock.calls[0] as unknown as [string])[0]).toBe('/api/v1/graphs?limit=20&cursor=abc');
  });
});
