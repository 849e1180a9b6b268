import { describe, expect, it } from 'vitest';
import { createPresencePublisher, type LocalAwareness } from './presence-publisher.js';

const user = { id: 'u1', name: 'Ada', colour: '#f472b6' };

/** Awareness that records every state written, and a clock and timers the test moves. */
const setup = (intervalMs = 33) => {
  const writes: (Record<string, unknown> | null)[] = [];
  let state: Record<string, unknown> | null = null;
  const awareness: LocalAwareness = {
    getLocalState: () => state,
    setLocalState: (next) => {
      state = next;
      writes.push(next);
    },
  };
  let now = 0;
  const timers: { at: number; callback: () => void }[] = [];
  const publisher = createPresencePublisher(awareness, user, {
    intervalMs,
    now: () => now,
    setTimer: (callback, ms) => {
      const timer = { at: now + ms, callback };
      timers.push(timer);
      return timer;
    },
    clearTimer: (timer) => timers.splice(timers.indexOf(timer as (typeof timers)[number]), 1),
  });
  const advance = (ms: number) => {
    now += ms;
    for (const timer of [...timers].filter((t) => t.at <= now)) {
      timers.splice(timers.indexOf(timer), 1);
      timer.callback();
    }
  };
  return { publisher, writes, advance, state: () => state };
};

describe('the presence publisher', () => {
  it('announces the user at once', () => {
    const { writes } = setup();
    expect(writes).toEqual([{ user }]);
  });

  it('sends at most one update per interval, always ending on the latest values', () => {
    const { publisher, writes, advance, state } = setup(33);
    writes.length = 0;
    // 120 Hz pointer for one second.
    for (let i = 0; i < 120; i++) {
      publisher.publish({ cursor: { x: i, y: i } });
      advance(1000 / 120);
    }
    advance(100);
    expect(writes.length).toBeLessThanOrEqual(31);
    expect(writes.length).toBeGreaterThan(20);
    expect(state()).toEqual({ user, cursor: { x: 119, y: 119 } });
  });

  it('merges fields, keeps earlier ones, and flushes on demand', () => {
    const { publisher, writes, state } = setup(33);
    publisher.publish({ selection: ['a'] });
    publisher.publish({ drag: { a: { x: 1, y: 2 } } });
    publisher.publish({ drag: null });
    const before = writes.length;
    publisher.flush();
    expect(writes.length).toBe(before + 1);
    expect(state()).toEqual({ user, selection: ['a'], drag: null });
  });

  it('clears the state when destroyed and sends nothing afterwards', () => {
    const { publisher, writes, advance } = setup();
    publisher.destroy();
    expect(writes.at(-1)).toBeNull();
    publisher.publish({ cursor: { x: 1, y: 1 } });
    advance(100);
    expect(writes.at(-1)).toBeNull();
  });
});
