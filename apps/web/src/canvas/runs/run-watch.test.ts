import { describe, expect, it } from 'vitest';
import type { RunSummary } from '../../api/types.js';
import type { EventSourceLike } from './run-session.js';
import { createRunWatcher } from './run-watch.js';

class FakeEventSource implements EventSourceLike {
  readyState = 1;
  onerror: ((event: Event) => void) | null = null;
  closed = false;
  private listeners = new Map<string, ((event: MessageEvent<string>) => void)[]>();
  constructor(readonly url: string) {}
  addEventListener(type: string, listener: (event: MessageEvent<string>) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  emit(type: string, data: string) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data, lastEventId: '1' } as MessageEvent<string>);
  }
  close() {
    this.closed = true;
  }
}

const summary: RunSummary = {
  id: 'run1',
  graphId: 'g1',
  status: 'queued',
  revision: 3,
  nodeIds: null,
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
    source!.emit('run', JSON.stringify(summary));
    source!.emit('run', JSON.stringify({ ...summary, id: 'run2', status: 'running' }));
    source!.emit('run', '{"id": 7}');
    source!.emit('run', 'not json');
    expect(seen.map((run) => `${run.id}:${run.status}`)).toEqual(['run1:queued', 'run2:running']);
    watcher.stop();
    expect(source!.closed).toBe(true);
  });
});
