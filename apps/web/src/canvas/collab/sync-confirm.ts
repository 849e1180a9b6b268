import * as encoding from 'lib0/encoding';
import { writeSyncStep1 } from 'y-protocols/sync';
import type * as Y from 'yjs';

/** The part of a browser WebSocket this module uses (a fake in tests). */
export interface SocketLike {
  readonly readyState: number;
  send(data: Uint8Array): void;
  addEventListener(type: 'message' | 'close', listener: (event: { data?: unknown }) => void): void;
  removeEventListener(type: 'message' | 'close', listener: (event: { data?: unknown }) => void): void;
}

const OPEN = 1;
const MESSAGE_SYNC = 0;
const SYNC_STEP_2 = 1;

/** A y-websocket frame `sync • step 2 • …`: the server's answer to a SyncStep1. */
export const isSyncStep2Frame = (data: unknown): boolean => {
  const bytes = data instanceof ArrayBuffer ? new Uint8Array(data) : data instanceof Uint8Array ? data : null;
  return bytes !== null && bytes.length >= 2 && bytes[0] === MESSAGE_SYNC && bytes[1] === SYNC_STEP_2;
};

/**
 * Proof that the server holds every local edit: a SyncStep1 on the same socket, and its
 * SyncStep2 answer. The server handles a socket's frames in order, so once the answer
 * arrives every update sent before the question is applied there (and in its update log
 * ≤ 100 ms later). y-websocket has no acknowledgement of its own; this reuses the protocol.
 *
 * Call only after the provider's own first sync on `socket`, so the only SyncStep2 frames
 * still to come are answers to these questions (answered first in, first out).
 */
export const createSyncConfirmer = (socket: SocketLike, ydoc: Y.Doc) => {
  const waiting: ((ok: boolean) => void)[] = [];
  const onMessage = (event: { data?: unknown }) => {
    if (isSyncStep2Frame(event.data)) waiting.shift()?.(true);
  };
  const onClose = () => {
    for (const resolve of waiting.splice(0)) resolve(false);
  };
  socket.addEventListener('message', onMessage);
  socket.addEventListener('close', onClose);

  return {
    /** Resolves true when the server answered, false when the socket closed or `timeoutMs` passed. */
    confirm: (timeoutMs: number): Promise<boolean> => {
      if (socket.readyState !== OPEN) return Promise.resolve(false);
      return new Promise<boolean>((resolve) => {
        let settled = false;
        const settle = (ok: boolean) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          resolve(ok);
        };
        // A late answer still shifts this slot, so the next question is not answered by it.
        const timer = setTimeout(() => settle(false), timeoutMs);
        waiting.push(settle);
        const encoder = encoding.createEncoder();
        encoding.writeVarUint(encoder, MESSAGE_SYNC);
        writeSyncStep1(encoder, ydoc);
        socket.send(encoding.toUint8Array(encoder));
      });
    },
    get pending() {
      return waiting.length;
    },
    destroy: () => {
      socket.removeEventListener('message', onMessage);
      socket.removeEventListener('close', onClose);
      onClose();
    },
  };
};

export type SyncConfirmer = ReturnType<typeof createSyncConfirmer>;
