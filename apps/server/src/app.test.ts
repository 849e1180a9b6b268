import { mkdtemp, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import pino from 'pino';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp } from './app.js';
import { stubDatabase } from './test/stub-database.js';

const logger = pino({ level: 'silent' });
const app = createApp({ database: stubDatabase(), logger, config: { maxBodyBytes: 1024 } });

/** Every /api/v1 operation, as `METHOD path` in OpenAPI's path syntax. */
const API_OPERATIONS = [
  'GET /api/v1/auth/instance',
  'POST /api/v1/auth/signup',
  'POST /api/v1/auth/login',
  'POST /api/v1/auth/logout',
  'POST /api/v1/auth/password',
  'GET /api/v1/me',
  'GET /api/v1/auth/session',
  'GET /api/v1/api-keys',
  'POST /api/v1/api-keys',
  'DELETE /api/v1/api-keys/{id}',
  'GET /api/v1/workspaces',
  'POST /api/v1/workspaces',
  'GET /api/v1/workspaces/{id}',
  'GET /api/v1/workspaces/{id}/members',
  'POST /api/v1/workspaces/{id}/members',
  'PATCH /api/v1/workspaces/{id}/members/{userId}',
  'DELETE /api/v1/workspaces/{id}/members/{userId}',
  'GET /api/v1/workspaces/{id}/backends',
  'POST /api/v1/workspaces/{id}/backends',
  'GET /api/v1/workspaces/{id}/backends/{backendId}',
  'PATCH /api/v1/workspaces/{id}/backends/{backendId}',
  'DELETE /api/v1/workspaces/{id}/backends/{backendId}',
  'POST /api/v1/workspaces/{id}/backends/{backendId}/test',
  'GET /api/v1/node-types',
  'GET /api/v1/graphs',
  'POST /api/v1/graphs',
  'POST /api/v1/graphs/import',
  'GET /api/v1/graphs/{id}',
  'PUT /api/v1/graphs/{id}',
  'PATCH /api/v1/graphs/{id}',
  'DELETE /api/v1/graphs/{id}',
  'GET /api/v1/graphs/{id}/export',
  'GET /api/v1/graphs/{id}/exports/{format}',
  'POST /api/v1/graphs/{id}/collab-token',
  'POST /api/v1/graphs/{id}/import',
  'POST /api/v1/graphs/{id}/revisions',
  'GET /api/v1/graphs/{id}/revisions',
  'GET /api/v1/graphs/{id}/revisions/{rev}',
  'POST /api/v1/graphs/{id}/revisions/{rev}/restore',
  'POST /api/v1/graphs/{id}/runs',
  'GET /api/v1/graphs/{id}/runs',
  'GET /api/v1/runs/{id}',
  'POST /api/v1/runs/{id}/cancel',
  'GET /api/v1/runs/{id}/events',
  'GET /api/v1/graphs/{id}/runs/events',
  'GET /api/v1/graphs/{id}/results',
  'GET /api/v1/artifacts/{hash}',
  'POST /api/v1/batches',
  'GET /api/v1/batches',
  'GET /api/v1/batches/{id}',
  'GET /api/v1/batches/{id}/items',
  'POST /api/v1/batches/{id}/cancel',
  'POST /api/v1/batches/{id}/retry',
  'GET /api/v1/batches/{id}/events',
  'GET /healthz',
  'GET /readyz',
  'GET /metrics',
];

