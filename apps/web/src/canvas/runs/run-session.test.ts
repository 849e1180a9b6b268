import { afterEach, describe, expect, it, vi } from 'vitest';
import { ApiProblem } from '../../api/problem.js';
import type { Run, RunNode } from '../../api/types.js';
import { createRunSession, type RunApi } from './run-session.js';
import { createRunStore } from './run-store.js';
import { FakeEventSource } from './testing/fake-event-source.js';

const node = (nodeId: string, patch: Partial<RunNode> = {}): RunNode => ({
  nodeId,
  type: 'shot',
  role: 'target',
  status: 'queued',
  cacheKey: 'k',
  attempts: 0,
  startedAt: null,
  finishedAt: null,
  outputs: null,
  error: null,
  ...patch,
});

const run = (patch: Partial<Run> = {}): Run => ({
  id: 'run1',
  graphId: 'g1',
  status: 'queued',
  revision: 2,
  nodeIds: null,
  batchId: null,
  requestedBy: 'u1',
  error: null,
  createdAt: '2026-01-01T00:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  nodes: [node('sh1')],
  ...patch,
});

afterEach(() => vi.useRealTimers());

describe('createRunSession', () => {
  it('starts a run, follows it over SSE, reads the outputs and stops when it is final', async () => {
    vi.useFakeTimers();
    const outputs = { values: { prompt: { positive: 'Wide shot.' } }, artifacts: {} };
    const finalRun = run({ status: 'succeeded', nodes: [node('sh1', { status: 'succeeded', outputs })] });
    const api = {
      startRun: vi.fn(async () => ({ id: 'run1', status: 'queued' as const })),
      getRun: vi.fn(async () => finalRun),
      cancelRun: vi.fn(),
      listRuns: vi.fn(),
      runEventsUrl: (id: string) => `/api/v1/runs/${id}/events`,
    } as unknown as RunApi;
    const sources: FakeEventSource[] = [];
    const store = createRunStore();
    const session = createRunSession({ graphId: 'g1', store, api, openEvents: (url) => (sources.push(new FakeEventSource(url)), sources.at(-1)!) });

    await session.start();
    expect(store.getState().live?.run.id).toBe('run1');
    const source = sources[0]!;
    expect(source.url).toBe('/api/v1/runs/run1/events');

    source.emit('snapshot', 1, run());
    source.emit('node.status', 2, { kind: 'node.status', at: 1, runId: 'run1', nodeId: 'sh1', status: 'running' });
    expect(store.getState().live?.nodes['sh1']?.status).toBe('running');
    source.emit('node.status', 3, { kind: 'node.status', at: 2, runId: 'run1', nodeId: 'sh1', status: 'succeeded' });
    source.emit('run.status', 4, { kind: 'run.status', at: 3, runId: 'run1', status: 'succeeded' });
    expect(source.closed).toBe(true);
    await vi.runAllTimersAsync();
    expect(store.getState().live?.nodes['sh1']?.outputs).toEqual(outputs);
    expect(store.getState().history.runs.map((r) => r.id)).toEqual(['run1']);
    session.destroy();
  });

  it('picks up a newer run noticed by the watcher, and ignores an older one', async () => {
    const api = {
      getRun: vi.fn(async (id: string) => run({ id, status: 'succeeded', createdAt: id === 'old' ? '2025-01-01T00:00:00.000Z' : '2026-02-01T00:00:00.000Z' })),
      runEventsUrl: (id: string) => id,
    } as unknown as RunApi;
    const store = createRunStore();
    const session = createRunSession({ graphId: 'g1', store, api, openEvents: (url) => new FakeEventSource(url) });
    session.notice(run({ id: 'new', status: 'succeeded', createdAt: '2026-02-01T00:00:00.000Z' }));
    await vi.waitFor(() => expect(store.getState().live?.nodes['sh1']).toBeDefined());
    session.notice(run({ id: 'old', status: 'succeeded', createdAt: '2025-01-01T00:00:00.000Z' }));
    expect(store.getState().live?.run.id).toBe('new');
    session.destroy();
  });
});

