import { describe, expect, it } from 'vitest';
import type { Run, RunNode } from '../../api/types.js';
import { mergeResults, resultsFromList, resultsOfRun, shownNode, shownNodes, type LatestResults } from './latest-results.js';
import { reduceRun, type RunState } from './run-reducer.js';
import { aRun, aRunNode } from './testing/runs.js';

const outputsOf = (label: string) => ({ values: { label }, artifacts: {} });

const node = (nodeId: string, patch: Partial<RunNode> = {}): RunNode =>
  aRunNode(nodeId, { startedAt: '2026-01-01T10:00:00.000Z', finishedAt: '2026-01-01T10:00:01.000Z', outputs: outputsOf(nodeId), ...patch });

const run = (id: string, createdAt: string, nodes: RunNode[], patch: Partial<Run> = {}): Run => aRun(nodes, { id, createdAt, startedAt: createdAt, finishedAt: createdAt, ...patch });

const stateOf = (value: Run): RunState => reduceRun(null, { kind: 'refresh', run: value })!;

/** A full run of five cards, then a run of one Shot and what it needs. */
const full = run('runA', '2026-01-01T10:00:00.000Z', ['ch1', 'sc1', 'sh1', 'sh2', 'sh3'].map((id) => node(id)));
const latestAfterFull: LatestResults = mergeResults({}, resultsOfRun(full));

describe('each node’s latest result', () => {
  it('keeps the results of nodes a later run left out, and takes a later run’s for the nodes in it', () => {
    const selection = run('runB', '2026-01-01T11:00:00.000Z', [node('ch1', { status: 'cached' }), node('sc1', { status: 'cached' }), node('sh1', { outputs: outputsOf('sh1 again') })], { revision: 4 });
    const latest = mergeResults(latestAfterFull, resultsOfRun(selection));
    expect(Object.keys(latest).sort()).toEqual(['ch1', 'sc1', 'sh1', 'sh2', 'sh3']);
    expect(latest['sh1']).toMatchObject({ runId: 'runB', revision: 4, outputs: outputsOf('sh1 again') });
    expect(latest['sc1']).toMatchObject({ runId: 'runB', status: 'cached' });
    expect(latest['sh2']).toMatchObject({ runId: 'runA', revision: 3, outputs: outputsOf('sh2') });
    // An earlier run read late (a run superseded while it ran) does not take a card back.
    expect(mergeResults(latest, resultsOfRun(full))).toBe(latest);
    // Nothing new: the same object, so no card re-renders.
    expect(mergeResults(latest, resultsOfRun(selection))).toBe(latest);
  });

  it('counts succeeded and cached nodes with their outputs and failed ones; skipped and cancelled nodes keep their earlier result', () => {
    const later = run('runC', '2026-01-01T12:00:00.000Z', [
      node('sh1', { status: 'failed', outputs: null, error: { code: 'invalid', message: 'Lens' } }),
      node('sh2', { status: 'skipped', outputs: null }),
      node('sh3', { status: 'cancelled', outputs: null }),
      node('sc1', { status: 'succeeded', outputs: null }),
    ]);
    expect(resultsOfRun(later).map((result) => result.nodeId)).toEqual(['sh1']);
    const latest = mergeResults(latestAfterFull, resultsOfRun(later));
    expect(latest['sh1']).toMatchObject({ runId: 'runC', status: 'failed' });
    expect(latest['sh2']?.runId).toBe('runA');
    expect(latest['sh3']?.runId).toBe('runA');
  });

  // The results answer (GET /graphs/:id/results) leaves batch items out: a reload must show what this canvas showed.
  it('takes no result from a batch item, a variant with overrides rather than the graph as drawn', () => {
    const item = run('runD', '2026-01-01T13:00:00.000Z', [node('sh1', { outputs: outputsOf('sh1 with a 35mm lens') })], { batchId: 'bat1' });
    expect(resultsOfRun(item)).toEqual([]);
    expect(mergeResults(latestAfterFull, resultsOfRun(item))).toBe(latestAfterFull);
    // Once the item is over, its card shows the graph's own latest result again, as after a reload.
    expect(shownNode(stateOf(item), latestAfterFull, 'sh1')).toBe(latestAfterFull['sh1']);
  });
});

