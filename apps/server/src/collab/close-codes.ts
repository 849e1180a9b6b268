/**
 * WebSocket close codes of the collab endpoint (see docs/collaboration.md).
 *
 * The 4400–4499 range mirrors HTTP 4xx and is terminal: the stock y-websocket 3.1
 * client stops reconnecting on it (its default `shouldReconnect`), and our web client
 * must too (use {@link shouldReconnect}). Everything else is transient: the client
 * reconnects with backoff and the state-vector exchange resends what either side lacks.
 */
export const CollabCloseCode = {
  /** A frame that is not the y-websocket protocol. Retrying would send it again. */
  malformed: 4400,
  /** Not signed in (session ended, token expired). Sign in again, then reconnect. */
  unauthenticated: 4401,
  /** Access to the graph was lost mid-session (removed from the workspace). */
  accessLost: 4403,
  /** The graph was deleted. */
  graphGone: 4404,
  /**
   * The user's role in the workspace changed (an editor became a viewer, or back): the
   * client reopens the graph to learn the new role, rather than writing into the void.
   */
  roleChanged: 4409,
  /** No pong to our ping: the connection is dead (a live client never sees this code). */
  idleTimeout: 4408,
  /** A message above the size limit (a huge offline backlog); the same sync would repeat it. */
  messageTooLarge: 4413,
  /** Too many messages per second on this connection. */
  rateLimited: 4429,
  /** The server hit an unexpected error (loading the graph failed). Transient. */
  internalError: 1011,
  /** The server is restarting or shutting down. Transient: reconnect to another process. */
  serverRestart: 1012,
} as const;

export type CollabCloseCode = (typeof CollabCloseCode)[keyof typeof CollabCloseCode];

/**
 * Whether a client should reconnect after the server closed with `code`: not for the
 * 4400–4499 range (the same as y-websocket 3.1's default), yes for anything else.
 *
 * @example
 * new WebsocketProvider(url, graphId, ydoc, { shouldReconnect: (event) => shouldReconnect(event.code) })
 */
export const shouldReconnect = (code: number): boolean => !(code >= 4400 && code < 4500);
