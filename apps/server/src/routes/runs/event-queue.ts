/**
 * The events a stream route has received from the bus and not sent yet, and the wait for
 * the next one: an event, a heartbeat after `heartbeatMs` of quiet, or the end (the
 * client went away, or the route closed it). Shared by the SSE routes.
 */
export function createEventQueue<T>(heartbeatMs: number, { maxPending = Number.POSITIVE_INFINITY }: { maxPending?: number } = {}) {
  const pending: T[] = [];
  let wake: (() => void) | undefined;
  let closed = false;

  const close = () => {
    closed = true;
    wake?.();
  };

  return {
    /** A bus handler: queues the event (a reader too far behind is closed instead). */
    push: (event: T) => {
      if (pending.length >= maxPending) return close();
      pending.push(event);
      wake?.();
    },
    close,
    /** The next event; `'heartbeat'` after a quiet `heartbeatMs`; `'closed'` once closed. */
    next: async (): Promise<{ kind: 'event'; event: T } | { kind: 'heartbeat' } | { kind: 'closed' }> => {
      if (!closed && pending.length === 0) {
        const timedOut = await new Promise<boolean>((resolve) => {
          const timer = setTimeout(() => resolve(true), heartbeatMs);
          wake = () => {
            clearTimeout(timer);
            resolve(false);
          };
        });
        wake = undefined;
        if (!closed && timedOut) return { kind: 'heartbeat' };
      }
      if (closed) return { kind: 'closed' };
      const event = pending.shift();
      return event === undefined ? { kind: 'heartbeat' } : { kind: 'event', event };
    },
  };
}
