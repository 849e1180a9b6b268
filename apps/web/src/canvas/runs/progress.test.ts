import { describe, expect, it } from 'vitest';
import type { RunNodeStatus } from '../../api/types.js';
import { failedNodeIds, formatDuration, summarizeProgress } from './progress.js';
import type { RunNodeState, RunState } from './run-reducer.js';

const stateWith = (statuses: RunNodeStatus[], progress: number | null = null): RunState => ({
  run: {
    id: 'run1',
    graphId: 'g1',
    status: 'running',
    revision: 1,
    nodeIds: null,
    batchId: null,
    requestedBy: null,
    error: null,
    createdAt: '2026-01-01T00:00:00.000Z',
    startedAt: null,
    finishedAt: null,
  },
  lastEventId: 1,
  nodes: Object.fromEntries(
    statuses.map((status, i): [string, RunNodeState] => [
      `n${i}`,
      {
        nodeId: `n${i}`,
        type: 'shot',
        role: 'target',
        status,
        progress: status === 'running' ? progress : null,
        message: null,
        attempts: 1,
        startedAt: null,
        finishedAt: null,
        outputs: null,
        error: null,
      },
    ]),
  ),
});

describe('summarizeProgress', () => {
  it('reads "4/9 done · 2 cached"', () => {
    const progress = summarizeProgress(stateWith(['succeeded', 'succeeded', 'cached', 'cached', 'running', 'running', 'queued', 'queued', 'queued']));
    expect(progress.text).toBe('4/9 done · 2 cached');
    expect(progress.total).toBe(9);
    expect(progress.finished).toBe(4);
  });

  it('names failures, skips and cancellations', () => {
    expect(summarizeProgress(stateWith(['succeeded', 'failed', 'skipped', 'skipped'])).text).toBe('4/4 done · 1 failed · 2 skipped');
    expect(summarizeProgress(stateWith(['cancelled', 'cached'])).text).toBe('1/2 done · 1 cached · 1 cancelled');
  });

  it('weighs a running node by its progress', () => {
    expect(summarizeProgress(stateWith(['succeeded', 'running'], 0.5)).fraction).toBeCloseTo(0.75);
    expect(summarizeProgress(stateWith(['queued', 'queued'])).fraction).toBe(0);
  });

  it('is empty before the first snapshot', () => {
    expect(summarizeProgress(null)).toMatchObject({ total: 0, text: '0/0 done', fraction: 0 });
  });
});

describe('formatDuration', () => {
  it('formats milliseconds, seconds and minutes', () => {
    expect(formatDuration('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:00.250Z')).toBe('250 ms');
    expect(formatDuration('2026-01-01T00:00:00.000Z', '2026-01-01T00:00:01.400Z')).toBe('1.4 s');
    expect(formatDuration('2026-01-01T00:00:00.000Z', '2026-01-01T00:02:05.000Z')).toBe('2 min 05 s');
    expect(formatDuration(null, '2026-01-01T00:00:00.000Z')).toBeNull();
  });
});

describe('the failed nodes of a run', () => {
  it('are the failed ones still on the canvas, in the run’s order', () => {
    const state = stateWith(['succeeded', 'failed', 'skipped', 'failed', 'failed']);
    expect(failedNodeIds(state, (id) => id !== 'n3')).toEqual(['n1', 'n4']);
  });

  it('are none without a run', () => {
    expect(failedNodeIds(null, () => true)).toEqual([]);
  });
});
