import { Redis, type RedisOptions } from 'ioredis';

/** Where Redis is: a `redis://` URL, ioredis options, or both (options override the URL). */
export interface RedisTarget {
  redisUrl?: string;
  connection?: RedisOptions;
}

/**
 * The roles a Redis connection plays, each with the settings BullMQ's production guide
 * asks for:
 * - `producer` (enqueue, cancel, publish) fails fast when Redis is down
 *   (`enableOfflineQueue: false`), so an API request errors instead of hanging;
 * - `worker` and `subscriber` wait out an outage (`maxRetriesPerRequest: null`): a
 *   worker that gave up would stop renewing its locks and lose its jobs.
 */
export type ConnectionRole = 'producer' | 'worker' | 'subscriber';

const roleOptions: Record<ConnectionRole, RedisOptions> = {
  producer: { enableOfflineQueue: false },
  worker: { maxRetriesPerRequest: null },
  subscriber: { maxRetriesPerRequest: null },
};

/** A new ioredis client for `role`; the caller owns it and must `quit()` it. */
export const connectRedis = (target: RedisTarget, role: ConnectionRole): Redis => {
  const options = { ...target.connection, ...roleOptions[role], connectionName: `pc-engine-${role}` };
  return target.redisUrl ? new Redis(target.redisUrl, options) : new Redis(options);
};

/** Resolves once the client can take commands; a producer refuses commands before that. */
export const untilReady = (client: Redis): Promise<void> =>
  client.status === 'ready'
    ? Promise.resolve()
    : new Promise((resolve, reject) => {
        const onReady = () => {
          client.off('end', onEnd);
          resolve();
        };
        const onEnd = () => {
          client.off('ready', onReady);
          reject(new Error('The Redis connection closed before it was ready'));
        };
        client.once('ready', onReady);
        client.once('end', onEnd);
      });

/** Closes a client politely, or at once when Redis is unreachable. */
export const closeRedis = async (client: Redis): Promise<void> => {
  if (client.status === 'end') return;
  try {
    await Promise.race([client.quit(), new Promise((_, reject) => setTimeout(() => reject(new Error('quit timed out')), 1_000))]);
  } catch {
    client.disconnect();
  }
};
