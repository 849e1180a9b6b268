import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import * as Y from 'yjs';
import { watchGraphChanges } from './graph-changes.js';

describe('watchGraphChanges', () => {
  beforeEach(() => vi.useFakeTimers());
  afterEach(() => vi.useRealTimers());

  it('reports a burst of edits once, after the document has been quiet', () => {
    const ydoc = new Y.Doc();
    const settled = vi.fn();
    watchGraphChanges(ydoc, settled, 600);
    const names = ydoc.getMap('names');
    names.set('a', 'ANNA');
    vi.advanceTimersByTime(400);
    names.set('b', 'BEN');
    vi.advanceTimersByTime(400);
    expect(settled).not.toHaveBeenCalled();
    vi.advanceTimersByTime(200);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('hears a collaborator’s update applied from the server like a local edit', () => {
    const ydoc = new Y.Doc();
    const theirs = new Y.Doc();
    theirs.getMap('names').set('c', 'CLARA');
    const settled = vi.fn();
    watchGraphChanges(ydoc, settled, 600);
    Y.applyUpdate(ydoc, Y.encodeStateAsUpdate(theirs), 'server');
    vi.advanceTimersByTime(600);
    expect(settled).toHaveBeenCalledTimes(1);
  });

  it('stops, dropping a pending report, once told to', () => {
    const ydoc = new Y.Doc();
    const settled = vi.fn();
    const stop = watchGraphChanges(ydoc, settled, 600);
    ydoc.getMap('names').set('a', 'ANNA');
    stop();
    ydoc.getMap('names').set('b', 'BEN');
    vi.advanceTimersByTime(1_000);
    expect(settled).not.toHaveBeenCalled();
  });
});
