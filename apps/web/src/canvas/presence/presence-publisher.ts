import type { PresencePatch, PresenceUser } from './presence-state.js';

/** The part of a y-protocols Awareness the publisher writes to. */
export interface LocalAwareness {
  getLocalState(): Record<string, unknown> | null;
  setLocalState(state: Record<string, unknown> | null): void;
}

export interface PresencePublisherOptions {
  /**
   * At most one awareness update per this many ms. 40 ms = 25 Hz: under the 30 Hz budget,
   * with room for y-websocket's own 15 s renewals inside the server's 30/s awareness limit.
   */
  readonly intervalMs?: number;
  readonly now?: () => number;
  readonly setTimer?: (callback: () => void, ms: number) => unknown;
  readonly clearTimer?: (timer: unknown) => void;
}

/**
 * Throttles what this client announces: patches (cursor, selection, drag, view) are merged
 * and written to awareness at most once per interval — the first at once, the rest with
 * the latest values at the end of the interval — so a 120 Hz pointer costs ≤ 25 messages
 * a second and the last position is never lost.
 */
export const createPresencePublisher = (awareness: LocalAwareness, user: PresenceUser, options: PresencePublisherOptions = {}) => {
  const intervalMs = options.intervalMs ?? 40;
  const now = options.now ?? (() => performance.now());
  const setTimer = options.setTimer ?? ((callback, ms) => setTimeout(callback, ms));
  const clearTimer = options.clearTimer ?? ((timer) => clearTimeout(timer as ReturnType<typeof setTimeout>));
  let pending: PresencePatch | null = null;
  let lastSent = -Infinity;
  let timer: unknown = null;
  let destroyed = false;

  const flush = () => {
    timer = null;
    if (!pending || destroyed) return;
    const patch = pending;
    pending = null;
    lastSent = now();
    awareness.setLocalState({ ...(awareness.getLocalState() ?? {}), ...patch, user });
  };

  awareness.setLocalState({ user });

  return {
    /** Queues fields to announce (a later value of a field replaces an earlier one). */
    publish: (patch: PresencePatch) => {
      if (destroyed) return;
      pending = { ...pending, ...patch };
      if (timer !== null) return;
      const wait = lastSent + intervalMs - now();
      if (wait <= 0) flush();
      else timer = setTimer(flush, wait);
    },
    /** Sends what is queued now (drag end: the final state must not wait). */
    flush: () => {
      if (timer !== null) clearTimer(timer);
      flush();
    },
    destroy: () => {
      destroyed = true;
      if (timer !== null) clearTimer(timer);
      timer = null;
      awareness.setLocalState(null);
    },
  };
};

export type PresencePublisher = ReturnType<typeof createPresencePublisher>;
