import { writeGraphProjection, type Db } from '@pc/db';
import { repairGraphDoc, SERVER_ORIGIN, toGraphDocument } from '@pc/document';
import type { GraphDocument } from '@pc/graph';
import type { Logger } from 'pino';
import { applyAwarenessUpdate, Awareness, encodeAwarenessUpdate, removeAwarenessStates } from 'y-protocols/awareness';
import * as Y from 'yjs';
import { assertNever } from '../assert-never.js';
import { CollabCloseCode } from './close-codes.js';
import { applyRestDocument, compactStoredDoc, GraphGoneError, LOAD_ORIGIN, loadStoredDoc, mergeForLog } from './doc-store.js';
import { awarenessFrame, awarenessFrameFromUpdate, isEmptyStateVector, syncStep1Frame, syncStep2Frame, updateFrame } from './protocol.js';
import type { Relay, RelayMessage } from './relay.js';
import type { CollabStats } from './stats.js';
import { Debounce } from './debounce.js';
import type { FlushGrid } from './flush-grid.js';
import type { AppendUpdate } from './update-batcher.js';
import type { WireFrame } from './wire-frame.js';

/** Updates applied from another process: fanned out here, persisted by the process that received them. */
export const RELAY_ORIGIN = Symbol('collab-relay');

/** Timings of a room; tests shorten them. */
export interface RoomTimings {
  /** An update is in the database at most this long (+ one insert) after it was applied. */
  flushMs: number;
  /** A pending batch this large is written at once. */
  flushBytes: number;
  /** The JSON projection is written this long after the last change… */
  projectionDebounceMs: number;
  /** …and at most this long after the first unwritten one, however busy the room. */
  projectionMaxWaitMs: number;
  /** The repair routine runs this long after the last remote update. */
  repairDebounceMs: number;
  /** A room nobody uses is unloaded after this long. */
  unloadAfterMs: number;
  /** Log rows (or bytes) since the last snapshot that trigger a compaction. */
  compactAfterRows: number;
  compactAfterBytes: number;
}

/** Awareness changes are broadcast at most this often (the clients throttle theirs to 30 Hz). */
const AWARENESS_BROADCAST_MS = 33;

export const DEFAULT_ROOM_TIMINGS: RoomTimings = {
  flushMs: 100,
  flushBytes: 256 * 1024,
  projectionDebounceMs: 2_000,
  projectionMaxWaitMs: 10_000,
  repairDebounceMs: 500,
  unloadAfterMs: 30_000,
  compactAfterRows: 500,
  compactAfterBytes: 1024 * 1024,
};

/** What the room needs from a connected socket (see connection.ts). */
export interface RoomPeer {
  readonly userId: string;
  /** Awareness client ids this socket announced; removed when it leaves. */
  readonly awarenessIds: Set<number>;
  /** Writes a complete WebSocket frame; a broadcast hands every peer the same one. */
  send(frame: WireFrame): void;
  close(code: CollabCloseCode, reason: string): void;
}

export interface RoomDeps {
  db: Db;
  /** Appends a flush to the update log (batched with other rooms' flushes: update-batcher.ts). */
  appendUpdate: AppendUpdate;
  /** The flush ticks shared by every room (every `timings.flushMs`). */
  flushGrid: FlushGrid;
  relay: Relay;
  logger: Logger;
  stats: CollabStats;
  timings: RoomTimings;
  /** The projection took a new revision (the server's read caches must hear of it). */
  onProjectionWritten: (workspaceId: string | undefined) => void;
  /**
   * Called when the room starts unloading (the manager forgets it); `written` settles once
   * everything is written down, and a new room for the graph waits for it before loading.
   */
  onUnloaded: (room: Room, written: Promise<void>) => void;
}

/**
 * One open graph: its Y.Doc (loaded from the database before any client is answered),
 * the awareness of the people in it, and the sockets connected to it. Owns the
 * durability of what its own clients and REST writes change: the update log (flushed
 * every ≤ flushMs), compaction, the debounced JSON projection and the server's repair.
 */
