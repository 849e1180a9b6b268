import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';
import { wireFrame, type WireFrame } from './wire-frame.js';

/**
 * The y-websocket wire protocol (y-protocols PROTOCOL.md): every message is
 * `varUint(messageType) • payload`. Only what the server sends and dispatches on lives
 * here; the sync payloads themselves are y-protocols' own. What the server sends is
 * returned as a complete WebSocket frame (wire-frame.ts), written to the sockets as is.
 */
export const MessageType = {
  sync: 0,
  awareness: 1,
  auth: 2,
  queryAwareness: 3,
} as const;

export const SyncMessageType = {
  step1: syncProtocol.messageYjsSyncStep1,
  step2: syncProtocol.messageYjsSyncStep2,
  update: syncProtocol.messageYjsUpdate,
} as const;

/** `[sync, step1, stateVector]`: "send me what I lack". */
export function syncStep1Frame(doc: Y.Doc): WireFrame {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return wireFrame(encoding.toUint8Array(encoder));
}

/** `[sync, step2, diff]`: the answer to a peer's step 1 carrying `stateVector`. */
export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): WireFrame {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return wireFrame(encoding.toUint8Array(encoder));
}

/** Whether a state vector is empty (a client that has nothing yet: every fresh join). */
export const isEmptyStateVector = (stateVector: Uint8Array): boolean => stateVector.length === 1 && stateVector[0] === 0;

/** `[sync, update, update]`: an incremental update, framed once per room for every other peer. */
export function updateFrame(update: Uint8Array): WireFrame {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return wireFrame(encoding.toUint8Array(encoder));
}

/** `[awareness, awarenessUpdate]` for the given clients (all known states by default). */
export function awarenessFrame(awareness: Awareness, clients: number[] = [...awareness.getStates().keys()]): WireFrame {
  return awarenessFrameFromUpdate(encodeAwarenessUpdate(awareness, clients));
}

/** `[awareness, awarenessUpdate]`: one per room and tick, sent to every peer as the same frame. */
export function awarenessFrameFromUpdate(update: Uint8Array): WireFrame {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return wireFrame(encoding.toUint8Array(encoder));
}
