import { closeRedis, connectRedis, untilReady, type RedisTarget } from '../redis/connections.js';
import type { EventBus, EventBusStats, EventHandler } from './event-bus.js';
import { channelSchema, engineEventSchema } from './events.js';
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
 *   and must never stall a job; auto-pipelined, so the events of one event-loop turn are
 *   one write) and one dedicated subscriber connection (a connection in subscribe mode can
 *   do nothing else).
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
  // Auto-pipelined: the events of one event-loop turn (a batch of node transitions) go out in one write.
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
    const event = engineEventSchema.safeParse(parsed);
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
  });

  return {
    async publish(channel, event) {
      channelSchema.parse(channel);
      const checked = engineEventSchema.parse(event);
      await publisherReady;
      await publisher.publish(prefix + channel, JSON.stringify(checked));
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
      handlers.clear();
      await membership.catch(() => {});
      await Promise.all([closeRedis(publisher), closeRedis(subscriber)]);
    },
  };
};
