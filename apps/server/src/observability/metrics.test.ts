import { createMetrics } from '@pc/observability';
import { sampleValue } from '@pc/observability/testing';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { harbourScene } from '../test/documents.js';
import { eventually, startCollabHarness, type CollabHarness, type HttpUser } from '../test/collab-harness.js';
import { createApiHarness } from '../test/harness.js';

const TOKEN = 'metrics-token-for-tests-0123456789';

describe('/metrics on the server (Postgres, a real HTTP server and sockets)', () => {
  const metrics = createMetrics({ service: 'server' });
  let harness: CollabHarness;
  let mara: HttpUser;
  const scrape = async () => {
    const response = await fetch(`${harness.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(response.status).toBe(200);
    return response.text();
  };

  beforeAll(async () => {
    harness = await startCollabHarness('postgres', { observability: { metrics, metricsToken: TOKEN } });
    mara = await harness.signUp('Mara');
  }, 60_000);
  afterAll(() => harness?.dispose());

  it('answers only the bearer of METRICS_TOKEN, in the Prometheus text format', async () => {
    expect((await fetch(`${harness.baseUrl}/metrics`)).status).toBe(401);
    const wrong = await fetch(`${harness.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}x` } });
    expect(wrong.status).toBe(401);
    expect(wrong.headers.get('Content-Type')).toMatch(/^application\/problem\+json/);
    // A session is not a metrics credential either.
    expect((await fetch(`${harness.baseUrl}/metrics`, { headers: { Cookie: `pc_session=${mara.cookie}` } })).status).toBe(401);
    const right = await fetch(`${harness.baseUrl}/metrics`, { headers: { Authorization: `Bearer ${TOKEN}` } });
    expect(right.status).toBe(200);
    expect(right.headers.get('Content-Type')).toMatch(/^text\/plain; version=0\.0\.4/);
    const body = await right.text();
    expect(body).toContain('nodejs_eventloop_lag_seconds');
    expect(body).toContain('process_resident_memory_bytes');
  });

  it('times requests by route pattern and status, never by raw path', async () => {
    const before = await scrape();
    const first = await harness.createGraph(mara, harbourScene());
    const second = await harness.createGraph(mara);
    for (const id of [first, second, first]) expect((await mara.call('GET', `/graphs/${id}`)).status).toBe(200);
    expect((await mara.call('GET', '/graphs/gr_doesnotexist0000000000')).status).toBe(404);
    const after = await scrape();
    const count = (labels: Record<string, string>) =>
      sampleValue(after, 'pc_http_request_duration_seconds_count', labels) - sampleValue(before, 'pc_http_request_duration_seconds_count', labels);
    expect(count({ method: 'GET', route: '/api/v1/graphs/:id', status: '200' })).toBe(3);
    expect(count({ method: 'GET', route: '/api/v1/graphs/:id', status: '404' })).toBe(1);
    expect(count({ method: 'POST', route: '/api/v1/graphs', status: '201' })).toBe(2);
    expect(after).not.toContain(first);
    expect(after).not.toContain('gr_doesnotexist');
  });

  it('counts open sockets and rooms, and times update fan-out', async () => {
    const graphId = await harness.createGraph(mara, harbourScene());
    const before = await scrape();
    const alice = harness.connect(graphId, mara);
    const bob = harness.connect(graphId, mara);
    await Promise.all([alice.synced, bob.synced]);
    let body = await scrape();
    expect(sampleValue(body, 'pc_ws_connections')).toBe(2);
    expect(sampleValue(body, 'pc_collab_rooms')).toBe(1);
    alice.command({ kind: 'UpdateFields', id: 'sh1a', fields: { shotNumber: '7C' } });
    await eventually(() => {
      const shot = bob.doc.getMap('nodes').get('sh1a') as { get(key: string): unknown } | undefined;
      expect(JSON.stringify(shot)).toContain('7C');
    }, 10_000);
    body = await scrape();
    expect(sampleValue(body, 'pc_collab_fanout_seconds_count') - sampleValue(before, 'pc_collab_fanout_seconds_count')).toBeGreaterThanOrEqual(1);
    alice.destroy();
    bob.destroy();
    await eventually(async () => expect(sampleValue(await scrape(), 'pc_ws_connections')).toBe(0), 10_000);
  });

  it('counts node jobs, cache lookups and run outcomes of runs started over HTTP', async () => {
    const graphId = await harness.createGraph(mara, harbourScene());
    const before = await scrape();
    const finished = async (id: string) =>
      eventually(async () => {
        const run = (await (await mara.call('GET', `/runs/${id}`)).json()) as { status: string; nodes: unknown[] };
        expect(['succeeded', 'failed', 'cancelled']).toContain(run.status);
        return run;
      }, 30_000);
    const started = (await (await mara.call('POST', `/graphs/${graphId}/runs`)).json()) as { id: string };
    const run = await finished(started.id);
    expect(run.status).toBe('succeeded');
    const rerun = (await (await mara.call('POST', `/graphs/${graphId}/runs`)).json()) as { id: string };
    expect((await finished(rerun.id)).status).toBe('succeeded');
    const after = await scrape();
    const delta = (name: string, labels: Record<string, string> = {}) => sampleValue(after, name, labels) - sampleValue(before, name, labels);
    const nodes = run.nodes.length;
    expect(delta('pc_runs_finished_total', { status: 'succeeded' })).toBe(2);
    expect(delta('pc_job_run_seconds_count', { outcome: 'succeeded' })).toBe(nodes);
    expect(delta('pc_job_wait_seconds_count', { queue: 'cpu' })).toBe(nodes);
    // First run: a miss per node at submit and again when its job starts; the re-run: a hit per node at submit.
    expect(delta('pc_node_cache_lookups_total', { result: 'miss' })).toBe(2 * nodes);
    expect(delta('pc_node_cache_lookups_total', { result: 'hit' })).toBe(nodes);
    expect(sampleValue(after, 'pc_queue_jobs', { queue: 'cpu', state: 'active' })).toBe(0);
    expect(after).toMatch(/pc_queue_jobs\{[^}]*queue="cpu"[^}]*state="waiting"/);
  });
});

describe('/metrics without METRICS_TOKEN (PGlite)', () => {
  it('does not exist', async () => {
    // A fresh PGlite runs initdb inside the test: slow on a loaded machine.
    const harness = await createApiHarness('pglite');
    try {
      const response = await harness.request('/metrics', { headers: { Authorization: 'Bearer anything-at-all-0123456789' } });
      expect(response.status).toBe(404);
      expect(await response.json()).toMatchObject({ code: 'not_found', detail: expect.stringContaining('METRICS_TOKEN') });
    } finally {
      await harness.dispose();
    }
  }, 120_000);
});
