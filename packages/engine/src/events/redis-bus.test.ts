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

  it('sends the events of one turn on a channel as one message, delivered one by one in order', async () => {
    const worker = redisBus();
    const server = redisBus();
    const listener = new Redis(testRedisUrl);
    const raw: string[] = [];
    await listener.subscribe(`${prefix}:events:run:run-7`);
    listener.on('message', (_channel: string, message: string) => raw.push(message));
    const seen: EngineEvent[] = [];
    await server.subscribe(runChannel('run-7'), (event) => seen.push(event));
    const events: EngineEvent[] = ['sc1', 'sc2', 'sc3'].map((nodeId, index) => ({ kind: 'node.status', v: 1, at: index, runId: 'run-7', nodeId, status: 'queued' }));
    await Promise.all(events.map((event) => worker.publish(runChannel('run-7'), event)));
    const lone: EngineEvent = { kind: 'run.status', v: 1, at: 9, runId: 'run-7', status: 'succeeded' };
    await worker.publish(runChannel('run-7'), lone);
    await waitFor(() => seen.length === 4, 'four events');
    expect(seen).toEqual([...events, lone]);
    await waitFor(() => raw.length === 2, 'two messages');
    expect(raw.map((message) => JSON.parse(message) as unknown)).toEqual([events, lone]);
    listener.disconnect();
    await Promise.all([worker.close(), server.close()]);
  });

  it('delivers what was published right before close', async () => {
    const worker = redisBus();
    const server = redisBus();
    const seen: EngineEvent[] = [];
    await server.subscribe(runChannel('run-8'), (event) => seen.push(event));
    const event: EngineEvent = { kind: 'run.status', v: 1, at: 1, runId: 'run-8', status: 'running' };
    const published = worker.publish(runChannel('run-8'), event);
    await worker.close();
    await published;
    await waitFor(() => seen.length === 1, 'the event');
    await server.close();
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
    // In a batch, only the bad event is dropped.
    await stray.publish(key, JSON.stringify([{ kind: 'nope' }, { kind: 'run.status', v: 1, at: 2, runId: 'run-9', status: 'succeeded' }]));
    await waitFor(() => seen.length === 2, 'the valid event of the batch');
    expect(server.stats().dropped).toBe(3);
    stray.disconnect();
    await server.close();
  });
});