describe('the cards’ latest results', () => {
  it('reads each node’s latest result on open, and folds in the finished nodes of every run it reads', async () => {
    const outputs = (label: string) => ({ values: { label }, artifacts: {} });
    const earlier = { ...node('sc1', { type: 'scene', status: 'succeeded' as const, outputs: outputs('breakdown') }), runId: 'runA', revision: 1, runCreatedAt: '2025-12-31T00:00:00.000Z' };
    const selection = run({ id: 'runB', status: 'succeeded', nodes: [node('sh1', { status: 'succeeded', outputs: outputs('frame') })] });
    const api = {
      listRuns: vi.fn(async () => ({ runs: [selection], nextCursor: null })),
      listNodeResults: vi.fn(async () => ({ nodes: [earlier] })),
      getRun: vi.fn(async () => selection),
      runEventsUrl: (id: string) => id,
    } as unknown as RunApi;
    const store = createRunStore();
    const session = createRunSession({ graphId: 'g1', store, api, openEvents: (url) => new FakeEventSource(url) });
    await session.loadLatest();
    expect(api.listNodeResults).toHaveBeenCalledWith('g1');
    const { latest, live } = store.getState();
    expect(live?.run.id).toBe('runB');
    // The latest run is a selection: the scene's breakdown from the run before stays.
    expect(latest['sc1']).toMatchObject({ runId: 'runA', outputs: outputs('breakdown') });
    expect(latest['sh1']).toMatchObject({ runId: 'runB', revision: 2, outputs: outputs('frame') });
    session.destroy();
  });
});

describe('starting a run', () => {
  const problem = (status: number, code: string) => new ApiProblem({ type: 'about:blank', title: code, status, code });
  const startingApi = (answers: (() => Promise<{ id: string; status: 'queued' }>)[]) => {
    const startRun = vi.fn(async (_graphId: string, _input: { nodeIds?: string[] }, _options: { idempotencyKey?: string }) => answers.shift()!());
    const api = { startRun, getRun: vi.fn(async () => run()), runEventsUrl: (id: string) => id } as unknown as RunApi;
    return { api, startRun, keyOf: (call: number) => startRun.mock.calls[call]?.[2].idempotencyKey };
  };

  it('sends one Idempotency-Key per press, and the same key again after no answer, a 502 and a start in progress', async () => {
    const { api, startRun, keyOf } = startingApi([
      () => Promise.reject(problem(0, 'network_error')),
      () => Promise.reject(problem(502, 'http_502')),
      () => Promise.reject(problem(409, 'idempotency_request_in_progress')),
      async () => ({ id: 'run1', status: 'queued' }),
      async () => ({ id: 'run2', status: 'queued' }),
    ]);
    const waits: number[] = [];
    const store = createRunStore();
    const session = createRunSession({ graphId: 'g1', store, api, openEvents: (url) => new FakeEventSource(url), sleep: async (ms) => void waits.push(ms) });

    await expect(session.start(['sh1'])).resolves.toBe('run1');
    expect(startRun).toHaveBeenCalledTimes(4);
    expect(keyOf(0)).toMatch(/^[0-9a-f]{32}$/);
    expect(new Set([keyOf(0), keyOf(1), keyOf(2), keyOf(3)]).size).toBe(1);
    expect(startRun.mock.calls.every(([graphId, input]) => graphId === 'g1' && input.nodeIds?.[0] === 'sh1')).toBe(true);
    expect(waits).toEqual([1_000, 2_000, 4_000]);
    expect(store.getState().live?.run.id).toBe('run1');

    // The next press is another run: a new key.
    await session.start();
    expect(keyOf(4)).not.toBe(keyOf(0));
    session.destroy();
  });

  it('does not send again what the server refused, and gives up after its retries', async () => {
    const refused = problem(422, 'graph_not_runnable');
    const { api, startRun } = startingApi([() => Promise.reject(refused)]);
    const session = createRunSession({ graphId: 'g1', store: createRunStore(), api, sleep: async () => {} });
    await expect(session.start()).rejects.toBe(refused);
    expect(startRun).toHaveBeenCalledTimes(1);

    const down = startingApi(Array.from({ length: 5 }, () => () => Promise.reject(problem(503, 'http_503'))));
    const store = createRunStore();
    const other = createRunSession({ graphId: 'g1', store, api: down.api, startRetries: 2, sleep: async () => {} });
    await expect(other.start()).rejects.toMatchObject({ status: 503 });
    expect(down.startRun).toHaveBeenCalledTimes(3);
    expect(store.getState().live).toBeNull();
  });
});
