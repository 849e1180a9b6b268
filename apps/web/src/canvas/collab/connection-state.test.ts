import { describe, expect, it } from 'vitest';
import {
  canOpenFromCache,
  CloseCode,
  describeConnection,
  hasUnconfirmedEdits,
  initialConnectionState,
  isLockedOut,
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

  it('says it cannot reach the server when the first sync is slow, and opens the cached copy only then', () => {
    const cached = run([{ kind: 'cache-loaded', hasCopy: true }, { kind: 'status', status: 'connecting' }]);
    expect(status(cached)).toBe('connecting');
    // A copy on this device is not shown while the server may still answer: no canvas that changes under you.
    expect(canOpenFromCache(cached)).toBe(false);
    const slow = reduceConnection(cached, { kind: 'first-sync-slow' });
    expect(describeConnection(slow)).toMatchObject({ status: 'unreachable', tone: 'warning' });
    expect(describeConnection(slow).detail).toMatch(/retrying.*copy kept on this device/);
    expect(canOpenFromCache(slow)).toBe(true);
    // A socket that is open but slow to sync (a large graph on a slow line) is still connecting.
    const slowSync = run([{ kind: 'status', status: 'connected' }, { kind: 'first-sync-slow' }], cached);
    expect(status(slowSync)).toBe('connecting');
    expect(canOpenFromCache(slowSync)).toBe(false);
    // The server answers later: connected, and the hint is gone for good.
    const synced = run([{ kind: 'status', status: 'connected' }, { kind: 'synced' }], slow);
    expect(status(synced)).toBe('connected');
    expect(reduceConnection(synced, { kind: 'first-sync-slow' })).toBe(synced);
  });

  it('without a cached copy, keeps the canvas closed while unreachable (refused attempts or offline count too)', () => {
    const empty = run([{ kind: 'cache-loaded', hasCopy: false }]);
    let refused = empty;
    for (let i = 0; i < OFFLINE_AFTER_FAILURES; i++) refused = run([{ kind: 'status', status: 'connecting' }, { kind: 'socket-closed' }], refused);
    expect(status(refused)).toBe('unreachable');
    expect(describeConnection(refused).detail).toMatch(/opens as soon as it answers/);
    expect(canOpenFromCache(refused)).toBe(false);
    expect(status(reduceConnection(empty, { kind: 'network', online: false }))).toBe('unreachable');
    // Refused for good before the first sync is not "unreachable": the page says why instead.
    expect(status(reduceConnection(refused, { kind: 'closed', code: CloseCode.accessLost, reason: '' }))).toBe('no-access');
  });

  it('locks the canvas when access is lost or the graph is deleted, not for closes that reopen or keep edits', () => {
    const synced = run([{ kind: 'synced' }]);
    const closed = (code: number) => reduceConnection(synced, { kind: 'closed', code, reason: '' });
    expect(isLockedOut(synced)).toBe(false);
    expect(isLockedOut(closed(CloseCode.accessLost))).toBe(true);
    expect(describeConnection(closed(CloseCode.accessLost)).detail).toMatch(/no longer have access.*read-only/);
    expect(isLockedOut(closed(CloseCode.graphGone))).toBe(true);
    expect(isLockedOut(closed(CloseCode.roleChanged))).toBe(false);
    expect(isLockedOut(closed(CloseCode.unauthenticated))).toBe(false);
    expect(isLockedOut(closed(CloseCode.rateLimited))).toBe(false);
  });
});
