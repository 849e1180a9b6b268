import { describe, expect, it } from 'vitest';
import type { Run, RunNode } from '../../api/types.js';
import { isRunFinal, reduceRun, type RunEvent, type RunMessage, type RunState } from './run-reducer.js';

const node = (nodeId: string, patch: Partial<RunNode> = {}): RunNode => ({
  nodeId,
  type: 'shot',
  role: 'target',
  status: 'queued',
  cacheKey: `key-${nodeId}`,
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
  revision: 3,
  nodeIds: null,
  batchId: null,
  requestedBy: 'u1',
  error: null,
  createdAt: '2026-01-01T10:00:00.000Z',
  startedAt: null,
  finishedAt: null,
  nodes: [node('ch1', { type: 'character' }), node('sc1', { type: 'scene' }), node('sh1')],
  ...patch,
});

const at = Date.parse('2026-01-01T10:00:01.000Z');
const nodeStatus = (nodeId: string, status: RunNode['status'], extra: Partial<RunEvent> = {}): RunEvent =>
  ({ kind: 'node.status', at, runId: 'run1', nodeId, status, ...extra }) as RunEvent;
const runStatus = (status: Run['status']): RunEvent => ({ kind: 'run.status', at, runId: 'run1', status });

const replay = (messages: RunMessage[], start: RunState | null = null) => messages.reduce<RunState | null>(reduceRun, start);
let nextId = 100;
const ev = (event: RunEvent, eventId = ++nextId): RunMessage => ({ kind: 'event', eventId, event });

describe('reduceRun', () => {
  it('starts from a snapshot and moves forward with events to the final state', () => {
    const state = replay([
      { kind: 'snapshot', eventId: 1, run: run() },
      ev(runStatus('running'), 2),
      ev(nodeStatus('ch1', 'running'), 3),
      { kind: 'event', eventId: 4, event: { kind: 'node.progress', at, runId: 'run1', nodeId: 'ch1', progress: 0.4, message: 'Drawing' } },
      ev(nodeStatus('ch1', 'succeeded'), 5),
      ev(nodeStatus('sc1', 'cached'), 6),
      ev(nodeStatus('sh1', 'running'), 7),
      ev(nodeStatus('sh1', 'failed', { error: { code: 'boom', message: 'The frame could not be drawn' } }), 8),
      ev(runStatus('failed'), 9),
    ])!;
    expect(state.run.status).toBe('failed');
    expect(isRunFinal(state)).toBe(true);
    expect(state.run.finishedAt).toBe(new Date(at).toISOString());
    expect(state.lastEventId).toBe(9);
    expect(state.nodes['ch1']).toMatchObject({ status: 'succeeded', progress: null, attempts: 1 });
    expect(state.nodes['sc1']?.status).toBe('cached');
    expect(state.nodes['sh1']).toMatchObject({ status: 'failed', error: { message: 'The frame could not be drawn' } });
  });

  it('keeps progress while running', () => {
    const state = replay([
      { kind: 'snapshot', eventId: 1, run: run({ status: 'running', nodes: [node('sh1', { status: 'running', attempts: 1 })] }) },
      { kind: 'event', eventId: 2, event: { kind: 'node.progress', at, runId: 'run1', nodeId: 'sh1', progress: 0.5 } },
    ])!;
    expect(state.nodes['sh1']).toMatchObject({ status: 'running', progress: 0.5 });
  });

  it('ignores duplicate and out-of-order event ids', () => {
    const base = replay([{ kind: 'snapshot', eventId: 10, run: run() }, ev(nodeStatus('ch1', 'running'), 12), ev(nodeStatus('ch1', 'succeeded'), 13)])!;
    // A stale event (an id already passed) must not move the node back.
    const afterStale = reduceRun(base, ev(nodeStatus('ch1', 'running'), 11));
    expect(afterStale).toBe(base);
    // The same id twice: the second is a duplicate.
    const afterDuplicate = reduceRun(base, ev(nodeStatus('sc1', 'running'), 13));
    expect(afterDuplicate).toBe(base);
    // Events before the snapshot's id were already in the snapshot.
    expect(reduceRun(base, ev(nodeStatus('sc1', 'running'), 9))).toBe(base);
  });

  it('never revives a finished node, even with a newer id', () => {
    const base = replay([{ kind: 'snapshot', eventId: 1, run: run() }, ev(nodeStatus('ch1', 'succeeded'), 2)])!;
    const next = reduceRun(base, ev(nodeStatus('ch1', 'running'), 3))!;
    expect(next.nodes['ch1']?.status).toBe('succeeded');
  });

  it('applies nothing after the run is final', () => {
    const final = replay([{ kind: 'snapshot', eventId: 1, run: run() }, ev(runStatus('cancelled'), 2)])!;
    expect(reduceRun(final, ev(nodeStatus('sh1', 'running'), 3))).toBe(final);
  });

  it('ignores events of another run, and a stale snapshot of the same run', () => {
    const base = replay([{ kind: 'snapshot', eventId: 5, run: run() }])!;
    expect(reduceRun(base, { kind: 'event', eventId: 6, event: { ...runStatus('running'), runId: 'run2' } })).toBe(base);
    expect(reduceRun(base, { kind: 'snapshot', eventId: 4, run: run({ status: 'running' }) })).toBe(base);
    expect(reduceRun(null, ev(runStatus('running')))).toBeNull();
  });

  it('replaces the state with a reconnection snapshot', () => {
    const base = replay([{ kind: 'snapshot', eventId: 5, run: run() }])!;
    const next = reduceRun(base, { kind: 'snapshot', eventId: 20, run: run({ status: 'succeeded', nodes: [node('ch1', { status: 'succeeded' })] }) })!;
    expect(next.run.status).toBe('succeeded');
    expect(next.lastEventId).toBe(20);
  });

  it('merges a refresh (outputs) without moving statuses backwards', () => {
    const outputs = { values: { prompt: { positive: 'Wide shot.' } }, artifacts: {} };
    const base = replay([
      { kind: 'snapshot', eventId: 1, run: run() },
      ev(runStatus('running'), 2),
      ev(nodeStatus('ch1', 'succeeded'), 3),
      ev(nodeStatus('sh1', 'running'), 4),
    ])!;
    // The GET was read before sh1 started, but after ch1 finished.
    const fetched = run({ status: 'running', nodes: [node('ch1', { status: 'succeeded', outputs }), node('sc1'), node('sh1')] });
    const next = reduceRun(base, { kind: 'refresh', run: fetched })!;
    expect(next.nodes['ch1']).toMatchObject({ status: 'succeeded', outputs });
    expect(next.nodes['sh1']?.status).toBe('running');
    // Nodes the refresh did not change keep their identity (their badges do not re-render).
    expect(next.nodes['sh1']).toBe(base.nodes['sh1']);
    expect(next.nodes['sc1']).toBe(base.nodes['sc1']);
    // The same refresh again changes nothing.
    expect(reduceRun(next, { kind: 'refresh', run: fetched })).toBe(next);
  });
});
