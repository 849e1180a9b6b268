import type { IncomingMessage, Server } from 'node:http';
import { STATUS_CODES } from 'node:http';
import type { Duplex } from 'node:stream';
import { findMemberWorkspace, getOrCreateServerSecret, type Db, type WorkspaceRole } from '@pc/db';
import type { GraphDocument } from '@pc/graph';
import type { Logger } from 'pino';
import { WebSocketServer, type WebSocket } from 'ws';
import * as Y from 'yjs';
import { assertNever } from '../assert-never.js';
import { CollabCloseCode } from './close-codes.js';
import { createCollabTokenCodec, newCollabTokenSecret, type CollabTokenCodec } from './collab-token.js';
import { Connection, DEFAULT_CONNECTION_LIMITS, type ConnectionLimits } from './connection.js';
import { GraphGoneError } from './doc-store.js';
import { createStoredDocWriter, type StoredDocWriter, type StoredWrite } from './stored-doc-writer.js';
import { createLocalRelay, type AccessEvent, type Relay } from './relay.js';
import { DEFAULT_ROOM_TIMINGS, Room, type RoomTimings } from './room.js';
import { CollabStats, type CollabStatsSnapshot } from './stats.js';
import { FlushGrid } from './flush-grid.js';
import { createUpdateBatcher } from './update-batcher.js';
import { authorizeUpgrade, COLLAB_PATH_PREFIX } from './upgrade-auth.js';

export interface CollabOptions {
  db: Db;
  /** Embedded PGlite: one query at a time, so update appends skip the advisory lock. */
  serialisedDatabase?: boolean;
  logger: Logger;
  /** Redis relay in the scaled mode; in-process otherwise. */
  relay?: Relay;
  /** `COLLAB_TOKEN_SECRET`; generated once and kept in `server_secrets` when unset. */
  tokenSecret?: string | undefined;
  sessionIdleMs: number;
  publicOrigin?: string | undefined;
  trustProxy?: boolean;
  now?: () => Date;
  timings?: Partial<RoomTimings>;
  limits?: Partial<ConnectionLimits>;
  /** Ping every this long; a socket without a pong by the next ping is closed (4408). */
  pingIntervalMs?: number;
  /** Told each update's fan-out time, ms (metrics). */
  onFanOut?: (ms: number) => void;
}

/**
 * The collaboration server: the y-websocket endpoint at /collab/:graphId, its rooms, and
 * the hooks the REST API calls so that what it writes reaches the live documents. See
 * docs/collaboration.md.
 */
export interface CollabService {
  /** Handles `upgrade` events of the HTTP server for /collab/*. */
  attach(server: Server): void;
  /** A signed token for `?token=` (scripts without cookies). */
  /** `apiKeyId`: the key asking, whose revocation ends the token and its sockets. */
  issueToken(userId: string, graphId: string, role: WorkspaceRole, apiKeyId?: string): Promise<{ token: string; expiresAt: Date }>;
  /**
   * Before a REST write of a graph's document: writes the projection of a room open
   * here, so the revision the write is checked against includes what collaborators did.
   */
  beforeDocumentWrite(graphId: string): Promise<void>;
  /** After a REST write stored `document`: makes the live document equal to it (smallest diff). */
  applyDocument(graphId: string, document: GraphDocument): Promise<void>;
  /**
   * A REST write of a graph's document: `store` writes the projection (the guarded UPDATE)
   * on the database handle it is given, `documentOf` names the (validated) document it
   * stored, or undefined when it refused. With a room open here: the room's projection is
   * flushed first and the document applied to it after (as beforeDocumentWrite +
   * applyDocument). Otherwise the projection and the Yjs diff are one transaction,
   * queued behind this process's other writes of the graph — no PUTs piling up on the
   * graph's row lock, one commit per write.
   */
  writeDocument<T>(graphId: string, write: StoredWrite<T>): Promise<T>;
  /**
   * Someone's membership of a workspace changed: re-check their sockets. Resolves once
   * this process's sockets are closed or downgraded; other processes hear of it through
   * the relay.
   */
  accessChanged(workspaceId: string, userId: string): Promise<void>;
  /** A graph was deleted: close its sockets with 4404 (here at once, elsewhere through the relay). */
  graphDeleted(graphId: string): Promise<void>;
  /** A graph's row was created or written: announced to every process (their read caches drop it). */
  graphChanged(graphId: string, workspaceId?: string): void;
  /**
   * Sessions ended: sign-out (`sessionHash` of that session) or a password change (every
   * session of the user). Sockets opened with them close with 4401; token sockets stay.
   */
  sessionsEnded(userId: string, sessionHash?: string): Promise<void>;
  /** An API key was revoked: announced to every process (their credential caches drop it). */
  apiKeyRevoked(userId: string, keyId: string): Promise<void>;
  /**
   * Hears every access event, this process's and (through the relay) the others', and
   * `'missed'` when the relay may have lost some (Redis reconnected).
   */
  onAccessEvent(listener: (event: AccessEvent | 'missed') => void): void;
  stats(): CollabStatsSnapshot;
  /** Closes every socket with 1012 (clients reconnect elsewhere) and writes every room down. */
  close(): Promise<void>;
}