export class Room {
  readonly doc = new Y.Doc();
  readonly awareness = new Awareness(this.doc);
  readonly peers = new Set<RoomPeer>();
  /** Resolves once the stored state is loaded; rejects with GraphGoneError or a database error. */
  readonly ready: Promise<void>;
  workspaceId: string | undefined;

  /** The whole document as a step-2 frame, for joiners with nothing yet; dropped on every update. */
  private fullStateFrame: WireFrame | undefined;
  private pending: Uint8Array[] = [];
  private pendingBytes = 0;
  /** Takes back this room's flush on the next grid tick; set while one is scheduled. */
  private cancelTickFlush: (() => void) | undefined;
  /** A failed flush is retried on this. */
  private flushRetryTimer: NodeJS.Timeout | undefined;
  private flushChain: Promise<void> = Promise.resolve();
  private rowsSinceCompaction = 0;
  private bytesSinceCompaction = 0;

  private projectionDirty = false;
  private projectionGeneration = 0;
  /** Touched on every change: per-update work is one clock read, the write happens on its timer. */
  private readonly projectionDebounce: Debounce;
  /** A failed projection write is retried on this. */
  private projectionRetryTimer: NodeJS.Timeout | undefined;
  private projectionChain: Promise<void> = Promise.resolve();

  /** Awareness client ids changed since the last broadcast tick. */
  private readonly awarenessPending = new Set<number>();
  private awarenessTimer: NodeJS.Timeout | undefined;

  private readonly repairDebounce: Debounce;
  private unloadTimer: NodeJS.Timeout | undefined;
  /** REST writes and connecting sockets that keep the room loaded without being peers yet. */
  private holds = 0;
  private closed = false;

  constructor(
    readonly graphId: string,
    private readonly deps: RoomDeps,
    /** Settles before loading: a write to the stored state of this graph, or the previous room's unload, still in flight. */
    before: Promise<unknown> = Promise.resolve(),
  ) {
    const { projectionDebounceMs, projectionMaxWaitMs, repairDebounceMs } = deps.timings;
    this.projectionDebounce = new Debounce(() => void this.writeProjection(), projectionDebounceMs, projectionMaxWaitMs);
    this.repairDebounce = new Debounce(this.repair, repairDebounceMs);
    // The awareness of the server itself is empty: it is a relay, not a participant.
    this.awareness.setLocalState(null);
    this.doc.on('update', this.onUpdate);
    this.awareness.on('update', this.onAwarenessUpdate);
    this.ready = this.load(before);
    this.ready.catch(() => undefined);
  }

  private async load(before: Promise<unknown>): Promise<void> {
    await before.catch(() => undefined);
    // Subscribe first, load second: whatever another process publishes after the
    // subscription arrives here, whatever it persisted before is in what we load; the
    // sync request then fetches what it holds but has not persisted yet.
    await this.deps.relay.join(this.graphId, this.onRelayMessage);
    const { workspaceId } = await loadStoredDoc(this.deps.db, this.graphId, this.doc);
    this.workspaceId = workspaceId;
    // A process killed between persisting updates (≤ 100 ms) and projecting them (2 s
    // debounce) leaves graphs.document behind the log: re-project once after loading
    // (a no-op write when they agree), so REST reads and runs catch up.
    this.markProjectionDirty();
    this.deps.relay.publish(this.graphId, { kind: 'sync-request', stateVector: Y.encodeStateVector(this.doc) });
  }

  // ── peers ──────────────────────────────────────────────────────────────────────────

  /** Keeps the room loaded while a socket is being set up or a REST write is applied. */
  hold(): () => void {
    this.holds += 1;
    this.cancelUnload();
    let released = false;
    return () => {
      if (released) return;
      released = true;
      this.holds -= 1;
      this.scheduleUnloadIfIdle();
    };
  }

