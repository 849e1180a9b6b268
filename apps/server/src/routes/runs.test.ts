import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { bodyOf, createApiHarness, type ApiHarness } from '../test/harness.js';

interface RunBody {
  id: string;
  status: string;
  revision: number;
  nodes: { nodeId: string; status: string; cacheKey: string; outputs: { values: Record<string, unknown>; artifacts: Record<string, { hash: string; mediaType: string; bytes: number; url: string }> } | null }[];
}

/** Reads SSE events one at a time from a streaming response (the stream never ends by itself). */
const readEvents = (response: Response) => {
  const reader = response.body!.getReader();
  const decoder = new TextDecoder();
  let buffer = '';
  return {
    next: async (timeoutMs = 20_000): Promise<{ event: string; data: string }> => {
      const deadline = Date.now() + timeoutMs;
      for (;;) {
        const end = buffer.indexOf('\n\n');
        if (end >= 0) {
          const block = buffer.slice(0, end);
          buffer = buffer.slice(end + 2);
          if (block.startsWith(':')) continue;
          const field = (name: string) => block.split('\n').find((line) => line.startsWith(`${name}:`))?.slice(name.length + 1).trim() ?? '';
          return { event: field('event'), data: field('data') };
        }
        if (Date.now() > deadline) throw new Error('no event in time');
        const { value, done } = await reader.read();
        if (done) throw new Error('stream ended');
        buffer += decoder.decode(value, { stream: true });
      }
    },
    close: () => reader.cancel(),
  };
};

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

  it('names who started each run in the history while they are a member, and no one once they have left', async () => {
    const editor = await harness.signUp('Runs editor');
    expect((await harness.call('POST', `/workspaces/${harness.owner.workspaceId}/members`, { email: editor.user.email, role: 'editor' })).status).toBe(201);
    const start = async (client: Pick<ApiHarness, 'call'>) => (await finished(((await bodyOf(await client.call('POST', `/graphs/${graphId}/runs`))) as { id: string }).id)).id;
    const mine = await start(harness);
    const theirs = await start(editor);
    const names = async () => {
      const page = (await bodyOf(await harness.call('GET', `/graphs/${graphId}/runs?limit=50`))) as { runs: { id: string; requestedByName: string | null }[] };
      return Object.fromEntries(page.runs.map((run) => [run.id, run.requestedByName]));
    };
    expect(await names()).toMatchObject({ [mine]: 'Owner', [theirs]: 'Runs editor' });
    expect((await harness.call('DELETE', `/workspaces/${harness.owner.workspaceId}/members/${editor.user.id}`)).status).toBe(204);
    expect(await names()).toMatchObject({ [mine]: 'Owner', [theirs]: null });
  });

  it('answers each node\'s latest result across runs: a selection run leaves the other nodes\' results as they were', async () => {
    const document = harbourScene();
    document.nodes.push({ id: 'sh1b', type: 'shot', position: { x: 900, y: 0 }, data: { shotNumber: '1B', lensMm: 50 } });
    document.edges.push({ id: 'cover-1b', source: 'sc1', sourceHandle: 'scene', target: 'sh1b', targetHandle: 'scene' });
    const fresh = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Latest results', document }))) as { id: string }).id;
    const empty = await harness.call('GET', `/graphs/${fresh}/results`);
    expect(await bodyOf(empty)).toEqual({ nodes: [] });

    const all = await finished(((await bodyOf(await harness.call('POST', `/graphs/${fresh}/runs`))) as { id: string }).id);
    document.nodes.find((node) => node.id === 'sh1a')!.data['lensMm'] = 85;
    const current = (await bodyOf(await harness.call('GET', `/graphs/${fresh}`))) as { revision: number };
    expect((await harness.call('PUT', `/graphs/${fresh}`, { document }, { 'If-Match': `"${current.revision}"` })).status).toBe(200);
    const selection = await finished(((await bodyOf(await harness.call('POST', `/graphs/${fresh}/runs`, { nodeIds: ['sh1a'] }))) as { id: string }).id);
    expect(selection.nodes.map((node) => node.nodeId).sort()).toEqual(['mara', 'sc1', 'sh1a']);

    const answer = await harness.call('GET', `/graphs/${fresh}/results`);
    expect(answer.status).toBe(200);
    const { nodes } = (await bodyOf(answer)) as { nodes: { nodeId: string; runId: string; revision: number; status: string; cacheKey: string; outputs: unknown }[] };
    const byNode = new Map(nodes.map((node) => [node.nodeId, node]));
    expect([...byNode.keys()].sort()).toEqual(['mara', 'sc1', 'sh1a', 'sh1b']);
    // The selection's nodes come from it (its inputs as cached), the shot it left out from the full run.
    expect(byNode.get('sh1a')).toMatchObject({ runId: selection.id, revision: selection.revision, status: 'succeeded' });
    expect(byNode.get('sc1')).toMatchObject({ runId: selection.id, status: 'cached' });
    expect(byNode.get('sh1b')).toMatchObject({ runId: all.id, revision: all.revision, status: 'succeeded' });
    expect(byNode.get('sh1b')!.cacheKey).toBe(all.nodes.find((node) => node.nodeId === 'sh1b')!.cacheKey);
    expect(byNode.get('sh1b')!.outputs).toEqual(all.nodes.find((node) => node.nodeId === 'sh1b')!.outputs);
    // Nothing failed: no earlier success to carry.
    expect(nodes.every((node) => (node as { lastSuccess?: unknown }).lastSuccess === null)).toBe(true);
    expect((await harness.call('GET', `/graphs/${fresh}/results`, undefined, { 'If-None-Match': answer.headers.get('ETag')! })).status).toBe(304);
    const outsider = await harness.signUp('Results outsider');
    expect((await outsider.call('GET', `/graphs/${fresh}/results`)).status).toBe(404);
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

  it('streams the graph\'s runs: the latest first, then every run anyone starts, to every reader of the graph', async () => {
    const fresh = ((await bodyOf(await harness.call('POST', '/graphs', { name: 'Live runs', document: harbourScene() }))) as { id: string }).id;
    const viewer = await harness.signUp('Run watcher');
    expect((await harness.call('POST', `/workspaces/${harness.owner.workspaceId}/members`, { email: viewer.user.email, role: 'viewer' })).status).toBe(201);
    const outsider = await harness.signUp('Run outsider');
    expect((await outsider.call('GET', `/graphs/${fresh}/runs/events`)).status).toBe(404);

    const response = await viewer.call('GET', `/graphs/${fresh}/runs/events`);
    expect(response.status).toBe(200);
    expect(response.headers.get('Content-Type')).toMatch(/^text\/event-stream/);
    const events = readEvents(response);
    try {
      // Never ran: nothing first. The owner starts a run and the viewer hears of it.
      const { id } = (await bodyOf(await harness.call('POST', `/graphs/${fresh}/runs`))) as { id: string };
      const created = await events.next();
      expect(created.event).toBe('run');
      expect(JSON.parse(created.data)).toMatchObject({ id, graphId: fresh });
      await finished(id);
    } finally {
      await events.close();
    }

    // A reader arriving later gets the latest run first.
    const later = readEvents(await viewer.call('GET', `/graphs/${fresh}/runs/events`));
    try {
      const first = await later.next();
      expect(first.event).toBe('run');
      expect(JSON.parse(first.data)).toMatchObject({ graphId: fresh, status: 'succeeded' });
    } finally {
      await later.close();
    }
  });

  it('starts one run per Idempotency-Key: a retry answers the run the first request started, another body is refused', async () => {
    const key = { 'Idempotency-Key': 'retry-after-timeout-1' };
    const first = await harness.call('POST', `/graphs/${graphId}/runs`, {}, key);
    expect(first.status).toBe(202);
    const accepted = (await bodyOf(first)) as { id: string };
    await finished(accepted.id);
    const retry = await harness.call('POST', `/graphs/${graphId}/runs`, {}, key);
    expect(retry.status).toBe(200);
    expect(retry.headers.get('Idempotent-Replayed')).toBe('true');
    expect(retry.headers.get('Location')).toBe(`/api/v1/runs/${accepted.id}`);
    expect(await bodyOf(retry)).toEqual({ id: accepted.id, status: 'succeeded' });
    const history = (await bodyOf(await harness.call('GET', `/graphs/${graphId}/runs?limit=1`))) as { runs: { id: string }[] };
    expect(history.runs.map((entry) => entry.id)).toEqual([accepted.id]);

    const otherBody = await harness.call('POST', `/graphs/${graphId}/runs`, { nodeIds: ['sc1'] }, key);
    expect(otherBody.status).toBe(422);
    expect(await bodyOf(otherBody)).toMatchObject({ code: 'idempotency_key_reused' });
    expect((await harness.call('POST', `/graphs/${graphId}/runs`, {}, { 'Idempotency-Key': 'has space' })).status).toBe(422);
  });

  it('of concurrent requests with one Idempotency-Key starts one run; the others replay it or are asked to retry', async () => {
    const key = { 'Idempotency-Key': 'double-click-7' };
    const answers = await Promise.all(Array.from({ length: 6 }, () => harness.call('POST', `/graphs/${graphId}/runs`, {}, key)));
    const started = answers.filter((answer) => answer.status === 202);
    expect(started).toHaveLength(1);
    const runId = ((await bodyOf(started[0]!)) as { id: string }).id;
    for (const answer of answers.filter((candidate) => candidate.status !== 202)) {
      if (answer.status === 200) expect(await bodyOf(answer)).toMatchObject({ id: runId });
      else {
        expect(answer.status).toBe(409);
        expect(answer.headers.get('Retry-After')).toBe('1');
        expect(await bodyOf(answer)).toMatchObject({ code: 'idempotency_request_in_progress' });
      }
    }
    await finished(runId);
    expect(await bodyOf(await harness.call('POST', `/graphs/${graphId}/runs`, {}, key))).toEqual({ id: runId, status: 'succeeded' });
  });

  it('leaves the Idempotency-Key of a request that started nothing free for the corrected request', async () => {
    const key = { 'Idempotency-Key': 'typo-then-fix' };
    const typo = await harness.call('POST', `/graphs/${graphId}/runs`, { nodeIds: ['nope'] }, key);
    expect(await bodyOf(typo)).toMatchObject({ code: 'graph_not_runnable' });
    const fixed = await harness.call('POST', `/graphs/${graphId}/runs`, {}, key);
    expect(fixed.status).toBe(202);
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