/** The ping interval is split into this many slices, each pinging its share of the sockets. */
const PING_SLICES = 10;

export function createCollabService(options: CollabOptions): CollabService {
  const { db, logger } = options;
  const relay = options.relay ?? createLocalRelay();
  const now = options.now ?? (() => new Date());
  const timings: RoomTimings = { ...DEFAULT_ROOM_TIMINGS, ...options.timings };
  const limits: ConnectionLimits = { ...DEFAULT_CONNECTION_LIMITS, ...options.limits };
  const stats = new CollabStats(options.onFanOut);
  const rooms = new Map<string, Room>();
  const appendUpdate = createUpdateBatcher(db, options.serialisedDatabase ?? false);
  const flushGrid = new FlushGrid(timings.flushMs);
  /** REST writes to the stored state of graphs not open here; a room opening waits for them. */
  const storedWrites = new Map<string, Promise<unknown>>();
  /** Rooms still writing themselves down; the next room of the graph loads after them. */
  const unloads = new Map<string, Promise<void>>();
  /** What must be in the database before the stored state of `graphId` is read or written. */
  const settled = (graphId: string) => Promise.allSettled([storedWrites.get(graphId), unloads.get(graphId)]);
  /** Every socket here, with the ping slice it belongs to (see the ping timer). */
  const connections = new Map<Connection, number>();
  let nextPingSlice = 0;
  // ws itself refuses frames far above our limit (1009) before buffering them; between
  // the two, the socket gets our 4413. No compression: connections write frames framed
  // once per broadcast straight to the socket (connection.ts), which needs ws's sender
  // never to queue.
  const wss = new WebSocketServer({ noServer: true, maxPayload: limits.maxMessageBytes * 4, perMessageDeflate: false });
  let closing = false;

  let tokenCodec: Promise<CollabTokenCodec> | undefined;
  const tokens = () => {
    if (!tokenCodec) {
      tokenCodec = (async () =>
        createCollabTokenCodec(options.tokenSecret ?? (await getOrCreateServerSecret(db, 'collab-token', newCollabTokenSecret))))();
      // A database hiccup must not poison the codec for the life of the process.
      tokenCodec.catch(() => (tokenCodec = undefined));
    }
    return tokenCodec;
  };

  const openRoom = (graphId: string): Room => {
    const existing = rooms.get(graphId);
    if (existing && !existing.isClosed) return existing;
    // The room holds the live state now; a later stored write reloads from the database.
    storedDocs.forget(graphId);
    const room = new Room(
      graphId,
      {
        db,
        appendUpdate,
        flushGrid,
        relay,
        logger,
        stats,
        timings,
        onProjectionWritten: (workspaceId) => announceGraphChanged(graphId, workspaceId),
        onUnloaded: (unloaded, written) => {
          if (rooms.get(graphId) === unloaded) rooms.delete(graphId);
          stats.rooms = rooms.size;
          const done = written.catch(() => undefined);
          unloads.set(graphId, done);
          void done.then(() => {
            if (unloads.get(graphId) === done) unloads.delete(graphId);
          });
        },
      },
      settled(graphId),
    );
    rooms.set(graphId, room);
    stats.rooms = rooms.size;
    room.ready.catch((error: unknown) => {
      if (!(error instanceof GraphGoneError)) logger.error({ err: error, graphId }, 'collab room failed to load');
      room.closePeers(error instanceof GraphGoneError ? CollabCloseCode.graphGone : CollabCloseCode.internalError, 'graph unavailable');
      void room.unload({ persist: false });
    });
    return room;
  };

  const refuse = (socket: Duplex, status: number) => {
    // A bare status: no body, no hint of what exists.
    socket.end(`HTTP/1.1 ${status} ${STATUS_CODES[status]}\r\nConnection: close\r\nCache-Control: no-store\r\nContent-Length: 0\r\n\r\n`);
    socket.destroy();
  };

  const handleUpgrade = async (request: IncomingMessage, socket: Duplex, head: Buffer) => {
    socket.on('error', () => undefined);
    if (closing) return refuse(socket, 503);
    let decision;
    try {
      decision = await authorizeUpgrade(request, {
        db,
        tokens,
        sessionIdleMs: options.sessionIdleMs,
        publicOrigin: options.publicOrigin,
        trustProxy: options.trustProxy ?? false,
        now,
      });
    } catch (error) {
      logger.error({ err: error }, 'collab upgrade check failed');
      return refuse(socket, 503);
    }
    switch (decision.kind) {
      case 'refuse':
        return refuse(socket, decision.status);
      case 'accept':
        break;
      default:
        return assertNever(decision);
    }
    if (socket.destroyed) return;
    const room = openRoom(decision.graphId);
    const release = room.hold();
    wss.handleUpgrade(request, socket, head, (ws: WebSocket) => {
      const connection = new Connection(ws, socket, room, decision.userId, decision.role, decision.sessionHash, decision.apiKeyId, { stats, logger, limits });
      connections.set(connection, nextPingSlice);
      nextPingSlice = (nextPingSlice + 1) % PING_SLICES;
      stats.connections += 1;
      ws.once('close', () => connections.delete(connection));
      room.ready.then(
        () => {
          release();
          connection.start();
        },
        (error: unknown) => {
          release();
          connection.close(error instanceof GraphGoneError ? CollabCloseCode.graphGone : CollabCloseCode.internalError, 'graph unavailable');
        },
      );
    });
  };

  // Each socket is pinged once per interval, a tenth of them per tenth of it: pinging a
  // thousand sockets in one turn is a thousand writes that hold up every fan-out behind them.
  let pingTick = 0;
  const pingTimer = setInterval(
    () => {
      const slice = pingTick;
      pingTick = (pingTick + 1) % PING_SLICES;
      for (const [connection, connectionSlice] of connections) {
        if (connectionSlice === slice && !connection.ping()) connection.close(CollabCloseCode.idleTimeout, 'no pong');
      }
    },
    (options.pingIntervalMs ?? 30_000) / PING_SLICES,
  );
  pingTimer.unref();

  /** REST writes to graphs no room here has open (replicas of their stored state). */
  const storedDocs = createStoredDocWriter(db, { serialised: options.serialisedDatabase ?? false });
  /**
   * Stored writes waiting for the graph's running one: the next transaction takes them all
   * (at 100 concurrent PUTs of one graph, one commit and one Yjs diff for the lot instead of
   * a queue of transactions on the graph's row lock).
   */
  const pendingWrites = new Map<string, { write: StoredWrite<unknown>; resolve: (stored: unknown) => void; reject: (error: unknown) => void }[]>();
  const runStoredWrites = async (graphId: string) => {
    const batch = pendingWrites.get(graphId) ?? [];
    pendingWrites.delete(graphId);
    let outcome: Awaited<ReturnType<StoredDocWriter['write']>> | undefined;
    try {
      outcome = await storedDocs.write(graphId, batch.map((entry) => entry.write));
    } catch (error) {
      if (batch.length === 1) return batch[0]!.reject(error);
      // One write's failure rolled back the batch: each on its own, so only that one fails.
      for (const entry of batch) {
        await storedDocs.write(graphId, [entry.write]).then(
          (single) => {
            if (single.update) relay.publish(graphId, { kind: 'update', update: single.update });
            entry.resolve(single.stored[0]);
          },
          entry.reject,
        );
      }
      return;
    }
    // Replicas open in other processes apply it live (published after it is durable,
    // so a replica subscribing meanwhile finds it in the database instead).
    if (outcome.update) relay.publish(graphId, { kind: 'update', update: outcome.update });
    batch.forEach((entry, index) => entry.resolve(outcome.stored[index]));
  };
  /** Queues a stored write after what must land before it; rooms opening meanwhile wait for it. */
  const queueStoredWrite = <T>(graphId: string, write: StoredWrite<T>): Promise<T> =>
    new Promise<T>((resolve, reject) => {
      let batch = pendingWrites.get(graphId);
      if (!batch) {
        pendingWrites.set(graphId, (batch = []));
        const run = settled(graphId).then(() => runStoredWrites(graphId));
        storedWrites.set(graphId, run);
        void run.finally(() => {
          if (storedWrites.get(graphId) === run) storedWrites.delete(graphId);
        });
      }
      batch.push({ write: write as StoredWrite<unknown>, resolve: resolve as (stored: unknown) => void, reject });
    });

  const accessListeners: ((event: AccessEvent | 'missed') => void)[] = [];
  const handleAccessEvent = async (event: AccessEvent) => {
    for (const listener of accessListeners) listener(event);
    switch (event.kind) {
      case 'graph-deleted': {
        storedDocs.forget(event.graphId);
        const room = rooms.get(event.graphId);
        if (!room) return;
        room.closePeers(CollabCloseCode.graphGone, 'graph deleted');
        await room.unload({ persist: false });
        return;
      }
      case 'membership': {
        const affected = [...connections.keys()].filter((c) => c.userId === event.userId && c.room.workspaceId === event.workspaceId);
        if (affected.length === 0) return;
        const membership = await findMemberWorkspace(db, event.workspaceId, event.userId);
        for (const connection of affected) {
          if (!membership) connection.close(CollabCloseCode.accessLost, 'access lost');
          // A new role is a new session: the client reopens and learns it (a viewer's canvas
          // is read-only, an editor's is not), instead of writing into the void. Writes are
          // dropped from this moment, before the close handshake completes.
          else if (membership.role !== connection.role) {
            connection.role = membership.role === 'viewer' ? 'viewer' : connection.role;
            connection.close(CollabCloseCode.roleChanged, 'role changed');
          }
        }
        return;
      }
      case 'sessions-ended': {
        for (const connection of connections.keys()) {
          if (connection.userId !== event.userId || connection.sessionHash === null) continue;
          if (event.sessionHash === undefined || connection.sessionHash === event.sessionHash) connection.close(CollabCloseCode.unauthenticated, 'session ended');
        }
        return;
      }
      case 'graph-changed':
        // For the read caches (onAccessEvent); rooms learn of writes through the doc channel.
        return;
      case 'api-key-revoked':
        // Sockets opened with the key's collab tokens; the upgrade refuses its tokens from now on.
        for (const connection of connections.keys()) {
          if (connection.userId === event.userId && connection.apiKeyId === event.keyId) connection.close(CollabCloseCode.unauthenticated, 'api key revoked');
        }
        return;
      default:
        assertNever(event);
    }
  };
  /** Synchronous here (no collab work to wait for), so a route's caches are clean before it answers. */
  const announceGraphChanged = (graphId: string, workspaceId: string | undefined) => {
    const event: AccessEvent = workspaceId === undefined ? { kind: 'graph-changed', graphId } : { kind: 'graph-changed', graphId, workspaceId };
    relay.publishAccess(event);
    for (const listener of accessListeners) listener(event);
  };
  relay.onAccess((event) => {
    handleAccessEvent(event).catch((error: unknown) => logger.error({ err: error, event }, 'collab access event failed'));
  });
  relay.onResync(() => {
    for (const listener of accessListeners) listener('missed');
    for (const room of rooms.values()) {
      if (!room.isClosed) relay.publish(room.graphId, { kind: 'sync-request', stateVector: Y.encodeStateVector(room.doc) });
    }
  });

  return {
    attach(server) {
      server.on('upgrade', (request: IncomingMessage, socket: Duplex, head: Buffer) => {
        const path = (request.url ?? '').split('?')[0] ?? '';
        if (!path.startsWith(COLLAB_PATH_PREFIX)) return refuse(socket, 404);
        void handleUpgrade(request, socket, head);
      });
    },
    async issueToken(userId, graphId, role, apiKeyId) {
      const { token, expiresAt } = (await tokens()).issue({ userId, graphId, role, ...(apiKeyId === undefined ? {} : { apiKeyId }) }, now().getTime());
      return { token, expiresAt: new Date(expiresAt) };
    },
    async beforeDocumentWrite(graphId) {
      const room = rooms.get(graphId);
      if (room && !room.isClosed) await room.flushProjection().catch(() => undefined);
    },
    async applyDocument(graphId, document) {
      const room = rooms.get(graphId);
      if (room && !room.isClosed) {
        const release = room.hold();
        try {
          await room.applyRestDocument(document);
        } finally {
          release();
        }
        return;
      }
      await queueStoredWrite(graphId, { store: async () => document, documentOf: (written) => written, document });
    },
    async writeDocument(graphId, write) {
      const room = rooms.get(graphId);
      if (room && !room.isClosed) {
        await room.flushProjection().catch(() => undefined);
        const stored = await write.store(db, { deferDocument: false, documentJson: write.documentJson });
        const document = write.documentOf(stored);
        if (document) await this.applyDocument(graphId, document);
        return stored;
      }
      return queueStoredWrite(graphId, write);
    },
    async accessChanged(workspaceId, userId) {
      const event: AccessEvent = { kind: 'membership', workspaceId, userId };
      relay.publishAccess(event);
      await handleAccessEvent(event);
    },
    async graphDeleted(graphId) {
      const event: AccessEvent = { kind: 'graph-deleted', graphId };
      relay.publishAccess(event);
      await handleAccessEvent(event);
    },
    async sessionsEnded(userId, sessionHash) {
      const event: AccessEvent = sessionHash === undefined ? { kind: 'sessions-ended', userId } : { kind: 'sessions-ended', userId, sessionHash };
      relay.publishAccess(event);
      await handleAccessEvent(event);
    },
    graphChanged: (graphId, workspaceId) => announceGraphChanged(graphId, workspaceId),
    async apiKeyRevoked(userId, keyId) {
      const event: AccessEvent = { kind: 'api-key-revoked', userId, keyId };
      relay.publishAccess(event);
      await handleAccessEvent(event);
    },
    onAccessEvent: (listener) => void accessListeners.push(listener),
    stats: () => stats.snapshot(),
    async close() {
      closing = true;
      clearInterval(pingTimer);
      for (const connection of connections.keys()) connection.close(CollabCloseCode.serverRestart, 'server restarting');
      await Promise.allSettled([...rooms.values()].map((room) => room.unload()));
      await Promise.allSettled([...storedWrites.values(), ...unloads.values()]);
      storedDocs.close();
      wss.close();
      await relay.close();
    },
  };
}
