import { closeRedis, connectRedis, untilReady, type RedisTarget } from '../redis/connections.js';
import type { EventBus, EventBusStats, EventHandler } from './event-bus.js';
import { channelSchema, engineEventSchema, type EngineEvent } from './events.js';
import { deepFreeze } from './freeze.js';

/** Options of {@link createRedisEventBus}. */
export interface RedisEventBusOptions extends RedisTarget {
  /** Redis channel prefix, shared by every process of a deployment. Default `pc`. */
  prefix?: string;
  /** A handler threw, a message was dropped, or a connection failed. Default: `console.error`. */
  onError?: (error: unknown) => void;
}

/**
 * The scaled mode's event bus: Redis pub/sub, so a worker's progress reaches the API
 * server that holds the client's WebSocket or SSE stream.
 *
 * - One publishing connection (fails fast when Redis is down: progress is best-effort
 *   and must never stall a job) and one dedicated subscriber connection (a connection
 *   in subscribe mode can do nothing else).
 * - The events published to a channel in one event-loop turn (the transitions of a batch
 *   of node jobs) are one PUBLISH carrying a JSON array, in order; a lone event is sent
 *   as itself. Receivers take either.
 * - One Redis SUBSCRIBE per channel however many local handlers follow it.
 * - Messages are JSON, validated with zod on receipt: a malformed or unknown-version
 *   message is dropped and counted in `stats().dropped`, never passed on.
 *
 * @example
 * const bus = createRedisEventBus({ redisUrl: process.env.REDIS_URL });
 * await bus.publish(runChannel(runId), { kind: 'node.progress', v: 1, at: Date.now(), runId, nodeId, progress: 0.5 });
 */
export const createRedisEventBus = (options: RedisEventBusOptions = {}): EventBus => {
  const prefix = `${options.prefix ?? 'pc'}:events:`;
  const reportError = options.onError ?? ((error: unknown) => console.error('[engine] Redis event bus:', error));
  // Auto-pipelined: the PUBLISHes of one flush (one per channel) go out in one write.
  const publisher = connectRedis({ ...options, connection: { ...options.connection, enableAutoPipelining: true } }, 'producer');
  const subscriber = connectRedis(options, 'subscriber');
  publisher.on('error', reportError);
  subscriber.on('error', reportError);
  const publisherReady = untilReady(publisher);
  publisherReady.catch(() => {});

  const counters: EventBusStats = { dropped: 0, handlerErrors: 0 };
  const handlers = new Map<string, Set<EventHandler>>();
  // SUBSCRIBE/UNSUBSCRIBE are applied one at a time, so a quick unsubscribe-then-subscribe
  // of the same channel cannot end unsubscribed.
  let membership: Promise<unknown> = Promise.resolve();
  const changeMembership = (change: () => Promise<unknown>) => {
    membership = membership.then(change, change);
    return membership;
  };

  const deliver = (local: Set<EventHandler>, candidate: unknown) => {
    const event = engineEventSchema.safeParse(candidate);
    if (!event.success) {
      counters.dropped += 1;
      return;
    }
    const shared = deepFreeze(event.data);
    for (const handler of local) {
      try {
        handler(shared);
      } catch (error) {
        counters.handlerErrors += 1;
        reportError(error);
      }
    }
  };

  // A message is one event, or the events one publisher sent to the channel in one turn, in order.
  subscriber.on('message', (key: string, raw: string) => {
    const channel = key.slice(prefix.length);
    const local = handlers.get(channel);
    if (!local || local.size === 0) return;
    let parsed: unknown;
    try {
      parsed = JSON.parse(raw);
    } catch {
      parsed = undefined;
    }
    for (const candidate of Array.isArray(parsed) ? parsed : [parsed]) deliver(local, candidate);
  });

  // Events published in one event-loop turn (a batch of node transitions) are one PUBLISH per
  // channel: a JSON array when there are several.
  const outbox = new Map<string, { events: EngineEvent[]; waiters: { resolve: () => void; reject: (error: unknown) => void }[] }>();
  const sending = new Set<Promise<void>>();
  let flushScheduled = false;
  const flush = () => {
    flushScheduled = false;
    const batches = [...outbox.entries()];
    outbox.clear();
    for (const [channel, { events, waiters }] of batches) {
      const message = JSON.stringify(events.length === 1 ? events[0] : events);
      const sent = publisherReady
        .then(() => publisher.publish(prefix + channel, message))
        .then(
          () => waiters.forEach((waiter) => waiter.resolve()),
          (error: unknown) => waiters.forEach((waiter) => waiter.reject(error)),
        );
      sending.add(sent);
      void sent.finally(() => sending.delete(sent));
    }
  };

  return {
    async publish(channel, event) {
      channelSchema.parse(channel);
      const checked = engineEventSchema.parse(event);
      await new Promise<void>((resolve, reject) => {
        const batch = outbox.get(channel) ?? { events: [], waiters: [] };
        batch.events.push(checked);
        batch.waiters.push({ resolve, reject });
        outbox.set(channel, batch);
        if (!flushScheduled) {
          flushScheduled = true;
          setImmediate(flush);
        }
      });
    },

    async subscribe(channel, handler) {
      channelSchema.parse(channel);
      let local = handlers.get(channel);
      if (!local) {
        local = new Set();
        handlers.set(channel, local);
      }
      local.add(handler);
      await changeMembership(async () => {
        if (handlers.get(channel)?.size) await subscriber.subscribe(prefix + channel);
      });
      let subscribed = true;
      return async () => {
        if (!subscribed) return;
        subscribed = false;
        local.delete(handler);
        await changeMembership(async () => {
          if (local.size > 0 || subscriber.status === 'end') return;
          handlers.delete(channel);
          await subscriber.unsubscribe(prefix + channel);
        });
      };
    },

    stats: () => ({ ...counters }),

    async close() {
      // What was published before close still goes out.
      if (flushScheduled) flush();
      await Promise.allSettled([...sending]);
      handlers.clear();
      await membership.catch(() => {});
      await Promise.all([closeRedis(publisher), closeRedis(subscriber)]);
    },
  };
};
