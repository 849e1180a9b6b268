import { describe, expect, it } from 'vitest';
import {
  CloseCode,
  describeConnection,
  hasUnconfirmedEdits,
  initialConnectionState,
  OFFLINE_AFTER_FAILURES,
  reduceConnection,
  type ConnectionEvent,
  type ConnectionState,
} from './connection-state.js';

const run = (events: ConnectionEvent[], start: ConnectionState = initialConnectionState(false)) => events.reduce(reduceConnection, start);
const status = (state: ConnectionState) => describeConnection(state).status;

describe('the connection state', () => {
  it('is connecting until the first sync, then connected', () => {
    const connecting = run([{ kind: 'status', status: 'connecting' }, { kind: 'status', status: 'connected' }]);
    expect(status(connecting)).toBe('connecting');
    const synced = reduceConnection(connecting, { kind: 'synced' });
    expect(status(synced)).toBe('connected');
    expect(describeConnection(synced).inSync).toBe(true);
  });

  it('says read-only for a viewer once synced', () => {
    const state = run([{ kind: 'status', status: 'connected' }, { kind: 'synced' }], initialConnectionState(true));
    expect(status(state)).toBe('read-only');
  });

  it('tracks local edits until the server confirms them', () => {
    let state = run([{ kind: 'synced' }, { kind: 'local-edit' }, { kind: 'local-edit' }]);
    expect(hasUnconfirmedEdits(state)).toBe(true);
    expect(describeConnection(state)).toMatchObject({ status: 'connected', label: 'Syncing…', inSync: false });
    // A confirmation asked after the first edit covers only that one.
    state = reduceConnection(state, { kind: 'confirmed', edits: 1 });
    expect(hasUnconfirmedEdits(state)).toBe(true);
    state = reduceConnection(state, { kind: 'confirmed', edits: 2 });
    expect(hasUnconfirmedEdits(state)).toBe(false);
    // A late, older confirmation never moves it back.
    expect(reduceConnection(state, { kind: 'confirmed', edits: 1 })).toBe(state);
  });

  it('reconnects after a drop, and calls it offline after repeated failures or when the browser is offline', () => {
    const synced = run([{ kind: 'status', status: 'connected' }, { kind: 'synced' }]);
    let state = run([{ kind: 'status', status: 'disconnected' }, { kind: 'socket-closed' }], synced);
    expect(status(state)).toBe('reconnecting');
    for (let i = 1; i < OFFLINE_AFTER_FAILURES; i++) state = run([{ kind: 'status', status: 'connecting' }, { kind: 'socket-closed' }], state);
    expect(status(state)).toBe('offline');
    expect(describeConnection(state).detail).toMatch(/kept on this device/);
    // Synced again: the failures are forgotten.
    state = run([{ kind: 'status', status: 'connected' }, { kind: 'synced' }], state);
    expect(state.failures).toBe(0);
    expect(status(state)).toBe('connected');

    const dropped = run([{ kind: 'status', status: 'disconnected' }, { kind: 'socket-closed' }, { kind: 'network', online: false }], synced);
    expect(status(dropped)).toBe('offline');
  });

  it('keeps edits made offline unconfirmed until a sync round trip after reconnecting', () => {
    const away = run([{ kind: 'synced' }, { kind: 'status', status: 'disconnected' }, { kind: 'socket-closed' }, { kind: 'local-edit' }]);
    expect(hasUnconfirmedEdits(away)).toBe(true);
    const back = run([{ kind: 'status', status: 'connected' }, { kind: 'synced' }], away);
    expect(describeConnection(back).inSync).toBe(false);
    expect(describeConnection(reduceConnection(back, { kind: 'confirmed', edits: 1 })).inSync).toBe(true);
  });

  it('treats 4400–4499 as final: no access, deleted, signed out, role changed; nothing after it changes that', () => {
    const synced = run([{ kind: 'synced' }]);
    const cases: [number, string][] = [
      [CloseCode.accessLost, 'no-access'],
      [CloseCode.graphGone, 'deleted'],
      [CloseCode.unauthenticated, 'signed-out'],
      [CloseCode.roleChanged, 'reopening'],
      [CloseCode.rateLimited, 'refused'],
    ];
    for (const [code, expected] of cases) {
      const closed = reduceConnection(synced, { kind: 'closed', code, reason: '' });
      expect(status(closed)).toBe(expected);
      expect(run([{ kind: 'status', status: 'connecting' }, { kind: 'synced' }, { kind: 'socket-closed' }], closed)).toBe(closed);
    }
  });
});
