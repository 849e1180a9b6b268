// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { bodyOf, createApiHarness, type ApiClient, type ApiHarness } from '../test/harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentChecker } from './testing/document-checker.js';

// A script written from the OpenAPI document alone: API key, screenplay import, run, its
// artifacts, a batch with overrides, the problems (testing/document-checker.ts holds each answer to the document).
describe('a script written from the OpenAPI document', () => {
  let harness: ApiHarness;
  let script: ApiClient;
  const { problems, call } = createDocumentChecker();

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    const key = await (await harness.call('POST', '/api-keys', { name: 'outsider', scopes: ['read', 'write', 'run'] })).json();
    script = { call: (method, path, body, headers = {}) => harness.anonymous.call(method, path, body, { Authorization: `Bearer ${(key as { key: string }).key}`, ...headers }) };
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('imports a screenplay, runs it, fetches its artifacts and a batch of variants, and gets only answers the document describes', async () => {
    const source = 'Title: Harbour\n\nEXT. HARBOUR - DAWN #1#\n\nMARA watches the boats.\n\nMARA\nThey are late.\n\nINT. OFFICE - DAY #2#\n\nBEN\nThey always are.\n';
    const imported = await call(script, 'POST', '/graphs/import', {}, { format: 'fountain', source });
    expect(imported.status).toBe(201);
    const graph = imported.body as { id: string; document: { nodes: { id: string; type: string }[] } };
    const fdx = '<?xml version="1.0"?><FinalDraft DocumentType="Script" Version="5"><Content><Paragraph Type="Scene Heading"><Text>INT. OFFICE - DAY</Text></Paragraph><Paragraph Type="Action"><Text>BEN waits.</Text></Paragraph></Content></FinalDraft>';
    expect((await call(script, 'POST', '/graphs/import', {}, { format: 'fdx', source: fdx })).status).toBe(201);

    const started = await call(script, 'POST', '/graphs/{id}/runs', { id: graph.id }, {});
    expect(started.status).toBe(202);
    const runId = (started.body as { id: string }).id;
    expect(started.headers.get('location')).toBe(`/api/v1/runs/${runId}`);
    let run = (await call(script, 'GET', '/runs/{id}', { id: runId })).body as { status: string; nodes: { outputs: { artifacts: Record<string, { url: string; hash: string }> } | null }[] };
    for (let tries = 0; tries < 400 && !['succeeded', 'failed', 'cancelled'].includes(run.status); tries += 1) {
      await new Promise((resolve) => setTimeout(resolve, 25));
      run = (await bodyOf(await script.call('GET', `/runs/${runId}`))) as typeof run;
    }
    expect(run.status).toBe('succeeded');
    const finished = await call(script, 'GET', '/runs/{id}', { id: runId });
    expect((await call(script, 'GET', '/runs/{id}', { id: runId }, undefined, { 'If-None-Match': finished.headers.get('etag')! })).status).toBe(304);

    const artifact = run.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {}))[0]!;
    const download = await call(script, 'GET', '/artifacts/{hash}', { hash: artifact.hash });
    expect(download.status).toBe(200);
    expect((await call(script, 'GET', '/artifacts/{hash}', { hash: artifact.hash }, undefined, { 'If-None-Match': download.headers.get('etag')! })).status).toBe(304);

    const scene = graph.document.nodes.find((node) => node.type === 'scene')!;
    const batch = { graphId: graph.id, items: [{ ref: 'night', overrides: { [scene.id]: { timeOfDay: 'NIGHT' } } }] };
    const submitted = await call(script, 'POST', '/batches', {}, batch, { 'Idempotency-Key': 'conformance-1' });
    expect(submitted.status).toBe(201);
    const batchId = (submitted.body as { id: string }).id;
    expect(submitted.headers.get('location')).toBe(`/api/v1/batches/${batchId}`);
    expect((await call(script, 'POST', '/batches', {}, batch, { 'Idempotency-Key': 'conformance-1' })).headers.get('idempotent-replayed')).toBe('true');
    let state = '';
    for (let tries = 0; tries < 400 && state !== 'completed'; tries += 1) {
      if (tries > 0) await new Promise((resolve) => setTimeout(resolve, 25));
      state = ((await bodyOf(await script.call('GET', `/batches/${batchId}`))) as { status: string }).status;
    }
    const read = await call(script, 'GET', '/batches/{id}', { id: batchId });
    expect((await call(script, 'GET', '/batches/{id}', { id: batchId }, undefined, { 'If-None-Match': read.headers.get('etag')! })).status).toBe(304);
    expect((await call(script, 'GET', '/batches/{id}/items', { id: batchId })).status).toBe(200);

    // The problems a script meets first.
    expect((await call(script, 'GET', '/runs/{id}', { id: 'run-that-never-was' })).status).toBe(404);
    expect((await call(script, 'POST', '/graphs/import', {}, { format: 'fdx', source: 'INT. NOT XML - DAY' })).status).toBe(422);
    const badOverride = { graphId: graph.id, items: [{ overrides: { [scene.id]: { timeOfDay: 42 } } }] };
    expect((await call(script, 'POST', '/batches', {}, badOverride, { 'Idempotency-Key': 'conformance-2' })).status).toBe(422);
    expect((await call(harness.anonymous, 'GET', '/graphs', {})).status).toBe(401);

    expect(problems).toEqual([]);
  }, 120_000);

  it('is told by a 429 when to come back, as the document says', async () => {
    const limited = await createApiHarness('pglite', { rateLimits: { perActorPerMinute: 2 } });
    try {
      const created = (await bodyOf(await limited.call('POST', '/api-keys', { name: 'eager', scopes: ['read'] }))) as { key: string };
      const eager: ApiClient = { call: (method, path, body, headers = {}) => limited.anonymous.call(method, path, body, { Authorization: `Bearer ${created.key}`, ...headers }) };
      const statuses: number[] = [];
      for (let attempt = 0; attempt < 3; attempt += 1) {
        const answer = await call(eager, 'GET', '/graphs', {});
        statuses.push(answer.status);
        if (answer.status === 429) expect(Number(answer.headers.get('retry-after'))).toBeGreaterThan(0);
      }
      expect(statuses).toContain(429);
      expect(problems.filter((problem) => problem.includes('429'))).toEqual([]);
    } finally {
      await limited.dispose();
    }
  }, 60_000);
});