  /** Adds a socket once the room is ready: it gets our state vector and everyone's presence. */
  addPeer(peer: RoomPeer): void {
    this.peers.add(peer);
    this.cancelUnload();
    peer.send(syncStep1Frame(this.doc));
    if (this.awareness.getStates().size > 0) peer.send(awarenessFrame(this.awareness));
  }

  removePeer(peer: RoomPeer): void {
    if (!this.peers.delete(peer)) return;
    // Their cursors disappear for everyone at once, not after the 30 s awareness timeout.
    if (peer.awarenessIds.size > 0) removeAwarenessStates(this.awareness, [...peer.awarenessIds], null);
    this.scheduleUnloadIfIdle();
  }

  /**
   * The answer to a peer's sync step 1. A join storm (a hundred people opening the graph
   * a meeting is about) encodes the document once, not once per person.
   */
  syncStep2For(stateVector: Uint8Array): WireFrame {
    if (!isEmptyStateVector(stateVector)) return syncStep2Frame(this.doc, stateVector);
    return (this.fullStateFrame ??= syncStep2Frame(this.doc, stateVector));
  }

  /** Applies a document update a peer sent (the caller has checked it may write). */
  applyPeerUpdate(update: Uint8Array, peer: RoomPeer): void {
    Y.applyUpdate(this.doc, update, peer);
    this.deps.stats.updatesApplied += 1;
  }

  applyPeerAwareness(update: Uint8Array, peer: RoomPeer): void {
    applyAwarenessUpdate(this.awareness, update, peer);
  }

  /** Closes every socket with `code` (graph deleted, server stopping). */
  closePeers(code: CollabCloseCode, reason: string): void {
    for (const peer of [...this.peers]) peer.close(code, reason);
  }

  // ── REST writes ────────────────────────────────────────────────────────────────────

  /**
   * Makes the live document equal to a document a REST write stored (PUT, restore):
   * the smallest diff, under the server's origin, so connected editors see it at once
   * and what they type meanwhile merges. That document is already the projection, so
   * the projection stays clean unless something else changed meanwhile.
   */
  async applyRestDocument(document: GraphDocument): Promise<void> {
    await this.ready;
    const wasClean = !this.projectionDirty;
    applyRestDocument(this.doc, document);
    if (wasClean) this.markProjectionClean();
    await this.flush();
  }

  /** Writes the projection now if it is behind (before a REST write compares revisions). */
  async flushProjection(): Promise<void> {
    await this.ready;
    if (this.projectionDirty) await this.writeProjection();
  }

  // ── document updates ───────────────────────────────────────────────────────────────

  private readonly onUpdate = (update: Uint8Array, origin: unknown): void => {
    this.fullStateFrame = undefined;
    if (origin === LOAD_ORIGIN) return;
    const started = performance.now();
    const frame = updateFrame(update);
    // The sender has it already: echoing costs 1/N of the egress for nothing.
    for (const peer of this.peers) if (peer !== origin) peer.send(frame);
    if (this.peers.size > 0) this.deps.stats.recordFanOut(performance.now() - started);

    this.markProjectionDirty();
    if (origin === RELAY_ORIGIN) return;
    this.deps.relay.publish(this.graphId, { kind: 'update', update });
    this.pending.push(update);
    this.pendingBytes += update.byteLength;
    if (this.pendingBytes >= this.deps.timings.flushBytes) void this.flush();
    // On the next tick of the grid shared by every room (≤ flushMs away): busy rooms flush
    // in the same turn and the batcher writes them as one insert.
    else this.cancelTickFlush ??= this.deps.flushGrid.schedule(this.flushOnTick);
    if (origin !== SERVER_ORIGIN) this.scheduleRepair();
  };

