import { EventEmitter } from 'node:events';
import type { EventBus, EventBusStats } from './event-bus.js';
import { channelSchema, engineEventSchema, type EngineEvent } from './events.js';
import { deepFreeze } from './freeze.js';

/** Options of {@link createInProcessEventBus}. */
export interface InProcessEventBusOptions {
  /** A handler threw. Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/**
 * The embedded mode's event bus: an EventEmitter in this process. Events are validated,
 * copied and frozen on publish and delivered on a later microtask, like the Redis bus, so
 * no code comes to depend on synchronous delivery or on the publisher's object.
 *
 * @example
 * const bus = createInProcessEventBus();
 * const stop = await bus.subscribe(runChannel(runId), (event) => send(event));
 */
export const createInProcessEventBus = (options: InProcessEventBusOptions = {}): EventBus => {
  const emitter = new EventEmitter();
  // Many SSE clients may follow one run; the default warning at 10 is not a leak here.
  emitter.setMaxListeners(0);
  const counters: EventBusStats = { dropped: 0, handlerErrors: 0 };
  const reportError = options.onError ?? ((error: unknown) => console.error('[engine] event handler failed:', error));
  let closed = false;

  return {
    async publish(channel, event) {
      channelSchema.parse(channel);
      const checked: EngineEvent = engineEventSchema.parse(event);
      if (closed) return;
      const copy = deepFreeze(structuredClone(checked));
      queueMicrotask(() => emitter.emit(channel, copy));
    },

    async subscribe(channel, handler) {
      channelSchema.parse(channel);
      const listener = (event: EngineEvent) => {
        try {
          handler(event);
        } catch (error) {
          counters.handlerErrors += 1;
          reportError(error);
        }
      };
      emitter.on(channel, listener);
      return async () => void emitter.off(channel, listener);
    },

    stats: () => ({ ...counters }),

    async close() {
      closed = true;
      emitter.removeAllListeners();
    },
  };
};