describe('GET /api/v1/openapi.json', () => {
  // eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
  let document: any;
  beforeAll(async () => {
    const response = await app.request('/api/v1/openapi.json');
    expect(response.status).toBe(200);
    document = await response.json();
  });

  it('is an OpenAPI 3.1 document listing every route', () => {
    expect(document.openapi).toBe('3.1.0');
    const operations = Object.entries(document.paths as Record<string, Record<string, unknown>>).flatMap(([path, item]) =>
      Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`),
    );
    expect(operations.sort()).toEqual([...API_OPERATIONS].sort());
  });

  it('describes errors as problem+json on every operation', () => {
    for (const item of Object.values(document.paths as Record<string, Record<string, { responses: Record<string, unknown> }>>)) {
      for (const operation of Object.values(item)) {
        expect(operation.responses['500']).toMatchObject({
          content: { 'application/problem+json': { schema: { $ref: '#/components/schemas/Problem' } } },
        });
      }
    }
    expect(document.paths['/api/v1/graphs/{id}'].put.responses).toHaveProperty('412');
    expect(document.paths['/api/v1/graphs/{id}'].put.responses).toHaveProperty('428');
  });

  it('declares cookie and bearer security, and 401/404/429 where they can happen', () => {
    expect(document.components.securitySchemes).toMatchObject({
      sessionCookie: { type: 'apiKey', in: 'cookie', name: 'pc_session' },
      apiKey: { type: 'http', scheme: 'bearer' },
    });
    const getGraph = document.paths['/api/v1/graphs/{id}'].get;
    expect(getGraph.security).toEqual([{ sessionCookie: [] }, { apiKey: [] }]);
    expect(Object.keys(getGraph.responses)).toEqual(expect.arrayContaining(['401', '403', '404', '429']));
    expect(document.paths['/api/v1/api-keys'].post.security).toEqual([{ sessionCookie: [] }]);
    // Public operations say so (an empty list), rather than leaving a reader to guess.
    expect(document.paths['/api/v1/node-types'].get.security).toEqual([]);
    expect(document.paths['/metrics'].get.security).toEqual([{ metricsToken: [] }]);
  });

  it('documents the batch API with its request, responses, examples and error shapes', () => {
    const submit = document.paths['/api/v1/batches'].post;
    expect(submit.requestBody.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/CreateBatch' });
    expect(submit.parameters).toEqual(expect.arrayContaining([expect.objectContaining({ in: 'header', name: 'idempotency-key', required: true })]));
    expect(Object.keys(submit.responses)).toEqual(expect.arrayContaining(['200', '201', '401', '403', '404', '413', '422', '429']));
    expect(submit.responses['422'].description).toContain('idempotency_key_reused');
    expect(submit.responses['429'].description).toContain('too_many_active_batches');
    expect(document.components.schemas.CreateBatch.example.items).toHaveLength(2);
    expect(document.components.schemas.Batch.example.counts.total).toBe(1000);
    expect(document.paths['/api/v1/batches/{id}/items'].get.responses['200'].content['application/json'].schema).toEqual({ $ref: '#/components/schemas/BatchItemList' });
    expect(document.paths['/api/v1/batches/{id}/retry'].post.responses['409'].description).toContain('batch_not_retryable');
    expect(document.paths['/api/v1/batches/{id}/events'].get.responses['200'].content).toHaveProperty('text/event-stream');
    for (const [path, item] of Object.entries(document.paths as Record<string, Record<string, { tags: string[] }>>)) {
      if (path.startsWith('/api/v1/batches')) for (const operation of Object.values(item)) expect(operation.tags).toEqual(['Batches']);
    }
  });

  it('shares the GraphJSON schema as one component', () => {
    expect(document.components.schemas.GraphDocument).toMatchObject({ type: 'object', required: ['schemaVersion', 'nodes', 'edges'] });
    expect(document.components.schemas.Problem.properties.code.enum).toContain('revision_conflict');
  });
});

describe('GET /api/docs', () => {
  it('is a Swagger UI page with no inline script and no third-party URL', async () => {
    const response = await app.request('/api/docs');
    const html = await response.text();
    expect(response.headers.get('Content-Security-Policy')).toContain("script-src 'self'");
    expect(html).not.toMatch(/<script>|<script [^>]*>[^<]+<\/script>/);
    expect(html).not.toMatch(/https?:\/\//);
    const assets = [...html.matchAll(/(?:src|href)="([^"]+)"/g)].map((match) => match[1]!);
    expect(assets).toContain('/api/docs/assets/init.js');
    for (const asset of assets) expect((await app.request(asset)).status, asset).toBe(200);
  });

  it('boots Swagger UI on our OpenAPI document from a served script', async () => {
    const script = await (await app.request('/api/docs/assets/init.js')).text();
    expect(script).toContain('"/api/v1/openapi.json"');
  });

  it('links the OpenAPI document visibly, for those who want the JSON', async () => {
    const html = await (await app.request('/api/docs')).text();
    expect(html).toMatch(/<a href="\/api\/v1\/openapi\.json">\/api\/v1\/openapi\.json<\/a>/);
  });

  it.each(['/api/openapi.json', '/openapi.json'])('sends a newcomer who guesses %s to /api/v1/openapi.json with a 308', async (guessed) => {
    const response = await app.request(guessed);
    expect(response.status).toBe(308);
    expect(response.headers.get('location')).toBe('/api/v1/openapi.json');
    expect((await app.request(response.headers.get('location')!)).status).toBe(200);
  });

  it('serves nothing else from swagger-ui-dist', async () => {
    expect((await app.request('/api/docs/assets/package.json')).status).toBe(404);
  });
});

describe('the built web app on the same port', () => {
  let webDist: string;
  let withWeb: ReturnType<typeof createApp>;
  beforeAll(async () => {
    webDist = await mkdtemp(join(tmpdir(), 'pc-web-'));
    await writeFile(join(webDist, 'index.html'), '<!doctype html><title>Canvas</title>');
    withWeb = createApp({ database: stubDatabase(), logger, config: { maxBodyBytes: 1024, webDist } });
  });
  afterAll(() => rm(webDist, { recursive: true, force: true }));

  it('serves the app for client-side routes and keeps API 404s as problems', async () => {
    expect(await (await withWeb.request('/graphs/gr_0123456789abcdef')).text()).toContain('Canvas');
    const api = await withWeb.request('/api/v1/unknown');
    expect(api.status).toBe(404);
    expect(api.headers.get('Content-Type')).toBe('application/problem+json');
  });

  it('is absent when nothing is built: unknown paths are 404 problems', async () => {
    expect((await app.request('/graphs/anything')).status).toBe(404);
  });
});