describe('a node whose latest result failed', () => {
  const failure = { code: 'image_backend_unavailable', message: 'The image backend refused the request.' };
  const failedRun = (id: string, createdAt: string) => run(id, createdAt, [node('sh1', { status: 'failed', outputs: null, error: failure })], { status: 'failed' });

  it('keeps the output its last success made, from that run, through later failures', () => {
    const once = mergeResults(latestAfterFull, resultsOfRun(failedRun('runB', '2026-01-01T11:00:00.000Z')));
    expect(once['sh1']).toMatchObject({ status: 'failed', runId: 'runB', error: failure, earlier: { outputs: outputsOf('sh1'), runId: 'runA', runCreatedAt: '2026-01-01T10:00:00.000Z' } });
    const twice = mergeResults(once, resultsOfRun(failedRun('runC', '2026-01-01T12:00:00.000Z')));
    expect(twice['sh1']).toMatchObject({ runId: 'runC', earlier: { runId: 'runA' } });
    // A success afterwards leaves nothing earlier to show.
    const recovered = mergeResults(twice, resultsOfRun(run('runD', '2026-01-01T13:00:00.000Z', [node('sh1')])));
    expect(recovered['sh1']?.earlier).toBeUndefined();
  });

  it('takes the last success from the server’s answer', () => {
    const [result] = resultsFromList([
      {
        ...node('sh1', { status: 'failed', outputs: null, error: failure }),
        runId: 'runC',
        revision: 5,
        runCreatedAt: '2026-01-01T12:00:00.000Z',
        lastSuccess: { ...node('sh1'), runId: 'runA', revision: 3, runCreatedAt: '2026-01-01T10:00:00.000Z' },
      },
    ]);
    expect(result).toMatchObject({ status: 'failed', runId: 'runC', earlier: { outputs: outputsOf('sh1'), runId: 'runA', runCreatedAt: '2026-01-01T10:00:00.000Z' } });
  });

  it('failing in the live run, shows its last good output beside the reason', () => {
    const live = stateOf(failedRun('runB', '2026-01-01T11:00:00.000Z'));
    expect(shownNode(live, latestAfterFull, 'sh1')).toMatchObject({ status: 'failed', error: failure, outputs: null, earlier: { outputs: outputsOf('sh1'), runId: 'runA' } });
  });
});

describe('what a card shows', () => {
  const running = stateOf(
    run('runB', '2026-01-01T11:00:00.000Z', [node('sc1', { status: 'cached' }), node('sh1', { status: 'running', outputs: null, finishedAt: null })], {
      status: 'running',
      revision: 4,
    }),
  );

  it('a node outside the live run shows its latest result; one in it, the live status over its last output', () => {
    expect(shownNode(running, latestAfterFull, 'sh2')).toBe(latestAfterFull['sh2']);
    const sh1 = shownNode(running, latestAfterFull, 'sh1');
    expect(sh1).toMatchObject({ status: 'running', outputs: outputsOf('sh1') });
    expect(shownNode(running, latestAfterFull, 'sc1')).toBe(running.nodes['sc1']);
    expect(shownNode(null, {}, 'sh1')).toBeUndefined();
  });

  it('once the live run finished, its skipped and cancelled nodes show their latest result again (as a reload would)', () => {
    const finished = stateOf(
      run('runB', '2026-01-01T11:00:00.000Z', [node('sc1', { status: 'failed', outputs: null }), node('sh1', { status: 'skipped', outputs: null }), node('sh9', { status: 'skipped', outputs: null })], {
        status: 'failed',
      }),
    );
    expect(shownNode(finished, latestAfterFull, 'sc1')?.status).toBe('failed');
    expect(shownNode(finished, latestAfterFull, 'sh1')).toBe(latestAfterFull['sh1']);
    // No earlier result: what the run made of it.
    expect(shownNode(finished, latestAfterFull, 'sh9')?.status).toBe('skipped');
    // Finished before its outputs were read: the last output stays until they are.
    const unread = stateOf(run('runB', '2026-01-01T11:00:00.000Z', [node('sh1', { outputs: null })]));
    expect(shownNode(unread, latestAfterFull, 'sh1')).toMatchObject({ status: 'succeeded', outputs: outputsOf('sh1') });
  });

  it('judges each card against the revision of the run its state is from', () => {
    const revisions = Object.fromEntries(shownNodes(running, latestAfterFull).map(({ node: shown, revision }) => [shown.nodeId, revision]));
    expect(revisions).toEqual({ ch1: 3, sc1: 4, sh1: 4, sh2: 3, sh3: 3 });
  });
});
