import * as encoding from 'lib0/encoding';
import { encodeAwarenessUpdate, type Awareness } from 'y-protocols/awareness';
import * as syncProtocol from 'y-protocols/sync';
import type * as Y from 'yjs';

/**
 * The y-websocket wire protocol (y-protocols PROTOCOL.md): every frame is
 * `varUint(messageType) • payload`. Only what the server sends and dispatches on lives
 * here; the sync payloads themselves are y-protocols' own.
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
export function syncStep1Frame(doc: Y.Doc): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep1(encoder, doc);
  return encoding.toUint8Array(encoder);
}

/** `[sync, step2, diff]`: the answer to a peer's step 1 carrying `stateVector`. */
export function syncStep2Frame(doc: Y.Doc, stateVector: Uint8Array): Uint8Array {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeSyncStep2(encoder, doc, stateVector);
  return encoding.toUint8Array(encoder);
}

/** Whether a state vector is empty (a client that has nothing yet: every fresh join). */
export const isEmptyStateVector = (stateVector: Uint8Array): boolean => stateVector.length === 1 && stateVector[0] === 0;

/**
 * `[sync, update, update]`: an incremental update for every other peer. Encoded once per
 * room and handed to every socket as the same Buffer (ws sends a Buffer as is; any other
 * view it wraps in a new Buffer per socket).
 */
export function updateFrame(update: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.sync);
  syncProtocol.writeUpdate(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}

/** The same bytes as a Buffer, without a copy. */
const asBuffer = (bytes: Uint8Array): Buffer => Buffer.from(bytes.buffer, bytes.byteOffset, bytes.byteLength);

/** `[awareness, awarenessUpdate]` for the given clients (all known states by default). */
export function awarenessFrame(awareness: Awareness, clients: number[] = [...awareness.getStates().keys()]): Buffer {
  return awarenessFrameFromUpdate(encodeAwarenessUpdate(awareness, clients));
}

/** `[awareness, awarenessUpdate]`: one per room and tick, sent to every peer as the same Buffer. */
export function awarenessFrameFromUpdate(update: Uint8Array): Buffer {
  const encoder = encoding.createEncoder();
  encoding.writeVarUint(encoder, MessageType.awareness);
  encoding.writeVarUint8Array(encoder, update);
  return asBuffer(encoding.toUint8Array(encoder));
}
