import { Redis } from 'ioredis';
import { afterAll, describe, expect, it } from 'vitest';
import { describeEventBusContract } from '../testing/event-bus-contract.js';
import { deleteKeys, freshPrefix, testRedisUrl } from '../testing/redis.js';
import { waitFor } from '../testing/wait.js';
import type { EngineEvent } from './events.js';
import { runChannel } from './events.js';
import { createRedisEventBus } from './redis-bus.js';

const prefix = freshPrefix();
afterAll(() => deleteKeys(prefix));
const redisBus = () => createRedisEventBus({ redisUrl: testRedisUrl, prefix, onError: () => {} });

describeEventBusContract('Redis pub/sub', redisBus);

describe('Redis event bus', () => {
  it('carries events between processes (a worker publishes, an API server relays)', async () => {
    const worker = redisBus();
    const server = redisBus();
    const seen: EngineEvent[] = [];
    await server.subscribe(runChannel('run-9'), (event) => seen.push(event));
    const event: EngineEvent = { kind: 'node.status', v: 1, at: Date.now(), runId: 'run-9', nodeId: 'shot-12a', status: 'cached' };
    await worker.publish(runChannel('run-9'), event);
    await waitFor(() => seen.length === 1, 'the relayed event');
    expect(seen).toEqual([event]);
    await Promise.all([worker.close(), server.close()]);
  });

  it('drops and counts messages that are not a known event, and keeps delivering', async () => {
    const server = redisBus();
    const stray = new Redis(testRedisUrl);
    const seen: EngineEvent[] = [];
    await server.subscribe(runChannel('run-9'), (event) => seen.push(event));
    const key = `${prefix}:events:run:run-9`;
    await stray.publish(key, 'not json');
    await stray.publish(key, JSON.stringify({ kind: 'node.progress', v: 2, at: 1, runId: 'run-9', nodeId: 'a', progress: 0.5 }));
    await stray.publish(key, JSON.stringify({ kind: 'run.status', v: 1, at: 1, runId: 'run-9', status: 'running' }));
    await waitFor(() => seen.length === 1, 'the valid event');
    expect(server.stats().dropped).toBe(2);
    stray.disconnect();
    await server.close();
  });
});
