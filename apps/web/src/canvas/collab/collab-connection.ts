import { IndexeddbPersistence } from 'y-indexeddb';
import type { Awareness } from 'y-protocols/awareness';
import { WebsocketProvider } from 'y-websocket';
import type * as Y from 'yjs';
import { createStore, type StoreApi } from 'zustand/vanilla';
import {
  canOpenFromCache,
  FIRST_SYNC_HINT_MS,
  initialConnectionState,
  isTerminalClose,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connection-state.js';
import { createSyncConfirmer, type SocketLike, type SyncConfirmer } from './sync-confirm.js';

export interface CollabConnectionOptions {
  readonly graphId: string;
  /** An empty Y.Doc: never seeded, the server sends the document (docs/collaboration.md). */
  readonly ydoc: Y.Doc;
  readonly readOnly: boolean;
  /** `ws(s)://host/collab`; defaults to this page's origin (the session cookie authenticates). */
  readonly serverUrl?: string;
  /** Keep the document in IndexedDB (edits made offline survive a closed tab). Default: when available. */
  readonly offlineCache?: boolean;
  /** Quiet time after a local edit before asking the server to confirm it. */
  readonly confirmDelayMs?: number;
  /**
   * A sync round trip this often while connected. Our server does not echo a client's own
   * presence, so without it a lone client would receive nothing for 30 s and y-websocket's
   * watchdog would drop a healthy socket.
   */
  readonly heartbeatMs?: number;
}

/** The open graph's live link to the server: provider, offline cache, presence channel, state. */
export interface CollabConnection {
  readonly awareness: Awareness;
  readonly state: StoreApi<ConnectionState>;
  /**
   * When the canvas may be shown: on the first sync (`'server'`), or, when the server is out
   * of reach and this device kept a copy, from that copy (`'cache'`; the sync follows when
   * the server answers). Rejects with {@link TerminalCloseError} when refused first.
   */
  readonly opened: Promise<'server' | 'cache'>;
  /** True once the server has confirmed holding every local edit made before the call; false offline. */
  confirmSynced(timeoutMs?: number): Promise<boolean>;
  destroy(): void;
}

export class TerminalCloseError extends Error {
  constructor(
    readonly code: number,
    reason: string,
  ) {
    super(`collab socket closed with ${code}${reason ? `: ${reason}` : ''}`);
  }
}

const defaultServerUrl = () => `${window.location.origin.replace(/^http/, 'ws')}/collab`;
const IDB_WAIT_MS = 3_000;

/**
 * Opens `graphId`'s live document: IndexedDB first (what this device kept, including edits
 * made offline), then the stock y-websocket provider, which exchanges state vectors with
 * the server so each side receives exactly what it lacks. Terminal closes (4400–4499) are
 * never retried. Local edits are tracked until a sync round trip proves the server has them.
 */
export const createCollabConnection = ({
  graphId,
  ydoc,
  readOnly,
  serverUrl = defaultServerUrl(),
  offlineCache = typeof indexedDB !== 'undefined',
  confirmDelayMs = 300,
  heartbeatMs = 10_000,
}: CollabConnectionOptions): CollabConnection => {
  const state = createStore<ConnectionState>()(() => initialConnectionState(readOnly, typeof navigator === 'undefined' ? true : navigator.onLine));
  const dispatch = (event: ConnectionEvent) => {
    const current = state.getState();
    const next = reduceConnection(current, event);
    if (next !== current) state.setState(next, true);
  };

  const provider = new WebsocketProvider(serverUrl, graphId, ydoc, {
    connect: false,
    // The stock rule (4400–4499 are final) spelled out: the server's close codes depend on it.
    shouldReconnect: (event) => !isTerminalClose(event.code),
    maxBackoffTime: 5_000,
  });
  const cache = offlineCache ? new IndexeddbPersistence(`pc-graph:${graphId}`, ydoc) : null;
  let destroyed = false;
  let confirmer: { socket: SocketLike; instance: SyncConfirmer } | null = null;
  let confirmTimer: ReturnType<typeof setTimeout> | undefined;

  const currentConfirmer = (): SyncConfirmer | null => {
    const socket = provider.ws as SocketLike | null;
    if (!socket || !provider.synced) return null;
    if (confirmer?.socket !== socket) {
      confirmer?.instance.destroy();
      confirmer = { socket, instance: createSyncConfirmer(socket, ydoc) };
    }
    return confirmer.instance;
  };

  const confirmSynced = async (timeoutMs = 10_000): Promise<boolean> => {
    const instance = currentConfirmer();
    if (!instance) return false;
    const edits = state.getState().edits;
    const ok = await instance.confirm(timeoutMs);
    if (ok) dispatch({ kind: 'confirmed', edits });
    return ok;
  };

  const scheduleConfirm = (delay: number) => {
    clearTimeout(confirmTimer);
    confirmTimer = setTimeout(() => void confirmSynced(), delay);
  };

  // Provider events → state.
  provider.on('status', ({ status }) => dispatch({ kind: 'status', status }));
  provider.on('connection-close', () => dispatch({ kind: 'socket-closed' }));
  provider.on('closed', ({ code, reason }) => dispatch({ kind: 'closed', code, reason }));
  provider.on('sync', (synced) => {
    if (!synced) return;
    dispatch({ kind: 'synced' });
    // Edits made while away went out in the sync; confirm them.
    if (state.getState().edits > state.getState().confirmedEdits) scheduleConfirm(0);
  });

  const opened = new Promise<'server' | 'cache'>((resolve, reject) => {
    const unsubscribe = state.subscribe((current) => {
      if (current.everSynced) resolve('server');
      else if (canOpenFromCache(current)) resolve('cache');
      else if (current.closed) reject(new TerminalCloseError(current.closed.code, current.closed.reason));
      else return;
      unsubscribe();
    });
  });
  // Callers that never await it (the page closed first) must not see an unhandled rejection.
  opened.catch(() => undefined);
  // No answer for a while: the page says it cannot reach the server (and opens this device's copy, if any).
  const firstSyncHint = setTimeout(() => dispatch({ kind: 'first-sync-slow' }), FIRST_SYNC_HINT_MS);

  // Every update that did not come from the server, another tab or the cache is an edit here.
  const onUpdate = (_update: Uint8Array, origin: unknown) => {
    if (origin === provider || origin === cache) return;
    dispatch({ kind: 'local-edit' });
    scheduleConfirm(confirmDelayMs);
  };
  ydoc.on('update', onUpdate);

  const onOnline = () => {
    dispatch({ kind: 'network', online: true });
    // Back online: try now rather than at the end of the backoff.
    if (!state.getState().closed && !provider.wsconnected) {
      provider.disconnect();
      provider.connect();
    }
  };
  const onOffline = () => dispatch({ kind: 'network', online: false });
  window.addEventListener('online', onOnline);
  window.addEventListener('offline', onOffline);

  const heartbeat = setInterval(() => {
    if (provider.synced && (confirmer?.instance.pending ?? 0) === 0) void confirmSynced();
  }, heartbeatMs);

  // What this device kept goes into the first SyncStep1, so the server sends only the rest.
  const cacheLoaded = cache ? Promise.race([cache.whenSynced, new Promise((resolve) => setTimeout(resolve, IDB_WAIT_MS))]) : Promise.resolve();
  void cacheLoaded.then(() => {
    if (destroyed) return;
    // Anything in the Y.Doc before the server answered came from this device's copy.
    dispatch({ kind: 'cache-loaded', hasCopy: ydoc.store.clients.size > 0 });
    provider.connect();
  });

  return {
    awareness: provider.awareness,
    state,
    opened,
    confirmSynced,
    destroy: () => {
      destroyed = true;
      clearTimeout(confirmTimer);
      clearTimeout(firstSyncHint);
      clearInterval(heartbeat);
      window.removeEventListener('online', onOnline);
      window.removeEventListener('offline', onOffline);
      ydoc.off('update', onUpdate);
      confirmer?.instance.destroy();
      provider.destroy();
      void cache?.destroy();
    },
  };
};
