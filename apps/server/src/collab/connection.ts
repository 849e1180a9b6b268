import type { Duplex } from 'node:stream';
import type { WorkspaceRole } from '@pc/db';
import * as decoding from 'lib0/decoding';
import type { Logger } from 'pino';
import type { WebSocket } from 'ws';
import { assertNever } from '../assert-never.js';
import { CollabCloseCode } from './close-codes.js';
import { awarenessFrame, MessageType, SyncMessageType } from './protocol.js';
import { TokenBucket } from './rate-limiter.js';
import type { Room, RoomPeer } from './room.js';
import type { CollabStats } from './stats.js';
import type { WireFrame } from './wire-frame.js';

/** Per-connection limits; see docs/collaboration.md. */
export interface ConnectionLimits {
  /** A larger message closes the socket with 4413 (ws itself cuts at 4× this with 1009). */
  maxMessageBytes: number;
  /** Sync messages (updates): burst and sustained per second. */
  syncBurst: number;
  syncPerSecond: number;
  /** Awareness messages (cursors): burst and sustained per second. */
  awarenessBurst: number;
  awarenessPerSecond: number;
  /** Frames received before the room is loaded are queued up to this many. */
  maxQueuedFrames: number;
  /** A socket whose unsent data exceeds this is cut (a reader too slow for the room). */
  maxBufferedBytes: number;
}

export const DEFAULT_CONNECTION_LIMITS: ConnectionLimits = {
  maxMessageBytes: 8 * 1024 * 1024,
  syncBurst: 200,
  syncPerSecond: 50,
  awarenessBurst: 60,
  awarenessPerSecond: 30,
  maxQueuedFrames: 1_000,
  maxBufferedBytes: 32 * 1024 * 1024,
};

export interface ConnectionDeps {
  stats: CollabStats;
  logger: Logger;
  limits: ConnectionLimits;
}

/**
 * How many bytes a socket is sent between two looks at its unsent backlog (a getter
 * through the stream's state on every frame was visible in the server's profile); the
 * limit is 32 MiB, so looking every 64 KiB loses nothing.
 */
const BACKLOG_CHECK_BYTES = 64 * 1024;

/** What a role may do on the socket: viewers read and show presence; their updates are dropped. */
const canWrite = (role: WorkspaceRole): boolean => {
  switch (role) {
    case 'owner':
    case 'editor':
      return true;
    case 'viewer':
      return false;
    default:
      return assertNever(role);
  }
};

/**
 * One authenticated socket in one room. The message listener is attached before the
 * room has loaded (a client's first SyncStep1 arrives right after the upgrade, and a
 * listener attached later would miss it: y-websocket#94); frames wait in a queue until
 * the room is ready, so no client is ever answered from a half-loaded document.
 */
export class Connection implements RoomPeer {
  readonly awarenessIds = new Set<number>();
  private readonly syncBucket: TokenBucket;
  private readonly awarenessBucket: TokenBucket;
  private queue: Buffer[] | undefined = [];
  /** Bytes sent since the backlog was last looked at; the first frame looks at once. */
  private sentSinceBacklogCheck = BACKLOG_CHECK_BYTES;
  private alive = true;
  private closed = false;

  /**
   * @param socket - the upgraded socket under `ws`: frames are written to it already framed
   *   (wire-frame.ts). ws writes its own frames (pong, close) to it directly too, never
   *   queueing them while compression is off (`perMessageDeflate: false`), so the order holds.
   */
  constructor(
    private readonly ws: WebSocket,
    private readonly socket: Duplex,
    readonly room: Room,
    readonly userId: string,
    public role: WorkspaceRole,
    /** The session the cookie named (null for a collab token): its end closes the socket. */
    readonly sessionHash: string | null,
    /** The API key a collab token was issued to (null for a cookie or a session's token): its revocation closes the socket. */
    readonly apiKeyId: string | null,
    private readonly deps: ConnectionDeps,
  ) {
    const { limits } = deps;
    this.syncBucket = new TokenBucket(limits.syncBurst, limits.syncPerSecond);
    this.awarenessBucket = new TokenBucket(limits.awarenessBurst, limits.awarenessPerSecond);
    ws.binaryType = 'nodebuffer';
    ws.on('message', (data: Buffer, isBinary: boolean) => this.receive(data, isBinary));
    ws.on('pong', () => (this.alive = true));
    ws.on('close', (code: number) => this.onClosed(code));
    ws.on('error', () => undefined);
  }

