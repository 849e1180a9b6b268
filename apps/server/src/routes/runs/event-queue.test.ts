import { describe, expect, it } from 'vitest';
import { createEventQueue } from './event-queue.js';

describe('the event queue of a stream route', () => {
  it('hands out queued events in order, then a heartbeat after a quiet interval', async () => {
    const queue = createEventQueue<string>(20);
    queue.push('a');
    queue.push('b');
    expect(await queue.next()).toEqual({ kind: 'event', event: 'a' });
    expect(await queue.next()).toEqual({ kind: 'event', event: 'b' });
    expect(await queue.next()).toEqual({ kind: 'heartbeat' });
  });

  it('wakes a waiting reader when an event arrives or the stream closes', async () => {
    const queue = createEventQueue<string>(10_000);
    const waiting = queue.next();
    queue.push('late');
    expect(await waiting).toEqual({ kind: 'event', event: 'late' });
    const closing = queue.next();
    queue.close();
    expect(await closing).toEqual({ kind: 'closed' });
    queue.push('after');
    expect(await queue.next()).toEqual({ kind: 'closed' });
  });

  it('closes a reader that falls too far behind instead of buffering without limit', async () => {
    const queue = createEventQueue<number>(10_000, { maxPending: 2 });
    for (let i = 0; i < 3; i++) queue.push(i);
    expect(await queue.next()).toEqual({ kind: 'closed' });
  });
});
