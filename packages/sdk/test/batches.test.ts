import { harbourScene, startEmbeddedServer, type EmbeddedServer } from '@pc/server/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { ApiError, collect, createPcanvasClient, unwrap, type BatchEvent, type PcanvasClient } from '../src/index.js';

let embedded: EmbeddedServer;
let client: PcanvasClient;
let graphId: string;

describe('SDK batches against a running server (embedded mode)', () => {
  beforeAll(async () => {
    embedded = await startEmbeddedServer('dist/test-sdk-batches');
    client = createPcanvasClient({ baseUrl: embedded.url, apiKey: embedded.apiKey });
    graphId = (await unwrap(client.api.POST('/api/v1/graphs', { body: { name: 'Harbour', document: harbourScene() } }))).id;
  });
  afterAll(() => embedded?.stop());

  const items = [
    { ref: 'wide', overrides: { sh1a: { lensMm: 24 } } },
    { ref: 'tight', overrides: { sh1a: { lensMm: 85 } } },
  ];

  it('submits idempotently: the same key answers the same batch, a different body with it is refused', async () => {
    const first = await client.batches.submit({ graphId, items });
    expect(first.replayed).toBe(false);
    expect(first.idempotencyKey).toMatch(/^[0-9a-f-]{36}$/);
    const again = await client.batches.submit({ graphId, items }, { idempotencyKey: first.idempotencyKey });
    expect(again).toMatchObject({ replayed: true, batch: { id: first.batch.id } });
    const reused = await client.batches.submit({ graphId, items: items.slice(0, 1) }, { idempotencyKey: first.idempotencyKey }).catch((error: unknown) => error);
    expect(reused).toBeInstanceOf(ApiError);
    expect(reused).toMatchObject({ status: 422 });
  });

  it('follows the events to completion and reads every item with its outputs', async () => {
    const { batch } = await client.batches.submit({ graphId, items });
    const events: BatchEvent[] = [];
    for await (const event of client.batches.events(batch.id)) events.push(event);
    const last = events.at(-1)!;
    expect(last.event === 'batch.completed' || last.event === 'batch.progress').toBe(true);
    const finished = await client.batches.get(batch.id);
    expect(finished).toMatchObject({ status: 'completed', counts: { total: 2, succeeded: 2, failed: 0 } });
    const read = await collect(client.batches.items(batch.id, { limit: 1 }));
    expect(read.map((item) => [item.index, item.ref, item.status])).toEqual([
      [0, 'wide', 'succeeded'],
      [1, 'tight', 'succeeded'],
    ]);
    const artifact = Object.values(read[0]!.outputs ?? {}).flatMap((output) => Object.values(output.artifacts))[0];
    expect(artifact).toBeDefined();
    expect((await client.artifacts.download(artifact!.url)).bytes.byteLength).toBe(artifact!.bytes);
    expect((await collect(client.batches.list({ graphId }))).map((entry) => entry.id)).toContain(batch.id);
  });

  it('reports validation errors at the item and field', async () => {
    const error = await client.batches.submit({ graphId, items: [{ overrides: { sh1a: { lensMm: 35 } } }, { overrides: { ghost: { name: 'x' } } }] }).catch((caught: unknown) => caught);
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).errors.map((entry) => entry.path)).toContain('items.1.overrides.ghost');
  });
});
