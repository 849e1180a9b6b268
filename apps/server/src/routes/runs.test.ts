import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';

interface RunBody {
  id: string;
  status: string;
  revision: number;
  nodes: { nodeId: string; status: string; cacheKey: string; outputs: { values: Record<string, unknown>; artifacts: Record<string, { hash: string; mediaType: string; bytes: number; url: string }> } | null }[];
}

describe('runs API (PGlite, embedded engine)', () => {
  let harness: ApiHarness;
  let graphId: string;

  beforeAll(async () => {
    harness = await createApiHarness('pglite');
    graphId = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Harbour', document: harbourScene() }))) as { id: string }).id;
  }, 60_000);
  afterAll(() => harness?.dispose());

  const finished = async (id: string): Promise<RunBody> => {
    for (let tries = 0; tries < 400; tries += 1) {
      const run = (await bodyOf(await harness.call('GET', `/runs/${id}`))) as RunBody;
      if (['succeeded', 'failed', 'cancelled'].includes(run.status)) return run;
      await new Promise((resolve) => setTimeout(resolve, 25));
    }
    throw new Error(`run ${id} did not finish`);
  };

  it('runs the current document, then serves an unchanged re-run from the cache', async () => {
    const started = await harness.call('POST', `/graphs/${graphId}/runs`);
    expect(started.status).toBe(202);
    const accepted = (await bodyOf(started)) as { id: string; status: string };
    expect(accepted.id).toMatch(/^run[0-9a-z]{20}$/);
    expect(started.headers.get('Location')).toBe(`/api/v1/runs/${accepted.id}`);
    const run = await finished(accepted.id);
    expect(run).toMatchObject({ status: 'succeeded', revision: 1, graphId });
    expect(run.nodes.every((node) => node.status === 'succeeded')).toBe(true);

    const again = await harness.call('POST', `/graphs/${graphId}/runs`, {});
    const rerun = await finished(((await bodyOf(again)) as { id: string }).id);
    expect(rerun.nodes.every((node) => node.status === 'cached')).toBe(true);
    expect(rerun.revision).toBe(1);

    const history = (await bodyOf(await harness.call('GET', `/graphs/${graphId}/runs?limit=1`))) as { runs: { id: string }[]; nextCursor: string };
    expect(history.runs.map((entry) => entry.id)).toEqual([rerun.id]);
    const older = (await bodyOf(await harness.call('GET', `/graphs/${graphId}/runs?limit=1&cursor=${history.nextCursor}`))) as { runs: { id: string }[] };
    expect(older.runs.map((entry) => entry.id)).toEqual([run.id]);
    expect((await harness.call('GET', `/graphs/${graphId}/runs?cursor=nonsense`)).status).toBe(400);
  });

  it('serves artifacts content-addressed with long-lived caching and 304s', async () => {
    const run = await finished(((await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`))) as { id: string }).id);
    const refs = run.nodes.flatMap((node) => Object.values(node.outputs?.artifacts ?? {}));
    const svg = refs.find((ref) => ref.mediaType === 'image/svg+xml');
    expect(svg?.url).toBe(`/api/v1/artifacts/${svg?.hash}`);
    const response = await harness.call('GET', `/artifacts/${svg!.hash}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toBe('image/svg+xml');
    expect(response.headers.get('Cache-Control')).toBe('private, max-age=31536000, immutable');
    expect(response.headers.get('ETag')).toBe(`"${svg!.hash}"`);
    const text = await response.text();
    expect(text.startsWith('<svg')).toBe(true);
    expect(new TextEncoder().encode(text).byteLength).toBe(svg!.bytes);
    expect((await harness.call('GET', `/artifacts/${svg!.hash}`, undefined, { 'If-None-Match': `"${svg!.hash}"` })).status).toBe(304);
    expect((await harness.call('GET', `/artifacts/${'0'.repeat(64)}`)).status).toBe(404);
    const outsider = await harness.signUp('Outsider');
    expect((await outsider.call('GET', `/artifacts/${svg!.hash}`)).status).toBe(404);
    expect((await outsider.call('GET', `/runs/${run.id}`)).status).toBe(404);
  });

  it('streams a snapshot then live events over SSE, and ends when the run is final', async () => {
    const document = harbourScene();
    const shot = document.nodes.find((node) => node.type === 'shot');
    if (shot) shot.data = { ...shot.data, lensMm: 135 };
    const current = (await bodyOf(await harness.call('GET', `/graphs/${graphId}`))) as { revision: number };
    expect((await harness.call('PUT', `/graphs/${graphId}`, { document }, { 'If-Match': `"${current.revision}"` })).status).toBe(200);
    const { id } = (await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`))) as { id: string };
    const response = await harness.call('GET', `/runs/${id}/events`, undefined, { 'Last-Event-ID': '5' });
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toContain('text/event-stream');
    const body = await response.text();
    const events = body
      .split('\n\n')
      .filter((chunk) => chunk.includes('event:'))
      .map((chunk) => ({ event: /event: (.*)/.exec(chunk)?.[1], id: Number(/id: (.*)/.exec(chunk)?.[1]), data: JSON.parse(/data: (.*)/.exec(chunk)?.[1] ?? 'null') }));
    expect(events[0]?.event).toBe('snapshot');
    expect(events[0]!.id).toBeGreaterThan(5);
    const ids = events.map((event) => event.id);
    expect([...ids].sort((a, b) => a - b)).toEqual(ids);
    const last = events.at(-1)!;
    expect(last.event === 'run.status' ? last.data.status : last.data.status).toBe('succeeded');
  });

  it('refuses unknown nodes with 422, an unknown revision and run with 404, and viewers with 403', async () => {
    const unknown = await harness.call('POST', `/graphs/${graphId}/runs`, { nodeIds: ['nope'] });
    expect(unknown.status).toBe(422);
    expect(await bodyOf(unknown)).toMatchObject({ code: 'graph_not_runnable', errors: [{ path: 'nodeIds', nodeId: 'nope' }] });
    expect((await harness.call('POST', `/graphs/${graphId}/runs`, { revision: 99 })).status).toBe(404);
    expect((await harness.call('GET', '/runs/run_not_a_real_id')).status).toBe(404);
    const readOnlyKey = await harness.owner.withApiKey(['read', 'write']);
    expect(await bodyOf(await readOnlyKey.call('POST', `/graphs/${graphId}/runs`))).toMatchObject({ code: 'insufficient_scope' });
  });
});