  private readonly onRelayMessage = (message: RelayMessage): void => {
    if (this.closed) return;
    switch (message.kind) {
      case 'update':
      case 'sync-reply':
        Y.applyUpdate(this.doc, message.update, RELAY_ORIGIN);
        return;
      case 'awareness':
        applyAwarenessUpdate(this.awareness, message.update, RELAY_ORIGIN);
        return;
      case 'sync-request': {
        const diff = Y.encodeStateAsUpdate(this.doc, message.stateVector);
        // An update with no structs and no deletions is two zero bytes.
        if (diff.byteLength > 2) this.deps.relay.publish(this.graphId, { kind: 'sync-reply', update: diff });
        return;
      }
      default:
        assertNever(message);
    }
  };

  private readonly onAwarenessUpdate = (
    { added, updated, removed }: { added: number[]; updated: number[]; removed: number[] },
    origin: unknown,
  ): void => {
    const changed = [...added, ...updated, ...removed];
    if (changed.length === 0) return;
    if (origin && typeof origin === 'object' && this.peers.has(origin as RoomPeer)) {
      const ids = (origin as RoomPeer).awarenessIds;
      for (const id of [...added, ...updated]) ids.add(id);
      for (const id of removed) ids.delete(id);
    }
    if (origin !== RELAY_ORIGIN) this.deps.relay.publish(this.graphId, { kind: 'awareness', update: encodeAwarenessUpdate(this.awareness, changed) });
    for (const id of changed) this.awarenessPending.add(id);
    this.awarenessTimer ??= setTimeout(this.broadcastAwareness, AWARENESS_BROADCAST_MS);
  };

  /**
   * Sends the awareness changes of the last tick to every peer as one frame. Every client
   * renews its presence every 15 s, so a room of N people costs N² frames per 15 s when each
   * change is sent on its own (seconds of event loop at 100 per room); per tick it is N
   * frames. Senders get their own state back: same clock, a no-op for them.
   */
  private readonly broadcastAwareness = (): void => {
    this.awarenessTimer = undefined;
    if (this.closed || this.awarenessPending.size === 0) return;
    const frame = awarenessFrameFromUpdate(encodeAwarenessUpdate(this.awareness, [...this.awarenessPending]));
    this.awarenessPending.clear();
    for (const peer of this.peers) peer.send(frame);
  };

  // ── durability ─────────────────────────────────────────────────────────────────────

  private readonly flushOnTick = (): void => {
    this.cancelTickFlush = undefined;
    void this.flush();
  };

  /** Writes pending updates (one row), after any flush already under way. */
  flush(): Promise<void> {
    this.cancelTickFlush?.();
    this.cancelTickFlush = undefined;
    clearTimeout(this.flushRetryTimer);
    this.flushRetryTimer = undefined;
    this.flushChain = this.flushChain.then(() => this.writePending());
    return this.flushChain;
  }

  private async writePending(): Promise<void> {
    if (this.pending.length === 0) return;
    const batch = this.pending;
    const bytes = this.pendingBytes;
    this.pending = [];
    this.pendingBytes = 0;
    try {
      await this.deps.appendUpdate(this.graphId, mergeForLog(batch));
      this.deps.stats.flushes += 1;
      this.rowsSinceCompaction += 1;
      this.bytesSinceCompaction += bytes;
    } catch (error) {
      // Keep them (in order, before anything newer) and try again: the clients still
      // hold these updates too, but a restart of theirs would lose them.
      this.pending = [...batch, ...this.pending];
      this.pendingBytes += bytes;
      this.deps.stats.flushFailures += 1;
      this.deps.logger.error({ err: error, graphId: this.graphId, updates: batch.length }, 'collab flush failed; retrying');
      if (!this.closed) this.flushRetryTimer ??= setTimeout(() => void this.flush(), 1_000);
      return;
    }
    const { compactAfterRows, compactAfterBytes } = this.deps.timings;
    if (this.rowsSinceCompaction >= compactAfterRows || this.bytesSinceCompaction >= compactAfterBytes) await this.compact();
  }