  /** Called by the manager once the room is ready: joins it and handles what was queued. */
  start(): void {
    if (this.closed) return;
    this.room.addPeer(this);
    const queued = this.queue ?? [];
    this.queue = undefined;
    for (const frame of queued) {
      if (this.closed) return;
      this.handle(frame);
    }
  }

  send(frame: WireFrame): void {
    if (this.closed || this.ws.readyState !== this.ws.OPEN) return;
    this.sentSinceBacklogCheck += frame.byteLength;
    if (this.sentSinceBacklogCheck >= BACKLOG_CHECK_BYTES) {
      this.sentSinceBacklogCheck = 0;
      if (this.socket.writableLength > this.deps.limits.maxBufferedBytes) {
        this.close(CollabCloseCode.rateLimited, 'reader too slow');
        return;
      }
    }
    this.socket.write(frame);
    this.deps.stats.framesSent += 1;
  }

  close(code: CollabCloseCode, reason: string): void {
    if (this.closed) return;
    this.deps.stats.recordClose(code);
    this.onClosed(code);
    this.ws.close(code, reason);
    // A peer that never answers the close handshake is cut after a moment.
    setTimeout(() => this.ws.terminate(), 2_000).unref();
  }

  /** Liveness: false when the previous ping got no pong (the manager then closes us). */
  ping(): boolean {
    if (!this.alive) return false;
    this.alive = false;
    if (this.ws.readyState === this.ws.OPEN) this.ws.ping();
    return true;
  }

  private onClosed(code: number): void {
    if (this.closed) return;
    this.closed = true;
    this.queue = undefined;
    this.room.removePeer(this);
    this.deps.stats.connections -= 1;
    this.deps.logger.debug({ graphId: this.room.graphId, userId: this.userId, code }, 'collab socket closed');
  }

  private receive(data: Buffer, isBinary: boolean): void {
    if (this.closed) return;
    this.deps.stats.messagesIn += 1;
    if (!isBinary) return this.close(CollabCloseCode.malformed, 'text frame');
    if (data.byteLength > this.deps.limits.maxMessageBytes) return this.close(CollabCloseCode.messageTooLarge, 'message too large');
    if (this.queue) {
      if (this.queue.length >= this.deps.limits.maxQueuedFrames) return this.close(CollabCloseCode.rateLimited, 'too many messages before sync');
      this.queue.push(data);
      return;
    }
    this.handle(data);
  }

  private handle(data: Buffer): void {
    try {
      const decoder = decoding.createDecoder(new Uint8Array(data.buffer, data.byteOffset, data.byteLength));
      const type = decoding.readVarUint(decoder);
      switch (type) {
        case MessageType.sync:
          if (!this.syncBucket.take()) return this.close(CollabCloseCode.rateLimited, 'too many updates');
          return this.handleSync(decoder);
        case MessageType.awareness:
          if (!this.awarenessBucket.take()) return this.close(CollabCloseCode.rateLimited, 'too many awareness updates');
          return this.room.applyPeerAwareness(decoding.readVarUint8Array(decoder), this);
        case MessageType.queryAwareness:
          return this.send(awarenessFrame(this.room.awareness));
        case MessageType.auth:
          return; // clients never send it; harmless
        default:
          return this.close(CollabCloseCode.malformed, 'unknown message type');
      }
    } catch (error) {
      // A malformed frame closes this socket only; the room and everyone else go on.
      this.deps.logger.warn({ err: error, graphId: this.room.graphId, userId: this.userId }, 'malformed collab frame');
      this.close(CollabCloseCode.malformed, 'malformed message');
    }
  }

  private handleSync(decoder: decoding.Decoder): void {
    const syncType = decoding.readVarUint(decoder);
    switch (syncType) {
      case SyncMessageType.step1:
        return this.send(this.room.syncStep2For(decoding.readVarUint8Array(decoder)));
      case SyncMessageType.step2:
      case SyncMessageType.update: {
        const update = decoding.readVarUint8Array(decoder);
        if (!canWrite(this.role)) {
          // Dropped silently, socket kept: the viewer's canvas is read-only, and a stray
          // write (an old tab, a modified client) must not cost them the live view.
          this.deps.stats.viewerWritesDropped += 1;
          return;
        }
        return this.room.applyPeerUpdate(update, this);
      }
      default:
        throw new Error(`unknown sync message type ${syncType}`);
    }
  }
}
