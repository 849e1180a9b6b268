/*
 * Where the open canvas stands against the collaboration server, as plain data and a
 * pure reducer (the provider's events in, one state out), so every transition is unit
 * tested without a socket. `collab-connection.ts` feeds it; the toolbar shows
 * `describeConnection(state)`.
 */

/** Close codes the server sends (apps/server/src/collab/close-codes.ts; docs/collaboration.md). */
export const CloseCode = {
  malformed: 4400,
  unauthenticated: 4401,
  accessLost: 4403,
  graphGone: 4404,
  /** The user's role in the workspace changed: reopen the graph to learn the new one. */
  roleChanged: 4409,
  messageTooLarge: 4413,
  rateLimited: 4429,
} as const;

/** 4400–4499 mirrors HTTP 4xx: the server decided, retrying cannot help (as y-websocket 3.1's default). */
export const isTerminalClose = (code: number): boolean => code >= 4400 && code < 4500;

/** Failed attempts in a row after which "reconnecting" is called "offline". */
export const OFFLINE_AFTER_FAILURES = 3;

/** How long a first open may wait for the server before the page says it cannot reach it. */
export const FIRST_SYNC_HINT_MS = 4_000;

export interface ConnectionState {
  /** The socket as the provider reports it. */
  readonly socket: 'connecting' | 'connected' | 'disconnected';
  /** The server's document has arrived at least once (the canvas is shown from then on). */
  readonly everSynced: boolean;
  /** The current socket has synced (state vectors exchanged). */
  readonly synced: boolean;
  /** Connection attempts that ended without a sync, since the last sync. */
  readonly failures: number;
  /** `navigator.onLine`. */
  readonly online: boolean;
  /** A viewer: the server drops the document updates of this socket. */
  readonly readOnly: boolean;
  /** Local edits so far, and how many of them the server has confirmed holding. */
  readonly edits: number;
  readonly confirmedEdits: number;
  /** The server closed the socket for good (4400–4499); never retried. */
  readonly closed: { readonly code: number; readonly reason: string } | null;
  /** The offline cache (y-indexeddb) has been read, and whether it held a copy of the graph. */
  readonly cache: 'loading' | 'empty' | 'copy';
  /** The first sync took longer than {@link FIRST_SYNC_HINT_MS}. */
  readonly firstSyncSlow: boolean;
}

export type ConnectionEvent =
  | { readonly kind: 'status'; readonly status: 'connecting' | 'connected' | 'disconnected' }
  | { readonly kind: 'synced' }
  /** A socket closed (or never opened): one more failed attempt until the next sync. */
  | { readonly kind: 'socket-closed' }
  | { readonly kind: 'closed'; readonly code: number; readonly reason: string }
  | { readonly kind: 'network'; readonly online: boolean }
  | { readonly kind: 'local-edit' }
  /** The server answered a sync request sent when `edits` edits had been made. */
  | { readonly kind: 'confirmed'; readonly edits: number }
  | { readonly kind: 'cache-loaded'; readonly hasCopy: boolean }
  /** {@link FIRST_SYNC_HINT_MS} passed since the connection was opened. */
  | { readonly kind: 'first-sync-slow' };

export const initialConnectionState = (readOnly: boolean, online = true): ConnectionState => ({
  socket: 'connecting',
  everSynced: false,
  synced: false,
  failures: 0,
  online,
  readOnly,
  edits: 0,
  confirmedEdits: 0,
  closed: null,
  cache: 'loading',
  firstSyncSlow: false,
});

export const reduceConnection = (state: ConnectionState, event: ConnectionEvent): ConnectionState => {
  switch (event.kind) {
    case 'status':
      if (state.closed || state.socket === event.status) return state;
      return event.status === 'connected' ? { ...state, socket: 'connected' } : { ...state, socket: event.status, synced: false };
    case 'socket-closed':
      return state.closed ? state : { ...state, socket: 'disconnected', synced: false, failures: state.failures + 1 };
    case 'synced':
      return state.closed ? state : { ...state, socket: 'connected', synced: true, everSynced: true, failures: 0 };
    case 'closed':
      return { ...state, socket: 'disconnected', synced: false, closed: { code: event.code, reason: event.reason } };
    case 'network':
      return state.online === event.online ? state : { ...state, online: event.online };
    case 'local-edit':
      return { ...state, edits: state.edits + 1 };
    case 'confirmed':
      return event.edits > state.confirmedEdits ? { ...state, confirmedEdits: Math.min(event.edits, state.edits) } : state;
    case 'cache-loaded':
      return { ...state, cache: event.hasCopy ? 'copy' : 'empty' };
    case 'first-sync-slow':
      return state.everSynced || state.firstSyncSlow ? state : { ...state, firstSyncSlow: true };
    default: {
      const unknown: never = event;
      throw new Error(`unhandled connection event ${JSON.stringify(unknown)}`);
    }
  }
};