  private async compact(): Promise<void> {
    try {
      await compactStoredDoc(this.deps.db, this.graphId, this.doc);
      this.rowsSinceCompaction = 0;
      this.bytesSinceCompaction = 0;
      this.deps.stats.compactions += 1;
    } catch (error) {
      this.deps.logger.error({ err: error, graphId: this.graphId }, 'collab compaction failed');
    }
  }

  private markProjectionDirty(): void {
    this.projectionGeneration += 1;
    this.projectionDirty = true;
    if (!this.closed) this.projectionDebounce.touch();
  }

  private markProjectionClean(): void {
    this.projectionDirty = false;
    this.projectionDebounce.cancel();
    clearTimeout(this.projectionRetryTimer);
    this.projectionRetryTimer = undefined;
  }

  /** Writes the JSON projection (REST, exports and runs read it); chained, never two at once. */
  private writeProjection(): Promise<void> {
    this.projectionChain = this.projectionChain.then(async () => {
      if (!this.projectionDirty) return;
      const generation = this.projectionGeneration;
      const document = toGraphDocument(this.doc);
      try {
        const result = await writeGraphProjection(this.deps.db, this.graphId, document);
        switch (result.kind) {
          case 'written':
            this.deps.stats.projectionsWritten += 1;
            this.deps.onProjectionWritten(this.workspaceId);
            break;
          case 'unchanged':
            break;
          case 'not_found':
            // Deleted while open (by a process that could not tell us): close as if told.
            this.closePeers(CollabCloseCode.graphGone, 'graph deleted');
            break;
          default:
            assertNever(result);
        }
        if (generation === this.projectionGeneration) this.markProjectionClean();
      } catch (error) {
        this.deps.logger.error({ err: error, graphId: this.graphId }, 'collab projection failed; retrying');
        if (!this.closed) this.projectionRetryTimer = setTimeout(() => void this.writeProjection(), 1_000);
      }
    });
    return this.projectionChain;
  }

  /** Only the server repairs (deletes links the derived view hides), under its own origin. */
  private scheduleRepair(): void {
    if (!this.closed) this.repairDebounce.touch();
  }

  private readonly repair = (): void => {
    if (this.closed) return;
    try {
      repairGraphDoc(this.doc, SERVER_ORIGIN);
    } catch (error) {
      this.deps.logger.error({ err: error, graphId: this.graphId }, 'collab repair failed');
    }
  };

  // ── lifecycle ──────────────────────────────────────────────────────────────────────

  private cancelUnload(): void {
    clearTimeout(this.unloadTimer);
    this.unloadTimer = undefined;
  }

  private scheduleUnloadIfIdle(): void {
    if (this.closed || this.peers.size > 0 || this.holds > 0) return;
    this.cancelUnload();
    this.unloadTimer = setTimeout(() => void this.unload(), this.deps.timings.unloadAfterMs);
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /**
   * Writes everything down and forgets the graph: pending updates, the projection, a
   * compaction (folding in this replica, see compactStoredDoc). With `persist: false`
   * (the graph was deleted) it only lets go.
   */
  async unload({ persist = true }: { persist?: boolean } = {}): Promise<void> {
    if (this.closed) return;
    this.closed = true;
    this.cancelUnload();
    this.repairDebounce.cancel();
    this.projectionDebounce.cancel();
    clearTimeout(this.projectionRetryTimer);
    clearTimeout(this.awarenessTimer);
    const written = this.writeDown(persist);
    this.deps.onUnloaded(this, written);
    await written;
  }

  private async writeDown(persist: boolean): Promise<void> {
    const loaded = await this.ready.then(
      () => true,
      () => false,
    );
    if (persist && loaded) {
      await this.flush();
      if (this.projectionDirty) await this.writeProjection();
      if (this.rowsSinceCompaction > 0) await this.compact();
    }
    this.cancelTickFlush?.();
    clearTimeout(this.flushRetryTimer);
    await this.deps.relay.leave(this.graphId).catch(() => undefined);
    this.awareness.destroy();
    this.doc.destroy();
  }
}

export { GraphGoneError };
