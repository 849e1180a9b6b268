import { createRequire } from 'node:module';
import type { Redis } from 'ioredis';
import { connectRedis, type RedisTarget } from '../../redis/connections.js';

/** BullMQ defines its Lua scripts on a connection as `${script}:${version}`. */
const bullmqVersion = (createRequire(import.meta.url)('bullmq/package.json') as { version: string }).version;

/** The name of BullMQ's fetch script (`moveToActive`) on a connection. */
export const moveToActiveCommand = `moveToActive:${bullmqVersion}`;

/**
 * The connection a process's BullMQ workers share (their blocking fetches get their own).
 *
 * Auto-pipelined: the completions of one event-loop turn (BullMQ's `moveToFinished` per
 * job) go out in one socket write and come back in one read, instead of one each. Fetches
 * (`moveToActive`) are left out: an auto-pipelined command waits for the loop's check
 * phase and, while an earlier pipeline of the connection awaits its replies, for that
 * round trip too — a worker woken by an add would fetch the new job a turn or a round
 * trip late. There are few of them (a finishing job fetches its next one in
 * `moveToFinished`), so sending each at once costs next to no writes.
 */
export const connectWorkerRedis = (target: RedisTarget): Redis =>
  connectRedis(
    {
      ...target,
      connection: {
        ...target.connection,
        enableAutoPipelining: true,
        autoPipeliningIgnoredCommands: [...(target.connection?.autoPipeliningIgnoredCommands ?? []), moveToActiveCommand],
      },
    },
    'worker',
  );