/** Whether the server holds every local edit (confirmed by a sync round trip). */
export const hasUnconfirmedEdits = (state: ConnectionState): boolean => state.edits > state.confirmedEdits;

/**
 * Never synced yet, and the server looks out of reach: no socket open after
 * {@link FIRST_SYNC_HINT_MS}, repeatedly refused, or the browser offline. An open socket
 * whose sync is merely slow (a large graph on a slow line) is still "connecting".
 */
export const isUnreachable = (state: ConnectionState): boolean =>
  !state.everSynced && !state.closed && ((state.firstSyncSlow && state.socket !== 'connected') || state.failures >= OFFLINE_AFTER_FAILURES || !state.online);

/**
 * Whether the canvas may open before the server's document arrives: only when the server is
 * out of reach and this device kept a copy (read and written like the live one; what is
 * done meanwhile merges when the server answers). Never an empty canvas that fills in later.
 */
export const canOpenFromCache = (state: ConnectionState): boolean => state.cache === 'copy' && isUnreachable(state);

/**
 * The server took the graph away for good (access lost, graph deleted): edits made now
 * could never be saved, so the canvas turns read-only. Signed out and role changes reopen
 * the page instead; other refusals keep local edits for a later reload.
 */
export const isLockedOut = (state: ConnectionState): boolean =>
  state.closed !== null && (state.closed.code === CloseCode.accessLost || state.closed.code === CloseCode.graphGone);

export type ConnectionStatus =
  | 'connecting'
  | 'unreachable'
  | 'connected'
  | 'read-only'
  | 'reconnecting'
  | 'offline'
  | 'signed-out'
  | 'no-access'
  | 'deleted'
  | 'reopening'
  | 'refused';

export interface ConnectionDescription {
  readonly status: ConnectionStatus;
  readonly label: string;
  readonly detail: string;
  readonly tone: 'ok' | 'busy' | 'warning' | 'error';
  /** The server holds every local edit (only meaningful while connected). */
  readonly inSync: boolean;
}

const KEPT = 'Your changes are kept on this device and merge when you are back.';
const LOCKED = 'The canvas is read-only now: changes made here could never be saved.';

/** What the toolbar says about `state`; every state is explicit. */
export const describeConnection = (state: ConnectionState): ConnectionDescription => {
  const inSync = state.synced && !hasUnconfirmedEdits(state);
  if (state.closed) {
    switch (state.closed.code) {
      case CloseCode.unauthenticated:
        return { status: 'signed-out', label: 'Signed out', detail: `Your session ended: sign in again. ${KEPT}`, tone: 'error', inSync: false };
      case CloseCode.accessLost:
        return { status: 'no-access', label: 'No access', detail: `You no longer have access to this graph. ${LOCKED}`, tone: 'error', inSync: false };
      case CloseCode.graphGone:
        return { status: 'deleted', label: 'Graph deleted', detail: `Someone deleted this graph. ${LOCKED}`, tone: 'error', inSync: false };
      case CloseCode.roleChanged:
        return { status: 'reopening', label: 'Reopening…', detail: 'Your role in this workspace changed.', tone: 'busy', inSync: false };
      default:
        return {
          status: 'refused',
          label: 'Disconnected',
          detail: `The server closed the connection (${state.closed.code}${state.closed.reason ? `: ${state.closed.reason}` : ''}). Reload later. ${KEPT}`,
          tone: 'error',
          inSync: false,
        };
    }
  }
  if (state.synced) {
    return state.readOnly
      ? { status: 'read-only', label: 'Read-only', detail: 'You are a viewer in this workspace: you see changes live but cannot edit.', tone: 'ok', inSync }
      : {
          status: 'connected',
          label: inSync ? 'Connected' : 'Syncing…',
          detail: inSync ? 'Live: every change is on the server.' : 'Sending your latest changes…',
          tone: inSync ? 'ok' : 'busy',
          inSync,
        };
  }
  if (isUnreachable(state)) {
    return {
      status: 'unreachable',
      label: 'Can’t reach the server',
      detail:
        state.cache === 'copy'
          ? `Can’t reach the server — retrying. Showing the copy kept on this device: ${KEPT.charAt(0).toLowerCase()}${KEPT.slice(1)}`
          : 'Can’t reach the server — retrying. The graph opens as soon as it answers.',
      tone: 'warning',
      inSync: false,
    };
  }
  if (!state.everSynced) return { status: 'connecting', label: 'Connecting…', detail: 'Opening the live document.', tone: 'busy', inSync: false };
  if (!state.online || state.failures >= OFFLINE_AFTER_FAILURES) {
    return { status: 'offline', label: 'Offline', detail: `Changes kept on this device. ${KEPT}`, tone: 'warning', inSync: false };
  }
  return { status: 'reconnecting', label: 'Reconnecting…', detail: KEPT, tone: 'busy', inSync: false };
};
