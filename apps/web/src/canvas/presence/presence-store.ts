import { toPeer, type Peer, type PresenceUser } from './presence-state.js';

/** The part of a y-protocols Awareness the store reads. */
export interface RemoteAwareness {
  readonly clientID: number;
  getStates(): Map<number, Record<string, unknown>>;
  on(event: 'change', listener: (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => void): void;
  off(event: 'change', listener: (change: { added: number[]; updated: number[]; removed: number[] }, origin: unknown) => void): void;
}

/** One person in the room, however many tabs they have open; `clientId` is their latest tab. */
export interface Person {
  readonly user: PresenceUser;
  readonly clientId: number;
}

type Listener = () => void;

/**
 * The other clients' presence as an external store for `useSyncExternalStore`, kept off
 * React's hot path: a snapshot is rebuilt once per awareness change, and two slices change
 * at different rates — `peers` (cursors, drags: up to 30 Hz per peer) and `people` (who is
 * here: only when someone joins, leaves or renames), so the toolbar's avatars do not
 * re-render for every cursor move. `following` is this tab's own choice (session state).
 */
export const createPresenceStore = (awareness: RemoteAwareness) => {
  let peers: readonly Peer[] = [];
  let people: readonly Person[] = [];
  let following: number | null = null;
  const peerListeners = new Set<Listener>();
  const peopleListeners = new Set<Listener>();
  const followListeners = new Set<Listener>();

  const samePeople = (a: readonly Person[], b: readonly Person[]) =>
    a.length === b.length &&
    a.every((person, i) => {
      const other = b[i];
      return other !== undefined && person.clientId === other.clientId && person.user.id === other.user.id && person.user.name === other.user.name && person.user.colour === other.user.colour;
    });

  const rebuild = () => {
    const next: Peer[] = [];
    for (const [clientId, state] of awareness.getStates()) {
      if (clientId === awareness.clientID) continue;
      const peer = toPeer(clientId, state);
      if (peer) next.push(peer);
    }
    next.sort((a, b) => a.clientId - b.clientId);
    peers = next;
    const byUser = new Map<string, Person>();
    for (const peer of next) byUser.set(peer.user.id, { user: peer.user, clientId: peer.clientId });
    const nextPeople = [...byUser.values()].sort((a, b) => a.user.name.localeCompare(b.user.name) || a.user.id.localeCompare(b.user.id));
    if (!samePeople(nextPeople, people)) {
      people = nextPeople;
      peopleListeners.forEach((listener) => listener());
    }
    if (following !== null && !next.some((peer) => peer.clientId === following)) setFollowing(null);
    peerListeners.forEach((listener) => listener());
  };

  const setFollowing = (clientId: number | null) => {
    if (following === clientId) return;
    following = clientId;
    followListeners.forEach((listener) => listener());
  };

  const onChange = () => rebuild();
  awareness.on('change', onChange);
  rebuild();

  const subscribeTo = (listeners: Set<Listener>) => (listener: Listener) => {
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  };

  return {
    getPeers: () => peers,
    getPeople: () => people,
    getFollowing: () => following,
    getPeer: (clientId: number) => peers.find((peer) => peer.clientId === clientId),
    subscribePeers: subscribeTo(peerListeners),
    subscribePeople: subscribeTo(peopleListeners),
    subscribeFollowing: subscribeTo(followListeners),
    /** Follow a peer's view (null: stop). A peer who leaves is unfollowed. */
    follow: (clientId: number | null) => setFollowing(clientId !== null && peers.some((peer) => peer.clientId === clientId) ? clientId : null),
    destroy: () => {
      awareness.off('change', onChange);
      peerListeners.clear();
      peopleListeners.clear();
      followListeners.clear();
    },
  };
};

export type PresenceStore = ReturnType<typeof createPresenceStore>;
