import { describe, expect, it, vi } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { announceSavedRevision, watchSavedRevisions } from './revision-news.js';

/** Two people on one graph: what one announces reaches the other, as the server relays it. */
const room = () => {
  const mine = new Awareness(new Y.Doc());
  const theirs = new Awareness(new Y.Doc());
  const relay = () => applyAwarenessUpdate(mine, encodeAwarenessUpdate(theirs, [theirs.clientID]), 'server');
  theirs.setLocalState({ user: { id: 'u2', name: 'Ben', colour: '#123456' } });
  relay();
  return { mine, theirs, relay };
};

describe('a saved revision reaches the others on the graph', () => {
  it('tells an open Revisions list each time a collaborator saves one', () => {
    const { mine, theirs, relay } = room();
    const onSaved = vi.fn();
    watchSavedRevisions(mine, onSaved);

    announceSavedRevision(theirs, 7);
    relay();
    expect(onSaved).toHaveBeenCalledWith(7);
    announceSavedRevision(theirs, 9);
    relay();
    expect(onSaved).toHaveBeenLastCalledWith(9);
    expect(onSaved).toHaveBeenCalledTimes(2);
  });

  it('is quiet about presence that is not a save: a cursor, or a save announced before the list opened', () => {
    const { mine, theirs, relay } = room();
    announceSavedRevision(theirs, 4);
    relay();
    const onSaved = vi.fn();
    watchSavedRevisions(mine, onSaved);

    theirs.setLocalStateField('cursor', { x: 10, y: 20 });
    relay();
    expect(onSaved).not.toHaveBeenCalled();
  });

  it('ignores this client’s own save (its list reads itself) and a malformed announcement', () => {
    const { mine, theirs, relay } = room();
    const onSaved = vi.fn();
    const stop = watchSavedRevisions(mine, onSaved);
    announceSavedRevision(mine, 3);
    theirs.setLocalStateField('savedRevision', 'lots');
    relay();
    expect(onSaved).not.toHaveBeenCalled();

    stop();
    announceSavedRevision(theirs, 5);
    relay();
    expect(onSaved).not.toHaveBeenCalled();
  });
});
