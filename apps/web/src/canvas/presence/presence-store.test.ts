import { describe, expect, it } from 'vitest';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { colourFor, initialsOf } from './colour.js';
import { createPresenceStore, type RemoteAwareness } from './presence-store.js';

/** Our awareness, and peers whose states reach it through the real awareness protocol (as relayed frames do). */
const room = () => {
  const mine = new Awareness(new Y.Doc());
  const peers = new Map<number, Awareness>();
  const setPeer = (id: number, state: Record<string, unknown> | null) => {
    let peer = peers.get(id);
    if (!peer) {
      const doc = new Y.Doc();
      doc.clientID = id;
      peer = new Awareness(doc);
      peers.set(id, peer);
    }
    peer.setLocalState(state);
    applyAwarenessUpdate(mine, encodeAwarenessUpdate(peer, [id]), 'remote');
  };
  return { mine, setPeer };
};

const ada = { id: 'user-ada', name: 'Ada Lovelace', colour: colourFor('user-ada') };
const ben = { id: 'user-ben', name: 'Ben', colour: colourFor('user-ben') };

describe('the presence store', () => {
  it('lists other clients, never this one, and ignores malformed states', () => {
    const { mine, setPeer } = room();
    mine.setLocalState({ user: { id: 'me', name: 'Me', colour: '#ffffff' } });
    const store = createPresenceStore(mine as unknown as RemoteAwareness);
    setPeer(11, { user: ada, cursor: { x: 10, y: 20 }, selection: ['sc1'] });
    setPeer(12, { user: { id: 'x', name: '', colour: 'red' } });
    setPeer(13, { cursor: { x: 1, y: 1 } });
    expect(store.getPeers().map((peer) => peer.clientId)).toEqual([11]);
    expect(store.getPeers()[0]).toMatchObject({ user: ada, cursor: { x: 10, y: 20 }, selection: ['sc1'], drag: null, view: null });
  });

  it('changes the people slice only when someone joins, leaves or renames — not on cursor moves', () => {
    const { mine, setPeer } = room();
    const store = createPresenceStore(mine as unknown as RemoteAwareness);
    let peopleChanges = 0;
    let peerChanges = 0;
    store.subscribePeople(() => peopleChanges++);
    store.subscribePeers(() => peerChanges++);
    setPeer(11, { user: ada, cursor: { x: 0, y: 0 } });
    const people = store.getPeople();
    for (let i = 1; i <= 30; i++) setPeer(11, { user: ada, cursor: { x: i, y: i } });
    expect(peerChanges).toBe(31);
    expect(peopleChanges).toBe(1);
    expect(store.getPeople()).toBe(people);
    // Two tabs of one person: one avatar.
    setPeer(12, { user: ada });
    setPeer(13, { user: ben });
    expect(store.getPeople().map((person) => person.user.name)).toEqual(['Ada Lovelace', 'Ben']);
    setPeer(13, null);
    expect(store.getPeople().map((person) => person.user.name)).toEqual(['Ada Lovelace']);
  });

  it('follows a peer until they leave', () => {
    const { mine, setPeer } = room();
    const store = createPresenceStore(mine as unknown as RemoteAwareness);
    setPeer(11, { user: ada, view: { x: 1, y: 2, zoom: 1 } });
    store.follow(99);
    expect(store.getFollowing()).toBeNull();
    store.follow(11);
    expect(store.getFollowing()).toBe(11);
    setPeer(11, null);
    expect(store.getFollowing()).toBeNull();
  });
});

describe('peer colours and initials', () => {
  it('gives a person the same colour every time, and names initials', () => {
    expect(colourFor('user-ada')).toBe(colourFor('user-ada'));
    expect(colourFor('user-ada')).toMatch(/^#[0-9a-f]{6}$/);
    const colours = new Set(Array.from({ length: 40 }, (_, i) => colourFor(`user-${i}`)));
    expect(colours.size).toBeGreaterThan(6);
    expect(initialsOf('Ada Lovelace')).toBe('AL');
    expect(initialsOf('ben')).toBe('BE');
    expect(initialsOf('  ')).toBe('?');
  });
});
