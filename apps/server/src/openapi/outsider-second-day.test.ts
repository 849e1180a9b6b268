// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { createApiHarness, type ApiClient, type ApiHarness } from '../test/harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createDocumentChecker, documentedStatus, eventProblems } from './testing/document-checker.js';
import { readUntil } from './testing/event-stream-reader.js';

/*
 * An outsider's second day, written from the OpenAPI document alone: a shooting script
 * imported, a batch of variants submitted with an Idempotency-Key (twice, and once with
 * another body), followed over SSE through a dropped connection and resumed with
 * Last-Event-ID, its frames fetched and revalidated, a rate limit met and its Retry-After
 * honoured, and a key without the run scope told so. Every answer is held to the document.
 */

const shootingScript = [
  'Title: The Lamp',
  '',
  'EXT. LIGHTHOUSE - NIGHT #110A.1#',
  '',
  'MARIA climbs the last steps.',
  '',
  'CLOSE ON MARIA',
  '',
  'Salt on her face.',
  '',
  'MARIA',
  'It still turns.',
  '',
].join('\n');

describe("an outsider's second day, from the OpenAPI document", () => {
  let harness: ApiHarness;
  let script: ApiClient;
  let readWrite: ApiClient;
  const { problems, call } = createDocumentChecker();

  const withKey = async (target: ApiHarness, name: string, scopes: string[]): Promise<ApiClient> => {
    const { key } = (await (await target.call('POST', '/api-keys', { name, scopes })).json()) as { key: string };
    return { call: (method, path, body, headers = {}) => target.anonymous.call(method, path, body, { Authorization: `Bearer ${key}`, ...headers }) };
  };

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    script = await withKey(harness, 'second day', ['read', 'write', 'run']);
    readWrite = await withKey(harness, 'editing only', ['read', 'write']);
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('imports a shooting script, submits a batch of variants, follows it through a dropped connection, and revalidates its frames', async () => {
    const imported = await call(script, 'POST', '/graphs/import', {}, { format: 'fountain', source: shootingScript });
    expect(imported.status).toBe(201);
    const graph = imported.body as { id: string; importReport: { shots: number }; document: { nodes: { id: string; type: string; data: Record<string, unknown> }[] } };
    expect(graph.importReport.shots).toBe(1);
    const scene = graph.document.nodes.find((node) => node.type === 'scene')!;
    const shot = graph.document.nodes.find((node) => node.type === 'shot')!;
    expect([scene.data['sceneNumber'], shot.data['shotNumber'], shot.data['shotSize']]).toEqual(['110A.1', '110A.1A', 'CU']);

    const batch = { graphId: graph.id, items: ['NIGHT', 'DAWN', 'DUSK'].map((time) => ({ ref: time.toLowerCase(), overrides: { [scene.id]: { timeOfDay: time } } })) };
    const submitted = await call(script, 'POST', '/batches', {}, batch, { 'Idempotency-Key': 'second-day-variants' });
    expect(submitted.status).toBe(201);
    const batchId = (submitted.body as { id: string }).id;
    const again = await call(script, 'POST', '/batches', {}, batch, { 'Idempotency-Key': 'second-day-variants' });
    expect([again.status, again.headers.get('idempotent-replayed'), (again.body as { id: string }).id]).toEqual([200, 'true', batchId]);
    const other = await call(script, 'POST', '/batches', {}, { ...batch, items: batch.items.slice(1) }, { 'Idempotency-Key': 'second-day-variants' });
    expect([other.status, (other.body as { code: string }).code]).toEqual([422, 'idempotency_key_reused']);

    // Follow it; the connection drops after the first event; resume from the last id seen.
    const first = await script.call('GET', `/batches/${batchId}/events`);
    expect(documentedStatus('GET', '/batches/{id}/events', first.status)).toBe(true);
    expect(first.headers.get('content-type')).toMatch(/^text\/event-stream/);
    const before = await readUntil(first, (events) => events.length >= 1);
    const lastId = before.at(-1)!.id;
    expect(lastId).toMatch(/^\d+$/);
    const resumed = await readUntil(await script.call('GET', `/batches/${batchId}/events`, undefined, { 'Last-Event-ID': lastId }), () => false);
    const events = [...before, ...resumed];
    const finished = events.filter((event) => event.event === 'item.finished').map((event) => (event.data as { index: number }).index);
    expect([...finished].sort()).toEqual([0, 1, 2]);
    expect(events.at(-1)!.event).toBe('batch.completed');
    expect(resumed.every((event) => Number(event.id) >= Number(lastId))).toBe(true);
    problems.push(...eventProblems('GET', '/batches/{id}/events', events));

    // A single run, followed the same way: the resumed stream starts from a fresh snapshot, its ids past the last seen.
    const started = await call(script, 'POST', '/graphs/{id}/runs', { id: graph.id }, {});
    expect(started.status).toBe(202);
    const runId = (started.body as { id: string }).id;
    const runFirst = await readUntil(await script.call('GET', `/runs/${runId}/events`), (seen) => seen.length >= 1);
    expect(runFirst[0]!.event).toBe('snapshot');
    const runResumed = await readUntil(await script.call('GET', `/runs/${runId}/events`, undefined, { 'Last-Event-ID': runFirst[0]!.id }), () => false);
    expect(runResumed[0]!.event).toBe('snapshot');
    expect(runResumed.every((event) => Number(event.id) > Number(runFirst[0]!.id))).toBe(true);
    expect((runResumed.at(-1)!.data as { status: string }).status).toBe('succeeded');
    problems.push(...eventProblems('GET', '/runs/{id}/events', [...runFirst, ...runResumed]));

    // The frames of each variant, fetched once and revalidated.
    const items = (await call(script, 'GET', '/batches/{id}/items', { id: batchId })).body as { items: { runId: string; status: string }[] };
    expect(items.items.map((item) => item.status)).toEqual(['succeeded', 'succeeded', 'succeeded']);
    const run = (await call(script, 'GET', '/runs/{id}', { id: items.items[0]!.runId })).body as { nodes: { nodeId: string; outputs: { artifacts: Record<string, { hash: string }> } | null }[] };
    const frame = Object.values(run.nodes.find((node) => node.nodeId === shot.id)!.outputs!.artifacts)[0]!;
    const download = await call(script, 'GET', '/artifacts/{hash}', { hash: frame.hash });
    expect(download.status).toBe(200);
    expect((await call(script, 'GET', '/artifacts/{hash}', { hash: frame.hash }, undefined, { 'If-None-Match': download.headers.get('etag')! })).status).toBe(304);
    expect(problems).toEqual([]);
  }, 120_000);

  it('is told in problem+json that its key lacks the run scope, and may still edit and read', async () => {
    const { id } = (await call(readWrite, 'POST', '/graphs', {}, { name: 'No runs here' })).body as { id: string };
    for (const [method, template, body] of [
      ['POST', '/graphs/{id}/runs', {}],
      ['POST', '/batches', { graphId: id, items: [{}] }],
    ] as const) {
      const refused = await call(readWrite, method, template, { id }, body, { 'Idempotency-Key': 'no-run-scope' });
      expect(refused.status).toBe(403);
      expect(refused.headers.get('content-type')).toMatch(/^application\/problem\+json/);
      expect(refused.body).toMatchObject({ code: 'insufficient_scope', detail: 'This API key lacks the `run` scope.' });
    }
    expect((await call(readWrite, 'GET', '/graphs/{id}', { id })).status).toBe(200);
    expect(problems).toEqual([]);
  }, 60_000);

  it('meets the rate limit, waits the Retry-After it is told, and is let in again', async () => {
    const limited = await createApiHarness('pglite', { rateLimits: { perActorPerMinute: 2 } });
    try {
      const eager = await withKey(limited, 'eager', ['read']);
      let answer = await call(eager, 'GET', '/graphs', {});
      while (answer.status !== 429) answer = await call(eager, 'GET', '/graphs', {});
      const wait = Number(answer.headers.get('retry-after'));
      expect(wait).toBeGreaterThan(0);
      expect(answer.body).toMatchObject({ code: 'rate_limited' });
      // A second early is still too early; at Retry-After the script is let in.
      limited.advanceClock((wait - 1) * 1000);
      expect((await call(eager, 'GET', '/graphs', {})).status).toBe(429);
      limited.advanceClock(1000);
      expect((await call(eager, 'GET', '/graphs', {})).status).toBe(200);
      expect(problems).toEqual([]);
    } finally {
      await limited.dispose();
    }
  }, 60_000);
});
