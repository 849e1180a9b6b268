import { Worker } from 'bullmq';
import type { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { deleteKeys, freshPrefix, testRedisUrl } from '../../testing/redis.js';
import { connectWorkerRedis, moveToActiveCommand } from './worker-connection.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));

/** The commands a connection sent, by name (scripts by their sha's name), in order. */
const recordSends = (connection: Redis): string[] => {
  const sent: string[] = [];
  const scripts = connection as unknown as { scriptsSet: Record<string, { sha: string }> };
  const send = connection.sendCommand.bind(connection);
  connection.sendCommand = ((command: { name: string; args: unknown[] }, ...rest: unknown[]) => {
    const script = Object.entries(scripts.scriptsSet).find(([, value]) => value.sha === command.args[0]);
    sent.push(command.name === 'evalsha' && script ? script[0] : command.name);
    return (send as (...args: unknown[]) => unknown)(command, ...rest);
  }) as Redis['sendCommand'];
  return sent;
};

describe('the workers’ Redis connection', () => {
  it('sends a fetch at once while other commands wait to be auto-pipelined', async () => {
    const connection = connectWorkerRedis({ redisUrl: testRedisUrl });
    const worker = new Worker('fetch', async () => {}, { connection, prefix, autorun: false });
    await worker.waitUntilReady();
    // The name BullMQ gives its fetch script on the connection (checked against this BullMQ).
    expect(Object.keys((connection as unknown as { scriptsSet: object }).scriptsSet)).toContain(moveToActiveCommand);
    const sent = recordSends(connection);
    // What was sent by the event loop's check phase, where auto-pipelined commands go out
    // (this callback is queued there before theirs).
    const sentBeforePipelines = new Promise<string[]>((resolve) => setImmediate(() => resolve([...sent])));
    const pipelined = connection.get(`${prefix}:other`);
    const fetch = (worker as unknown as { moveToActive(token: string): Promise<unknown> }).moveToActive('test-token');
    expect(await sentBeforePipelines).toEqual([moveToActiveCommand]);
    await Promise.all([pipelined, fetch]);
    expect(sent).toEqual([moveToActiveCommand, 'get']);
    await worker.close();
    connection.disconnect();
  });
});
