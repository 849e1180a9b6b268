import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../api/types.js';
import { createRunWatcher } from './run-watch.js';
import { FakeEventSource } from './testing/fake-event-source.js';

const summary: RunSummary = {
  id: 'run1',
  graphId: 'g1',
  status: 'queued',
  revision: 3,
  nodeIds: null,
  batchId: null,
  requestedBy: 'u2',
  error: null,
  createdAt: '2026-11-22T06:00:00.000Z',
  startedAt: null,
  finishedAt: null,
};

describe('the graph run watcher', () => {
  it('hands every run on the graph stream to the session, and ignores what is not a run summary', () => {
    let source: FakeEventSource | undefined;
    const seen: RunSummary[] = [];
    const watcher = createRunWatcher({
      url: '/api/v1/graphs/g1/runs/events',
      onRun: (run) => seen.push(run),
      openEvents: (url) => (source = new FakeEventSource(url)),
    });
    expect(source?.url).toBe('/api/v1/graphs/g1/runs/events');
    source!.emit('run', 1, summary);
    source!.emit('run', 2, { ...summary, id: 'run2', status: 'running' });
    source!.emit('run', 3, { id: 7 });
    source!.emit('run', 4, 'not json');
    expect(seen.map((run) => `${run.id}:${run.status}`)).toEqual(['run1:queued', 'run2:running']);
    watcher.stop();
    expect(source!.closed).toBe(true);
  });

  it('tells of every revision anyone saves (a script too), and ignores a malformed one', () => {
    let source: FakeEventSource | undefined;
    const saved: number[] = [];
    createRunWatcher({ url: '/api/v1/graphs/g1/runs/events', onRun: () => undefined, onRevisionSaved: (revision) => saved.push(revision), openEvents: (url) => (source = new FakeEventSource(url)) });
    source!.emit('revision', 1, { revision: 4 });
    source!.emit('revision', 2, { revision: 0 });
    source!.emit('revision', 3, { revision: '5' });
    source!.emit('revision', 4, { revision: 6 });
    expect(saved).toEqual([4, 6]);
  });
});

describe('the graph run watcher, reconnecting', () => {
  it('tells when the stream is open again after it dropped or failed to connect, not on its first open', () => {
    let source: FakeEventSource | undefined;
    let resumed = 0;
    createRunWatcher({ url: '/api/v1/graphs/g1/runs/events', onRun: () => undefined, onResumed: () => (resumed += 1), openEvents: (url) => (source = new FakeEventSource(url)) });
    source!.emit('open', 0, '');
    expect(resumed).toBe(0);
    // Dropped; EventSource retries (twice refused) and gets through.
    source!.emit('error', 0, '');
    source!.emit('error', 0, '');
    source!.emit('error', 0, '');
    source!.emit('open', 0, '');
    expect(resumed).toBe(1);
    source!.emit('open', 0, '');
    expect(resumed).toBe(1);
    source!.emit('error', 0, '');
    source!.emit('open', 0, '');
    expect(resumed).toBe(2);
  });
});
