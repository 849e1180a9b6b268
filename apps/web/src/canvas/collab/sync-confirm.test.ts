import { describe, expect, it } from 'vitest';
import * as Y from 'yjs';
import { createSyncConfirmer, isSyncStep2Frame, type SocketLike } from './sync-confirm.js';

class FakeSocket implements SocketLike {
  readyState = 1;
  sent: Uint8Array[] = [];
  private listeners = new Map<string, ((event: { data?: unknown }) => void)[]>();
  send(data: Uint8Array) {
    this.sent.push(data);
  }
  addEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.listeners.set(type, [...(this.listeners.get(type) ?? []), listener]);
  }
  removeEventListener(type: string, listener: (event: { data?: unknown }) => void) {
    this.listeners.set(type, (this.listeners.get(type) ?? []).filter((l) => l !== listener));
  }
  emit(type: string, data?: unknown) {
    for (const listener of this.listeners.get(type) ?? []) listener({ data });
  }
}

const step2 = Uint8Array.of(0, 1, 0);
const update = Uint8Array.of(0, 2, 0);

describe('confirming the server holds every local edit', () => {
  it('recognises a SyncStep2 frame, nothing else', () => {
    expect(isSyncStep2Frame(step2.buffer)).toBe(true);
    expect(isSyncStep2Frame(update)).toBe(false);
    expect(isSyncStep2Frame(Uint8Array.of(1, 1))).toBe(false);
    expect(isSyncStep2Frame('text')).toBe(false);
  });

  it('sends a SyncStep1 with the local state vector and resolves on the answer, in order', async () => {
    const socket = new FakeSocket();
    const ydoc = new Y.Doc();
    ydoc.getMap('m').set('k', 1);
    const confirmer = createSyncConfirmer(socket, ydoc);
    const first = confirmer.confirm(1_000);
    const second = confirmer.confirm(1_000);
    expect(socket.sent).toHaveLength(2);
    expect([...socket.sent[0]!.slice(0, 2)]).toEqual([0, 0]);
    // Updates from others are not answers.
    socket.emit('message', update.buffer);
    expect(confirmer.pending).toBe(2);
    socket.emit('message', step2.buffer);
    expect(await first).toBe(true);
    expect(confirmer.pending).toBe(1);
    socket.emit('close');
    expect(await second).toBe(false);
  });

  it('is false at once on a socket that is not open, and false after the timeout', async () => {
    const socket = new FakeSocket();
    const confirmer = createSyncConfirmer(socket, new Y.Doc());
    const late = confirmer.confirm(10);
    expect(await late).toBe(false);
    // The late answer fills the timed-out slot; the next question waits for its own answer.
    const next = confirmer.confirm(1_000);
    socket.emit('message', step2);
    socket.emit('message', step2);
    expect(await next).toBe(true);
    socket.readyState = 3;
    expect(await confirmer.confirm(1_000)).toBe(false);
  });
});
