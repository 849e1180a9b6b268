import { createHash } from 'node:crypto';
import { harbourScene, startEmbeddedServer, type EmbeddedServer } from '@pc/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, collect, createPcanvasClient, NetworkError, unwrap, type PcanvasClient } from '../src/index.js';

let embedded: EmbeddedServer;
let client: PcanvasClient;

beforeAll(async () => {
  embedded = await startEmbeddedServer('dist/test-sdk');
  client = createPcanvasClient({ baseUrl: embedded.url, apiKey: embedded.apiKey });
});
afterAll(() => embedded?.stop());

describe('the SDK against a running server (embedded mode)', () => {
  it('authenticates with an API key', async () => {
    const me = await client.me();
    expect(me.user.email).toBe(embedded.owner.email);
    expect(me.workspaces.map((workspace) => workspace.id)).toContain(embedded.owner.workspaceId);
  });

  it('iterates a cursor-paginated list across pages', async () => {
    for (const name of ['Ep 1', 'Ep 2', 'Ep 3']) await unwrap(client.api.POST('/api/v1/graphs', { body: { name } }));
    const names = (await collect(client.graphs.list({ limit: 2 }))).map((graph) => graph.name);
    expect(names).toEqual(expect.arrayContaining(['Ep 1', 'Ep 2', 'Ep 3']));
    expect(new Set(names).size).toBe(names.length);
  });

  it('turns problem+json answers into a typed ApiError', async () => {
    const missing = await client.graphs.get('grf_does_not_exist').catch((error: unknown) => error);
    expect(missing).toBeInstanceOf(ApiError);
    expect(missing).toMatchObject({ status: 404, code: 'not_found', type: 'urn:production-canvas:problem:not_found', title: 'Not found' });
    expect((missing as ApiError).requestId).toBeTruthy();

    const invalid = await unwrap(client.api.POST('/api/v1/graphs', { body: { name: '' } })).catch((error: unknown) => error);
    expect(invalid).toMatchObject({ status: 422, code: 'validation_failed' });
    expect((invalid as ApiError).errors[0]).toMatchObject({ path: 'name' });

    const anonymous = createPcanvasClient({ baseUrl: embedded.url, apiKey: 'pc_not_a_real_key' });
    await expect(anonymous.me()).rejects.toMatchObject({ status: 401 });
  });

  it('refuses a key that was named but is empty (an unset variable) before any request, and accepts no key at all', () => {
    expect(() => createPcanvasClient({ baseUrl: embedded.url, apiKey: undefined })).toThrow(/apiKey is undefined: .*PCANVAS_API_KEY/);
    expect(() => createPcanvasClient({ baseUrl: embedded.url, apiKey: '' })).toThrow(/apiKey is empty/);
    expect(() => createPcanvasClient({ baseUrl: embedded.url })).not.toThrow();
  });

  it('reports an unreachable server as a NetworkError', async () => {
    const nowhere = createPcanvasClient({ baseUrl: 'http://127.0.0.1:9', apiKey: embedded.apiKey });
    await expect(nowhere.me()).rejects.toBeInstanceOf(NetworkError);
  });

  it('starts a run once per Idempotency-Key: a re-run script with its key gets the same run', async () => {
    const graph = await unwrap(client.api.POST('/api/v1/graphs', { body: { name: 'Retried', document: harbourScene() } }));
    const first = await client.runs.start(graph.id, {}, { idempotencyKey: 'nightly-2026-11-23' });
    const again = await client.runs.start(graph.id, {}, { idempotencyKey: 'nightly-2026-11-23' });
    expect(again.id).toBe(first.id);
    const fresh = await client.runs.start(graph.id);
    expect(fresh.id).not.toBe(first.id);
    await expect(client.runs.start(graph.id, { nodeIds: ['sh1a'] }, { idempotencyKey: 'nightly-2026-11-23' })).rejects.toMatchObject({ status: 422, code: 'idempotency_key_reused' });
  });

  it('follows a run to the end over SSE and downloads its artifacts by hash', async () => {
    const graph = await unwrap(client.api.POST('/api/v1/graphs', { body: { name: 'Harbour', document: harbourScene() } }));
    const accepted = await client.runs.start(graph.id);
    const kinds: string[] = [];
    let lastId: string | undefined;
    for await (const event of client.runs.events(accepted.id)) {
      kinds.push(event.event);
      lastId = event.id;
      // Parsed and typed by `event`: no JSON.parse, no cast.
      if (event.event === 'snapshot') expect(event.data.id).toBe(accepted.id);
      if (event.event === 'node.status') expect(event.data.runId).toBe(accepted.id);
    }
    expect(kinds[0]).toBe('snapshot');
    expect(kinds.at(-1)).toBe('run.status');
    // Another process resuming from the last id it saw: a fresh snapshot of the final run, and the stream ends.
    const resumed: string[] = [];
    for await (const event of client.runs.events(accepted.id, { lastEventId: lastId })) resumed.push(event.event === 'snapshot' ? `snapshot ${event.data.status}` : event.event);
    expect(resumed).toEqual(['snapshot succeeded']);
    await client.runs.start(graph.id);
    const runs = await collect(client.runs.list(graph.id, { limit: 1 }));
    expect(runs.map((entry) => entry.graphId)).toEqual([graph.id, graph.id]);
    expect(runs[1]!.id).toBe(accepted.id);
    const run = await client.runs.get(accepted.id);
    expect(run.status).toBe('succeeded');
    const artifacts = run.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {}));
    expect(artifacts.length).toBeGreaterThan(0);
    for (const artifact of artifacts) {
      const downloaded = await client.artifacts.download(artifact.url);
      expect(createHash('sha256').update(downloaded.bytes).digest('hex')).toBe(artifact.hash);
      expect(downloaded.mediaType).toBe(artifact.mediaType);
    }
  }, 180_000);
});
