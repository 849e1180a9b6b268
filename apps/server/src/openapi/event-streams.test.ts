// The harness first: it loads @hono/zod-openapi, which must extend zod before @pc/graph builds its schemas.
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { generateOpenApiDocument } from '../openapi-document.js';
import { harbourScene } from '../test/documents.js';
import { eventProblems } from './testing/document-checker.js';
import { readUntil } from './testing/event-stream-reader.js';

/*
 * Every Server-Sent Events operation names each of its events and the component schema of
 * its data, and the events the server really sends hold to them: a run followed to its end,
 * the runs and saved revisions of its graph, a batch to its completion.
 */

// eslint-disable-next-line @typescript-eslint/no-explicit-any -- walking a JSON document
const document = generateOpenApiDocument() as any;
type Option = { properties?: { event?: { enum?: string[] }; data?: { $ref?: string } } };
const streams = Object.entries(document.paths as Record<string, Record<string, { responses: Record<string, { content?: Record<string, { schema: { anyOf?: Option[] } & Option }> }> }>>).flatMap(
  ([path, item]) =>
    Object.entries(item)
      .filter(([, operation]) => operation.responses['200']?.content?.['text/event-stream'])
      .map(([method, operation]) => ({ key: `${method.toUpperCase()} ${path}`, schema: operation.responses['200']!.content!['text/event-stream']!.schema })),
);

const eventNames = (key: string) => {
  const { schema } = streams.find((stream) => stream.key === key)!;
  return (schema.anyOf ?? [schema]).map((option) => option.properties?.event?.enum?.join());
};

describe('the event streams in the document', () => {
  it('lists every event of every stream with the named schema of its data', () => {
    expect(streams.map((stream) => stream.key).sort()).toEqual(['GET /api/v1/batches/{id}/events', 'GET /api/v1/graphs/{id}/runs/events', 'GET /api/v1/runs/{id}/events']);
    const unnamed: string[] = [];
    for (const { key, schema } of streams) {
      for (const option of schema.anyOf ?? [schema]) {
        const name = option.properties?.data?.$ref?.match(/^#\/components\/schemas\/(\w+)$/)?.[1];
        if (option.properties?.event?.enum?.length !== 1 || !name || !document.components.schemas[name]) unnamed.push(`${key}: ${JSON.stringify(option).slice(0, 120)}`);
      }
    }
    expect(unnamed).toEqual([]);
    expect(eventNames('GET /api/v1/runs/{id}/events')).toEqual(['snapshot', 'run.status', 'node.status', 'node.progress']);
    expect(eventNames('GET /api/v1/batches/{id}/events')).toEqual(['batch.progress', 'item.finished', 'batch.completed']);
    expect(eventNames('GET /api/v1/graphs/{id}/runs/events')).toEqual(['run', 'revision']);
  });

  it('the check can fail: an unlisted event and data against its schema are reported', () => {
    expect(eventProblems('GET', '/runs/{id}/events', [{ event: 'run.exploded', data: {} }])).toEqual(['GET /runs/{id}/events sent event run.exploded, which the document does not list']);
    expect(eventProblems('GET', '/runs/{id}/events', [{ event: 'run.status', data: { kind: 'run.status', v: 1, at: 1, runId: 'run_1', status: 'paused' } }])[0]).toMatch(/event run\.status: .*status/);
  });
});

describe('the events the server sends, held to the document', () => {
  let harness: ApiHarness;

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('a run, the runs and revisions of its graph and a batch send only events whose data is valid against the schema named for them', async () => {
    const graph = (await bodyOf(await harness.call('POST', '/graphs', { name: 'Streams', document: harbourScene() }))) as { id: string; document: { nodes: { id: string; type: string }[] } };
    const run = (await bodyOf(await harness.call('POST', `/graphs/${graph.id}/runs`, {}))) as { id: string };
    const runEvents = await readUntil(await harness.call('GET', `/runs/${run.id}/events`), () => false);
    expect(runEvents.map((event) => event.event)).toContain('node.status');
    expect(runEvents.at(-1)!.data).toMatchObject({ status: 'succeeded' });
    // Once the stream has said the latest run (it is subscribed then), a script saves a revision.
    let saved: Promise<Response> | undefined;
    const graphRuns = await readUntil(await harness.call('GET', `/graphs/${graph.id}/runs/events`), (events) => {
      saved ??= harness.call('POST', `/graphs/${graph.id}/revisions`, { message: 'Table read' });
      return events.some((event) => event.event === 'revision');
    });
    const revision = ((await bodyOf(await saved!)) as { revision: number }).revision;
    expect(graphRuns).toEqual([expect.objectContaining({ event: 'run' }), expect.objectContaining({ event: 'revision', data: { revision } })]);

    const scene = graph.document.nodes.find((node) => node.type === 'scene')!;
    const items = ['NIGHT', 'DAWN'].map((timeOfDay) => ({ overrides: { [scene.id]: { timeOfDay } } }));
    const batch = (await bodyOf(await harness.call('POST', '/batches', { graphId: graph.id, items }, { 'Idempotency-Key': 'streams-1' }))) as { id: string };
    const batchEvents = await readUntil(await harness.call('GET', `/batches/${batch.id}/events`, undefined, { 'Last-Event-ID': '0' }), () => false);
    expect(batchEvents.map((event) => event.event)).toEqual(expect.arrayContaining(['item.finished', 'batch.completed']));

    expect([
      ...eventProblems('GET', '/runs/{id}/events', runEvents),
      ...eventProblems('GET', '/graphs/{id}/runs/events', graphRuns),
      ...eventProblems('GET', '/batches/{id}/events', batchEvents),
    ]).toEqual([]);
  }, 120_000);
});
